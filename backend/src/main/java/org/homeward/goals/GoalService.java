package org.homeward.goals;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.LifeDomain;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.tasks.Task;
import org.homeward.tasks.TaskRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A participant's goals by life domain and the progress rated on them over time.
 * <ul>
 *   <li>Reading: the participant; an assigned caseworker or a matched mentor the participant shares
 *   goals with (by default both); never an organisation admin. Reads by others are audited.</li>
 *   <li>Setting and changing goals, rating progress: the participant (as PARTICIPANT) and an assigned
 *   caseworker they share goals with (as CASEWORKER). Mentors read only.</li>
 *   <li>Marking domains "not now": the participant alone.</li>
 * </ul>
 */
@Singleton
public class GoalService {

    private static final Comparator<Goal> BY_DOMAIN_THEN_STATUS = Comparator.comparing(Goal::domain)
            .thenComparing(Goal::status).thenComparing(Goal::createdAt);

    private final GoalRepository goals;
    private final GoalRatingRepository ratings;
    private final GoalTaskRepository links;
    private final DomainNotNowRepository notNow;
    private final TaskRepository tasks;
    private final ParticipantAccess access;
    private final Clock clock;

    public GoalService(GoalRepository goals, GoalRatingRepository ratings, GoalTaskRepository links,
                       DomainNotNowRepository notNow, TaskRepository tasks, ParticipantAccess access, Clock clock) {
        this.goals = goals;
        this.ratings = ratings;
        this.links = links;
        this.notNow = notNow;
        this.tasks = tasks;
        this.access = access;
        this.clock = clock;
    }

    /** The participant's goals by domain (in the order of the domains), each with its ratings. */
    @Transactional(readOnly = true)
    public List<GoalView> goalsOf(Caller caller, String participantId) {
        access.reading(caller, participantId, DataKind.GOALS);
        List<Goal> found = new ArrayList<>(goals.findByParticipantId(participantId));
        found.sort(BY_DOMAIN_THEN_STATUS);
        Map<String, List<RatingView>> rated = ratings.findByParticipantId(participantId).stream()
                .sorted(Comparator.comparing(GoalRating::ratedOn))
                .collect(Collectors.groupingBy(GoalRating::goalId,
                        Collectors.mapping(RatingView::of, Collectors.toList())));
        Map<String, List<String>> linked = linkedTasks(found, participantId);
        return found.stream().map(goal -> present(goal, linked.getOrDefault(goal.id(), List.of()),
                rated.getOrDefault(goal.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public GoalView goal(Caller caller, String goalId) {
        Goal goal = found(goalId);
        access.reading(caller, goal.participantId(), DataKind.GOALS);
        return present(goal);
    }

    @Transactional
    public GoalView create(Caller caller, String participantId, NewGoal command) {
        UserAccount participant = access.managing(caller, participantId, DataKind.GOALS);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.domain() == null) {
            problems.add(new FieldProblem("domain", "field.required"));
        }
        String wording = checkedWording(problems, command.wording());
        String note = FieldChecks.trimmed(command.baselineNote());
        FieldChecks.checkLength(problems, "baselineNote", note, GoalLimits.BASELINE_NOTE_MAX);
        checkRating(problems, "baselineRating", command.baselineRating());
        Set<String> taskIds = checkedTasks(problems, command.taskIds(), participant.id());
        FieldChecks.throwIfAny(problems);

        Instant now = clock.instant();
        Goal goal = goals.save(new Goal(Ids.newId(), participant.organisationId(), participant.id(), command.domain(),
                wording, note, command.baselineRating(), GoalStatus.ACTIVE, caller.userId(), now, now));
        taskIds.forEach(taskId -> links.save(GoalTask.of(goal.id(), taskId)));
        return present(stored(goal));
    }

    /** Changes wording, starting point, status or linked tasks: the participant or an assigned caseworker. */
    @Transactional
    public GoalView change(Caller caller, String goalId, GoalChange change) {
        Goal goal = found(goalId);
        access.managing(caller, goal.participantId(), DataKind.GOALS);
        List<FieldProblem> problems = new ArrayList<>();
        String wording = change.wording() == null ? goal.wording() : checkedWording(problems, change.wording());
        String note = change.baselineNote() == null ? goal.baselineNote() : FieldChecks.trimmed(change.baselineNote());
        FieldChecks.checkLength(problems, "baselineNote", note, GoalLimits.BASELINE_NOTE_MAX);
        if (change.baselineRating() != null) {
            checkRating(problems, "baselineRating", change.baselineRating());
        }
        Set<String> taskIds = change.taskIds() == null ? null
                : checkedTasks(problems, change.taskIds(), goal.participantId());
        FieldChecks.throwIfAny(problems);

        Goal changed = goals.update(goal.changed(wording, note,
                change.baselineRating() == null ? goal.baselineRating() : change.baselineRating(),
                change.status() == null ? goal.status() : change.status(), clock.instant()));
        if (taskIds != null) {
            links.deleteByKeyGoalId(goal.id());
            taskIds.forEach(taskId -> links.save(GoalTask.of(goal.id(), taskId)));
        }
        return present(stored(changed));
    }

    /**
     * Rates progress: the participant as PARTICIPANT, an assigned caseworker as CASEWORKER. One
     * rating per rater role per goal per day; a second one that day replaces the first, so a
     * correction does not draw a second point.
     */
    @Transactional
    public Rated rate(Caller caller, String goalId, NewRating command) {
        Goal goal = found(goalId);
        UserAccount participant = access.managing(caller, goal.participantId(), DataKind.GOALS);
        RaterRole role = caller.is(Role.PARTICIPANT) ? RaterRole.PARTICIPANT : RaterRole.CASEWORKER;
        List<FieldProblem> problems = new ArrayList<>();
        checkRating(problems, "rating", command.rating());
        String comment = FieldChecks.trimmed(command.comment());
        FieldChecks.checkLength(problems, "comment", comment, GoalLimits.COMMENT_MAX);
        LocalDate today = LocalDate.ofInstant(clock.instant(), participant.zone());
        LocalDate day = command.ratedOn() == null ? today : command.ratedOn();
        if (day.isAfter(today)) {
            problems.add(new FieldProblem("ratedOn", "goal.ratedOnInFuture"));
        }
        FieldChecks.throwIfAny(problems);

        Instant now = clock.instant();
        GoalRating earlier = ratings.findByGoalIdAndRaterRoleAndRatedOn(goal.id(), role, day).orElse(null);
        GoalRating rating = new GoalRating(earlier == null ? Ids.newId() : earlier.id(), goal.id(),
                goal.participantId(), goal.organisationId(), caller.userId(), role, command.rating(), day, comment,
                now);
        GoalRating stored = earlier == null ? ratings.save(rating) : ratings.update(rating);
        return new Rated(RatingView.of(stored), earlier != null);
    }

    /** The domains the participant set aside for now, in the order of the domains. */
    @Transactional(readOnly = true)
    public List<DomainSetAside> domainsNotNow(Caller caller, String participantId) {
        access.reading(caller, participantId, DataKind.GOALS);
        return setAside(participantId);
    }

    /**
     * Replaces the participant's "not now" domains with {@code domains}: a domain kept keeps the
     * day it was first set aside. The participant alone decides this.
     */
    @Transactional
    public List<DomainSetAside> setDomainsNotNow(Caller caller, String participantId,
                                                 Collection<LifeDomain> domains) {
        UserAccount participant = access.changing(caller, participantId, DataKind.GOALS);
        if (!caller.userId().equals(participant.id())) {
            throw DomainException.forbidden();
        }
        if (domains.contains(null)) {
            throw DomainException.invalidField("domains", "field.required");
        }
        Set<LifeDomain> wanted = domains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(domains);
        Instant now = clock.instant();
        List<DomainNotNow> current = notNow.findByKeyParticipantId(participant.id());
        for (DomainNotNow existing : current) {
            if (!wanted.remove(existing.key().domain())) {
                notNow.delete(existing);
            }
        }
        for (LifeDomain domain : wanted) {
            notNow.save(new DomainNotNow(new DomainNotNow.Key(participant.id(), domain),
                    participant.organisationId(), now));
        }
        return setAside(participant.id());
    }

    private List<DomainSetAside> setAside(String participantId) {
        return notNow.findByKeyParticipantId(participantId).stream()
                .sorted(Comparator.comparing(row -> row.key().domain()))
                .map(row -> new DomainSetAside(row.key().domain(), row.key().domain().icon(), row.since()))
                .toList();
    }

    private static String checkedWording(List<FieldProblem> problems, String text) {
        String wording = FieldChecks.trimmed(text);
        if (wording == null) {
            problems.add(new FieldProblem("wording", "field.required"));
        }
        FieldChecks.checkLength(problems, "wording", wording, GoalLimits.WORDING_MAX);
        return wording;
    }

    private static void checkRating(List<FieldProblem> problems, String field, Integer rating) {
        if (rating == null) {
            problems.add(new FieldProblem(field, "field.required"));
        } else if (rating < GoalLimits.RATING_MIN || rating > GoalLimits.RATING_MAX) {
            problems.add(new FieldProblem(field, "goal.ratingRange",
                    Map.of("min", GoalLimits.RATING_MIN, "max", GoalLimits.RATING_MAX)));
        }
    }

    /** Linked tasks must be the same participant's tasks that are still on their plan. */
    private Set<String> checkedTasks(List<FieldProblem> problems, List<String> taskIds, String participantId) {
        if (taskIds == null || taskIds.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = new LinkedHashSet<>(taskIds);
        if (wanted.contains(null)) {
            problems.add(new FieldProblem("taskIds", "goal.taskUnknown"));
            return Set.of();
        }
        if (wanted.size() > GoalLimits.LINKED_TASKS_MAX) {
            problems.add(new FieldProblem("taskIds", "goal.tooManyTasks", Map.of("max", GoalLimits.LINKED_TASKS_MAX)));
            return Set.of();
        }
        long theirs = tasks.findByIdInList(wanted).stream()
                .filter(task -> task.participantId().equals(participantId) && task.deletedAt() == null)
                .count();
        if (theirs != wanted.size()) {
            problems.add(new FieldProblem("taskIds", "goal.taskUnknown"));
        }
        return wanted;
    }

    private Goal found(String goalId) {
        return goals.findById(goalId).orElseThrow(DomainException::notFound);
    }

    /**
     * The row as the database keeps it: a column may hold less of an instant than the clock gives,
     * and an answer should show the {@code updatedAt} that later reads show.
     */
    private Goal stored(Goal written) {
        return goals.findById(written.id()).orElse(written);
    }

    private GoalView present(Goal goal) {
        List<RatingView> rated = ratings.findByGoalId(goal.id()).stream()
                .sorted(Comparator.comparing(GoalRating::ratedOn)).map(RatingView::of).toList();
        return present(goal, linkedTasks(List.of(goal), goal.participantId()).getOrDefault(goal.id(), List.of()),
                rated);
    }

    private static GoalView present(Goal goal, List<String> taskIds, List<RatingView> rated) {
        return new GoalView(goal.id(), goal.participantId(), goal.domain(), goal.domain().icon(), goal.wording(),
                goal.baselineNote(), goal.baselineRating(), goal.status(), taskIds, goal.createdAt(),
                goal.updatedAt(), rated);
    }

    /** Each goal's linked tasks that are still on the plan (a removed task drops out of the goal too). */
    private Map<String, List<String>> linkedTasks(List<Goal> of, String participantId) {
        if (of.isEmpty()) {
            return Map.of();
        }
        List<GoalTask> found = links.findByKeyGoalIdInList(of.stream().map(Goal::id).toList());
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<String> onPlan = tasks.findByIdInList(found.stream().map(link -> link.key().taskId()).toList()).stream()
                .filter(task -> task.participantId().equals(participantId) && task.deletedAt() == null)
                .map(Task::id)
                .collect(Collectors.toSet());
        return found.stream().filter(link -> onPlan.contains(link.key().taskId()))
                .collect(Collectors.groupingBy(link -> link.key().goalId(),
                        Collectors.mapping(link -> link.key().taskId(), Collectors.toList())));
    }

}
