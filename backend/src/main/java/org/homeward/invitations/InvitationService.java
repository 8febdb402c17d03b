package org.homeward.invitations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.auth.ActivationService;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.ProblemKind;
import org.homeward.i18n.Languages;
import org.homeward.organisations.Organisation;
import org.homeward.organisations.OrganisationRepository;
import org.homeward.people.AccountStatus;
import org.homeward.people.Caller;
import org.homeward.people.ParticipantProfile;
import org.homeward.people.ParticipantProfileRepository;
import org.homeward.people.ReleaseStatus;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;
import org.homeward.people.Usernames;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates invited accounts with a one-time activation code. Caseworkers invite participants and
 * mentors (a participant they invite joins their caseload); organisation admins also invite caseworkers.
 */
@Singleton
public class InvitationService {

    static final String DEFAULT_TIME_ZONE = "Europe/London";

    private final UserAccountRepository users;
    private final ParticipantProfileRepository profiles;
    private final CaseAssignmentRepository assignments;
    private final OrganisationRepository organisations;
    private final ActivationService activation;
    private final ParticipantAccess access;
    private final Languages languages;
    private final Clock clock;

    public InvitationService(UserAccountRepository users, ParticipantProfileRepository profiles,
                             CaseAssignmentRepository assignments, OrganisationRepository organisations,
                             ActivationService activation, ParticipantAccess access, Languages languages,
                             Clock clock) {
        this.users = users;
        this.profiles = profiles;
        this.assignments = assignments;
        this.organisations = organisations;
        this.activation = activation;
        this.access = access;
        this.languages = languages;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(Caller inviter, InviteCommand command) {
        requireMayInvite(inviter, command.role());
        Organisation organisation = organisations.findById(inviter.organisationId())
                .orElseThrow(DomainException::notFound);
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = command.displayName() == null ? "" : command.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 100) {
            problems.add(new FieldProblem("displayName", "field.required"));
        }
        String username = blankToNull(command.username()) == null ? null : Usernames.normalise(command.username());
        String phone = blankToNull(command.phoneNumber());
        if (username == null && phone == null) {
            problems.add(new FieldProblem("username", "invitation.usernameOrPhone"));
        }
        if (username != null) {
            try {
                Usernames.check(username);
                if (users.existsByUsername(username)) {
                    problems.add(new FieldProblem("username", "username.taken"));
                }
            } catch (DomainException invalid) {
                problems.addAll(invalid.fieldProblems());
            }
        }
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,24}")) {
            problems.add(new FieldProblem("phoneNumber", "phone.invalid"));
        }
        String language = blankToNull(command.language()) == null ? organisation.defaultLanguage() : command.language();
        if (!languages.isSupported(language)) {
            problems.add(new FieldProblem("language", "language.unsupported"));
        }
        String timeZone = blankToNull(command.timeZone()) == null ? DEFAULT_TIME_ZONE : command.timeZone();
        if (!isTimeZone(timeZone)) {
            problems.add(new FieldProblem("timeZone", "timeZone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ProblemKind.INVALID, "problem.invalid", Map.of(), problems);
        }
        UserAccount account = users.save(new UserAccount(Ids.newId(), organisation.id(), username, phone,
                command.role(), displayName, languages.find(language).orElseThrow().tag(), timeZone, null,
                AccountStatus.INVITED, clock.instant()));
        if (command.role() == Role.PARTICIPANT) {
            profiles.save(new ParticipantProfile(account.id(), organisation.id(), command.releaseDate(),
                    command.releaseStatus() == null ? ReleaseStatus.RELEASED : command.releaseStatus()));
            if (inviter.is(Role.CASEWORKER)) {
                assignments.save(new CaseAssignment(Ids.newId(), organisation.id(), account.id(), inviter.userId(),
                        clock.instant(), null));
            }
        }
        ActivationService.IssuedCode code = activation.issueFor(account, inviter.userId());
        return new Invitation(account, code.code(), code.expiresAt());
    }

    /** A new code for someone who lost theirs or let it expire; the old one stops working. */
    @Transactional
    public Invitation reissueCode(Caller inviter, String userId) {
        UserAccount account = users.findByIdAndOrganisationId(userId, inviter.organisationId())
                .filter(user -> user.status() == AccountStatus.INVITED)
                .orElseThrow(DomainException::notFound);
        requireMayInvite(inviter, account.role());
        if (account.role() == Role.PARTICIPANT) {
            access.participantVisibleTo(inviter, account.id());
        }
        ActivationService.IssuedCode code = activation.issueFor(account, inviter.userId());
        return new Invitation(account, code.code(), code.expiresAt());
    }

    private static void requireMayInvite(Caller inviter, Role role) {
        if (role == null) {
            throw DomainException.invalidField("role", "field.required");
        }
        boolean allowed = switch (role) {
            case PARTICIPANT, MENTOR -> inviter.is(Role.CASEWORKER) || inviter.is(Role.ORG_ADMIN);
            case CASEWORKER -> inviter.is(Role.ORG_ADMIN);
            case ORG_ADMIN -> false;
        };
        if (!allowed) {
            throw DomainException.forbidden();
        }
    }

    private static boolean isTimeZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException invalid) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
