package org.homeward.checkins;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.DataKind;
import org.homeward.caseload.CaseAssignment;
import org.homeward.caseload.CaseAssignmentRepository;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.ProblemKind;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Concerns a mentor raises about a participant. They always reach the assigned caseworkers (safety
 * needs no consent) and stay open on their dashboard until one of them records a response. Only
 * assigned caseworkers read and answer them; every read and answer is audited.
 */
@Singleton
public class ConcernService {

    static final int DETAILS_MAX = 500;
    static final int RESPONSE_MAX = 1000;

    private final ConcernRepository concerns;
    private final CaseAssignmentRepository assignments;
    private final UserAccountRepository users;
    private final ParticipantAccess access;
    private final AuditTrail audit;
    private final ConcernNotifications notifications;
    private final Clock clock;

    public ConcernService(ConcernRepository concerns, CaseAssignmentRepository assignments,
                          UserAccountRepository users, ParticipantAccess access, AuditTrail audit,
                          ConcernNotifications notifications, Clock clock) {
        this.concerns = concerns;
        this.assignments = assignments;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The checks of a new concern, with field names under {@code prefix}. */
    static void check(List<FieldProblem> problems, String prefix, NewConcern concern) {
        if (concern.kind() == null) {
            problems.add(new FieldProblem(prefix + "kind", "field.required"));
        }
        FieldChecks.checkLength(problems, prefix + "details", FieldChecks.trimmed(concern.details()), DETAILS_MAX);
    }

    /** Stores a concern the mentor raised (already checked) and tells the caseworkers, in the caller's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    ConcernView raise(Caller mentor, UserAccount participant, String checkInId, NewConcern concern) {
        audit.changed(mentor, participant.id(), DataKind.CONCERNS);
        Concern raised = concerns.save(new Concern(Ids.newId(), participant.organisationId(), participant.id(),
                checkInId, mentor.userId(), concern.kind(), FieldChecks.trimmed(concern.details()), clock.instant(),
                null, null, null));
        UserAccount author = users.findById(mentor.userId()).orElseThrow(DomainException::notFound);
        notifications.raised(raised, participant, author, assignments.findByParticipantIdAndEndedAtIsNull(
                participant.id()).stream().map(CaseAssignment::caseworkerId).distinct().toList());
        return views(List.of(raised)).get(0);
    }

    /** Caseworkers only: the concerns about the participants assigned to them; open ones oldest first, all newest first. */
    @Transactional(readOnly = true)
    public List<ConcernView> forCaseworker(Caller caller, boolean openOnly) {
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        List<String> caseload = assignments.findByCaseworkerIdAndEndedAtIsNull(caller.userId()).stream()
                .map(CaseAssignment::participantId).distinct().toList();
        if (caseload.isEmpty()) {
            return List.of();
        }
        List<Concern> found = openOnly
                ? concerns.findByParticipantIdInListAndRespondedAtIsNullOrderByRaisedAt(caseload)
                : concerns.findByParticipantIdInListOrderByRaisedAtDesc(caseload);
        found.stream().map(Concern::participantId).distinct()
                .forEach(participantId -> audit.read(caller, participantId, DataKind.CONCERNS));
        return views(found);
    }

    /** An assigned caseworker only: the concerns about one participant, newest first. */
    @Transactional(readOnly = true)
    public List<ConcernView> concernsOf(Caller caller, String participantId) {
        access.participantVisibleTo(caller, participantId);
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        audit.read(caller, participantId, DataKind.CONCERNS);
        return views(concerns.findByParticipantIdInListOrderByRaisedAtDesc(List.of(participantId)));
    }

    /** An assigned caseworker records what was done; that closes the concern. */
    @Transactional
    public ConcernView respond(Caller caller, String concernId, String response) {
        Concern concern = concerns.lockById(concernId).orElseThrow(DomainException::notFound);
        access.participantVisibleTo(caller, concern.participantId());
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        String text = FieldChecks.trimmed(response);
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null) {
            problems.add(new FieldProblem("response", "field.required"));
        }
        FieldChecks.checkLength(problems, "response", text, RESPONSE_MAX);
        FieldChecks.throwIfAny(problems);
        if (!concern.isOpen()) {
            throw new DomainException(ProblemKind.CONFLICT, "concern.alreadyAnswered");
        }
        audit.changed(caller, concern.participantId(), DataKind.CONCERNS);
        return views(List.of(concerns.update(concern.answered(text, caller.userId(), clock.instant())))).get(0);
    }

    /**
     * For the caseworker's dashboard, which has already decided whose rows it shows: the open
     * concerns of each participant, oldest first (two queries for any number of participants).
     */
    @Transactional(readOnly = true)
    public Map<String, List<ConcernView>> openConcernsFor(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return views(concerns.findByParticipantIdInListAndRespondedAtIsNullOrderByRaisedAt(participantIds)).stream()
                .collect(Collectors.groupingBy(ConcernView::participantId, LinkedHashMap::new, Collectors.toList()));
    }

    private List<ConcernView> views(List<Concern> found) {
        Set<String> people = new HashSet<>();
        for (Concern concern : found) {
            people.add(concern.participantId());
            people.add(concern.raisedBy());
            if (concern.respondedBy() != null) {
                people.add(concern.respondedBy());
            }
        }
        Map<String, String> names = people.isEmpty() ? Map.of() : users.findByIdInList(people).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        Function<String, String> name = id -> id == null ? null : names.getOrDefault(id, "");
        return found.stream().map(c -> new ConcernView(c.id(), c.participantId(), name.apply(c.participantId()),
                c.checkInId(), c.raisedBy(), name.apply(c.raisedBy()), c.kind(), c.details(), c.raisedAt(), c.isOpen(),
                c.response(), name.apply(c.respondedBy()), c.respondedAt())).toList();
    }
}
