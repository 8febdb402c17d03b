package org.homeward.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.auth.PasswordHasher;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;
import org.homeward.caseload.MentorMatch;
import org.homeward.caseload.MentorMatchRepository;
import org.homeward.common.Ids;
import org.homeward.organisations.Organisation;
import org.homeward.organisations.OrganisationRepository;
import org.homeward.people.AccountStatus;
import org.homeward.people.ParticipantProfile;
import org.homeward.people.ParticipantProfileRepository;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixture builders for people and the ties between them:
 * {@code people.anOrganisation()}, {@code people.aParticipant(org).speaking("ar").build()}.
 */
@Singleton
@Requires(env = Environment.TEST)
public class People {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final ParticipantProfileRepository profiles;
    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final Clock clock;
    private final String passwordHash;

    public People(OrganisationRepository organisations, UserAccountRepository users,
                  ParticipantProfileRepository profiles, CaseAssignmentRepository assignments,
                  MentorMatchRepository matches, PasswordHasher hasher, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.profiles = profiles;
        this.assignments = assignments;
        this.matches = matches;
        this.clock = clock;
        this.passwordHash = hasher.hash(PASSWORD);
    }

    public Organisation anOrganisation() {
        return organisations.save(new Organisation(Ids.newId(), "Org " + SEQUENCE.incrementAndGet(), "en",
                Instant.now()));
    }

    public Builder aParticipant(Organisation organisation) {
        return new Builder(organisation, Role.PARTICIPANT);
    }

    public Builder aCaseworker(Organisation organisation) {
        return new Builder(organisation, Role.CASEWORKER);
    }

    public Builder aMentor(Organisation organisation) {
        return new Builder(organisation, Role.MENTOR);
    }

    public Builder anAdmin(Organisation organisation) {
        return new Builder(organisation, Role.ORG_ADMIN);
    }

    public CaseAssignment assign(UserAccount caseworker, UserAccount participant) {
        return assignments.save(new CaseAssignment(Ids.newId(), participant.organisationId(), participant.id(),
                caseworker.id(), Instant.now(), null));
    }

    /** A match that began yesterday by the application's clock, so it holds even when a test has moved time. */
    public MentorMatch match(UserAccount mentor, UserAccount participant) {
        return matches.save(new MentorMatch(Ids.newId(), participant.organisationId(), participant.id(), mentor.id(),
                LocalDate.now(clock).minusDays(1), null, Instant.now()));
    }

    public final class Builder {
        private final Organisation organisation;
        private final Role role;
        private String username;
        private String displayName;
        private String language = "en";
        private String timeZone = "Europe/London";
        private AccountStatus status = AccountStatus.ACTIVE;
        private LocalDate releaseDate = LocalDate.now().minusDays(7);

        private Builder(Organisation organisation, Role role) {
            this.organisation = organisation;
            this.role = role;
            int n = SEQUENCE.incrementAndGet();
            this.username = role.name().toLowerCase().replace("_", "") + n;
            this.displayName = "Person " + n;
        }

        public Builder named(String username) {
            this.username = username;
            return this;
        }

        public Builder called(String name) {
            this.displayName = name;
            return this;
        }

        public Builder speaking(String languageTag) {
            this.language = languageTag;
            return this;
        }

        /** The IANA zone the person lives in (default Europe/London). */
        public Builder livingIn(String zone) {
            this.timeZone = zone;
            return this;
        }

        /** Released on that day: in the future, the person is still waiting for release. */
        public Builder releasedOn(LocalDate day) {
            this.releaseDate = day;
            return this;
        }

        public Builder invited() {
            this.status = AccountStatus.INVITED;
            return this;
        }

        public UserAccount build() {
            UserAccount user = users.save(new UserAccount(Ids.newId(), organisation.id(), username, null, role,
                    displayName, language, timeZone, status == AccountStatus.ACTIVE ? passwordHash : null,
                    status, Instant.now()));
            if (role == Role.PARTICIPANT) {
                profiles.save(new ParticipantProfile(user.id(), organisation.id(), releaseDate,
                        releaseDate.isAfter(LocalDate.now()) ? ReleaseStatus.PRE_RELEASE : ReleaseStatus.RELEASED));
            }
            return user;
        }
    }
}
