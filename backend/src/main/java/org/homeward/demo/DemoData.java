package org.homeward.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.homeward.appointments.AppointmentCategory;
import org.homeward.appointments.AppointmentRepository;
import org.homeward.auth.PasswordHasher;
import org.homeward.tasks.TaskRepository;
import org.homeward.tasks.TaskTemplateCatalogue;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo people for trying Homeward out, written only in dev mode and only into an empty database.
 * They all share the published password {@value #PASSWORD}, which sign-in refuses outside dev mode.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "homeward-demo";

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final ParticipantProfileRepository profiles;
    private final CaseAssignmentRepository assignments;
    private final MentorMatchRepository matches;
    private final PasswordHasher hasher;
    private final TaskRepository tasks;
    private final AppointmentRepository appointments;
    private final TaskTemplateCatalogue catalogue;
    private final DemoNotifications notifications;
    private final DemoContacts contacts;
    private final DemoCheckIns checkIns;
    private final DemoGoals goals;
    private final Clock clock;

    public DemoData(OrganisationRepository organisations, UserAccountRepository users,
                    ParticipantProfileRepository profiles, CaseAssignmentRepository assignments,
                    MentorMatchRepository matches, PasswordHasher hasher, TaskRepository tasks,
                    AppointmentRepository appointments, TaskTemplateCatalogue catalogue,
                    DemoNotifications notifications, DemoContacts contacts, DemoCheckIns checkIns,
                    DemoGoals goals, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.profiles = profiles;
        this.assignments = assignments;
        this.matches = matches;
        this.hasher = hasher;
        this.tasks = tasks;
        this.appointments = appointments;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.contacts = contacts;
        this.checkIns = checkIns;
        this.goals = goals;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (organisations.count() == 0) {
            seed();
        }
    }

    void seed() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String passwordHash = hasher.hash(PASSWORD);
        Organisation org = organisations.save(new Organisation(Ids.newId(), "Riverside Reentry Network", "en", now));
        Seeder seeder = new Seeder(org.id(), passwordHash, now);

        UserAccount admin = seeder.person("admin", Role.ORG_ADMIN, "Alex Admin", "en", "Europe/London");
        UserAccount casey = seeder.person("casey", Role.CASEWORKER, "Casey Morgan", "en", "Europe/London");
        UserAccount maya = seeder.person("maya", Role.MENTOR, "Maya", "en", "Europe/London");
        UserAccount sam = seeder.person("sam", Role.MENTOR, "Sam", "en", "Europe/London");

        UserAccount ana = seeder.participant("ana", "Ana", "ro", "Europe/London", today.minusDays(40), ReleaseStatus.RELEASED);
        UserAccount omar = seeder.participant("omar", "Omar", "ar", "Europe/London", today.minusDays(12), ReleaseStatus.RELEASED);
        UserAccount linh = seeder.participant("linh", "Linh", "vi", "Europe/London", today.plusDays(21), ReleaseStatus.PRE_RELEASE);
        UserAccount lucia = seeder.participant("lucia", "Lucía", "es", "Europe/London", today.minusDays(90), ReleaseStatus.RELEASED);
        UserAccount tom = seeder.participant("tom", "Tom", "en", "Europe/London", today.minusDays(5), ReleaseStatus.RELEASED);

        for (UserAccount participant : new UserAccount[] {ana, omar, linh, lucia, tom}) {
            assignments.save(new CaseAssignment(Ids.newId(), org.id(), participant.id(), casey.id(), now, null));
        }
        match(org, maya, ana, today.minusDays(30), now);
        match(org, maya, omar, today.minusDays(10), now);
        match(org, sam, lucia, today.minusDays(60), now);
        match(org, sam, tom, today.minusDays(3), now);

        DemoPlans plans = new DemoPlans(tasks, appointments, catalogue, casey.id(), now);
        plans.task(ana, "register-with-doctor", today);
        plans.task(ana, "bank-account", today.plusDays(3));
        plans.task(ana, "replacement-id", today.minusDays(2));
        plans.appointment(ana, AppointmentCategory.PROBATION, true, today.plusDays(1), 10, 0, "Probation office");
        plans.appointment(ana, AppointmentCategory.MEDICAL, false, today.plusDays(4), 14, 30, "Health centre");
        plans.task(omar, "language-class", today.plusDays(2));
        plans.task(omar, "apply-for-benefits", today);
        plans.appointment(omar, AppointmentCategory.IMMIGRATION_LEGAL, false, today.plusDays(2), 11, 0, "Law centre");
        plans.task(linh, "safety-plan", today.plusDays(1));
        plans.task(lucia, "job-centre", today.plusDays(5));
        plans.task(tom, "first-probation-appointment", today);
        plans.appointment(tom, AppointmentCategory.PROBATION, true, today, 16, 0, "Probation office");
        notifications.prepare(List.of(casey, maya, ana, omar, linh, lucia, tom));
        contacts.prepare(admin, ana, omar);
        checkIns.prepare(maya, ana);
        goals.prepare(ana, casey);
        LOG.info("Demo data written: sign in as admin, casey, maya, sam, ana, omar, linh, lucia or tom "
                + "with the demo password from the README");
    }

    private void match(Organisation org, UserAccount mentor, UserAccount participant, LocalDate from, Instant now) {
        matches.save(new MentorMatch(Ids.newId(), org.id(), participant.id(), mentor.id(), from, null, now));
    }

    private final class Seeder {
        private final String organisationId;
        private final String passwordHash;
        private final Instant now;

        private Seeder(String organisationId, String passwordHash, Instant now) {
            this.organisationId = organisationId;
            this.passwordHash = passwordHash;
            this.now = now;
        }

        UserAccount person(String username, Role role, String name, String language, String zone) {
            return users.save(new UserAccount(Ids.newId(), organisationId, username, null, role, name, language,
                    zone, passwordHash, AccountStatus.ACTIVE, now));
        }

        UserAccount participant(String username, String name, String language, String zone, LocalDate releaseDate,
                                ReleaseStatus status) {
            UserAccount user = person(username, Role.PARTICIPANT, name, language, zone);
            profiles.save(new ParticipantProfile(user.id(), organisationId, releaseDate, status));
            return user;
        }
    }
}
