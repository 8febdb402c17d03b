package org.homeward.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.homeward.common.LifeDomain;
import org.homeward.goals.GoalService;
import org.homeward.goals.GoalView;
import org.homeward.goals.NewGoal;
import org.homeward.goals.NewRating;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Two of Ana's goals with a few weeks of ratings from her and from her caseworker, written through
 * the service as they would be, so the charts on her page and on Casey's show two lines.
 */
@Singleton
@Requires(env = Environment.DEVELOPMENT)
public class DemoGoals {

    private final GoalService goals;
    private final Clock clock;

    public DemoGoals(GoalService goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    public void prepare(UserAccount ana, UserAccount casey) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(ana.timeZone())));
        GoalView room = goals.create(caller(casey), ana.id(), new NewGoal(LifeDomain.HOUSING,
                "O cameră sigură doar a mea, pe care să o pot plăti", "Dorm pe canapeaua unei prietene", 1, null));
        rate(ana, room, today, 1, 21, null);
        rate(casey, room, today, 1, 20, null);
        rate(ana, room, today, 2, 14, "M-am înscris la primărie");
        rate(casey, room, today, 1, 13, null);
        rate(ana, room, today, 2, 7, null);
        rate(casey, room, today, 2, 6, "Housing application sent");
        rate(ana, room, today, 3, 1, "Vineri văd o cameră");

        GoalView sleep = goals.create(caller(ana), ana.id(), new NewGoal(LifeDomain.MENTAL_HEALTH,
                "Să dorm mai bine și să fiu mai liniștită", "Stau trează aproape în fiecare noapte", 1, null));
        rate(ana, sleep, today, 1, 18, null);
        rate(casey, sleep, today, 1, 17, null);
        rate(ana, sleep, today, 2, 10, "Plimbarea de seară mă ajută");
        rate(casey, sleep, today, 1, 9, null);
        rate(ana, sleep, today, 2, 3, null);
        rate(casey, sleep, today, 2, 2, "Has a doctor's appointment");
    }

    private void rate(UserAccount rater, GoalView goal, LocalDate today, int rating, int daysAgo, String comment) {
        goals.rate(caller(rater), goal.id(), new NewRating(rating, today.minusDays(daysAgo), comment));
    }

    private static Caller caller(UserAccount person) {
        return new Caller(person.id(), person.organisationId(), person.role());
    }
}
