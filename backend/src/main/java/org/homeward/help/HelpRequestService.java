package org.homeward.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.DataKind;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Help requests: a participant asks, the caseworkers it reached answer. A request is stored before
 * anyone is told (the 201 means stored), and its push goes in the same transaction, so neither can
 * be lost without the other. Every change is kept as an event.
 */
@Singleton
public class HelpRequestService {

    static final int MESSAGE_MAX = 500;
    static final int NOTE_MAX = 1000;
    static final int REFERRED_TO_MAX = 200;

    private final HelpRequestRepository requests;
    private final HelpEventRepository events;
    private final HelpAccess access;
    private final HelpResponders responders;
    private final HelpNotifications notifications;
    private final HelpViews views;
    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final ParticipantAccess participants;
    private final Clock clock;

    public HelpRequestService(HelpRequestRepository requests, HelpEventRepository events, HelpAccess access,
                              HelpResponders responders, HelpNotifications notifications, HelpViews views,
                              UserAccountRepository users, AuditTrail audit, ParticipantAccess participants,
                              Clock clock) {
        this.audit = audit;
        this.participants = participants;
        this.requests = requests;
        this.events = events;
        this.access = access;
        this.responders = responders;
        this.notifications = notifications;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    // --- the participant ------------------------------------------------------------------------

    @Transactional
    public HelpRequestView raise(Caller caller, NewHelpRequest request) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        String message = checkedText("message", request.message(), MESSAGE_MAX, false);
        UserAccount participant = users.findById(caller.userId()).orElseThrow(DomainException::notFound);
        Urgency urgency = request.urgency() == null ? Urgency.NOW : request.urgency();
        Instant now = clock.instant();
        List<String> firstResponders = new ArrayList<>();
        HelpRequest raised = new HelpRequest(Ids.newId(), participant.organisationId(), participant.id(),
                request.category(), urgency, message, HelpStatus.OPEN, 0, null, null, null, null, null, null, null,
                now, now);
        firstResponders.addAll(responders.atLevel(raised, 0));
        // Nobody assigned: escalate at once rather than wait for a response time nobody can meet.
        long escalateAt = firstResponders.isEmpty() ? now.toEpochMilli()
                : now.plus(responders.settingsOf(raised.organisationId()).responseTime(urgency)).toEpochMilli();
        raised = requests.save(raised.escalatedTo(0, escalateAt, now));
        record(raised, HelpEventKind.RAISED, caller.userId(), message, 0, null, now);
        notifications.raised(raised, participant, firstResponders);
        return views.of(caller, stored(raised));
    }

    @Transactional(readOnly = true)
    public List<HelpRequestView> mine(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        return views.of(caller, requests.findByParticipantIdOrderByCreatedAtDesc(caller.userId()), true);
    }

    /** One request, for whoever may see it: the participant, a caseworker it reached, a mentor it is shared with. */
    @Transactional(readOnly = true)
    public HelpRequestView request(Caller caller, String id) {
        HelpRequest request = access.visible(caller, id, false);
        audit.read(caller, request.participantId(), DataKind.HELP_REQUESTS);
        return views.of(caller, request);
    }

    /**
     * One participant's requests, newest first, as a caseworker they reached or a mentor the
     * participant shares them with sees them.
     */
    @Transactional(readOnly = true)
    public List<HelpRequestView> ofParticipant(Caller caller, String participantId) {
        if (!caller.is(Role.CASEWORKER) && !caller.is(Role.MENTOR)) {
            throw DomainException.forbidden();
        }
        participants.reading(caller, participantId, DataKind.HELP_REQUESTS);
        List<HelpRequest> visible = requests.findByParticipantIdOrderByCreatedAtDesc(participantId).stream()
                .filter(request -> access.maySee(caller, request)).toList();
        return views.of(caller, visible, false);
    }

    /** The participant adds to their request; the caseworkers it reached hear of it. */
    @Transactional
    public HelpRequestView addMessage(Caller caller, String id, @Nullable String text) {
        String message = checkedText("message", text, MESSAGE_MAX, true);
        HelpRequest request = access.own(caller, id, true);
        requireActive(request);
        Instant now = clock.instant();
        HelpRequest touched = requests.update(request.touched(now));
        record(touched, HelpEventKind.MESSAGE, caller.userId(), message, null, null, now);
        notifications.participantWrote(touched, participant(touched), responders.reachedBy(touched));
        return views.of(caller, stored(touched));
    }

    /** The participant takes their request back; doing it twice changes nothing. */
    @Transactional
    public HelpRequestView cancel(Caller caller, String id) {
        HelpRequest request = access.own(caller, id, true);
        if (request.status() == HelpStatus.CANCELLED) {
            return views.of(caller, request);
        }
        requireActive(request);
        Instant now = clock.instant();
        HelpRequest cancelled = requests.update(request.cancelled(now));
        record(cancelled, HelpEventKind.CANCELLED, caller.userId(), null, null, null, now);
        return views.of(caller, stored(cancelled));
    }

    // --- the caseworkers ------------------------------------------------------------------------

    /** Requests in these states that reached the caller, oldest first: the most overdue on top. */
    @Transactional(readOnly = true)
    public List<HelpRequestView> forResponder(Caller caller, Collection<HelpStatus> statuses) {
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        HelpResponders.Reach reach = responders.reachOf(caller.userId(), caller.organisationId());
        List<HelpRequest> reached = requests.findByOrganisationIdAndStatusInListOrderByCreatedAt(
                caller.organisationId(), statuses.isEmpty() ? List.of(HelpStatus.values()) : statuses).stream()
                .filter(reach::reaches).toList();
        reached.stream().map(HelpRequest::participantId).distinct()
                .forEach(participantId -> audit.read(caller, participantId, DataKind.HELP_REQUESTS));
        return views.of(caller, reached, false);
    }

    /** "I saw it": the escalation stops and the participant is told who saw it. Twice is harmless. */
    @Transactional
    public HelpRequestView acknowledge(Caller caller, String id) {
        HelpRequest request = answered(caller, id);
        if (request.status() != HelpStatus.OPEN) {
            requireActive(request);
            return views.of(caller, request);
        }
        Instant now = clock.instant();
        HelpRequest acknowledged = stored(requests.update(request.acknowledged(caller.userId(), now)));
        record(acknowledged, HelpEventKind.ACKNOWLEDGED, caller.userId(), null, null, null, now);
        notifications.acknowledged(acknowledged, participant(acknowledged),
                users.findById(caller.userId()).orElseThrow());
        return views.of(caller, acknowledged);
    }

    @Transactional
    public HelpRequestView note(Caller caller, String id, @Nullable String text) {
        String note = checkedText("text", text, NOTE_MAX, true);
        HelpRequest request = answered(caller, id);
        Instant now = clock.instant();
        HelpRequest touched = requests.update(request.touched(now));
        record(touched, HelpEventKind.NOTE, caller.userId(), note, null, null, now);
        return views.of(caller, stored(touched));
    }

    @Transactional
    public HelpRequestView resolve(Caller caller, String id, @Nullable HelpOutcome outcome,
                                   @Nullable String referredTo) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "field.required"));
        }
        String where = FieldChecks.trimmed(referredTo);
        if (outcome == HelpOutcome.REFERRED && where == null) {
            problems.add(new FieldProblem("referredTo", "help.referredToRequired"));
        }
        FieldChecks.checkLength(problems, "referredTo", where, REFERRED_TO_MAX);
        FieldChecks.throwIfAny(problems);
        HelpRequest request = answered(caller, id);
        requireActive(request);
        Instant now = clock.instant();
        HelpRequest resolved = stored(requests.update(request.resolved(caller.userId(), outcome,
                outcome == HelpOutcome.REFERRED ? where : null, now)));
        record(resolved, HelpEventKind.RESOLVED, caller.userId(), resolved.referredTo(), null, outcome, now);
        notifications.resolved(resolved, participant(resolved));
        return views.of(caller, resolved);
    }

    /** Open again, with its response time starting over: the need came back or the answer did not work. */
    @Transactional
    public HelpRequestView reopen(Caller caller, String id) {
        HelpRequest request = answered(caller, id);
        if (request.status() != HelpStatus.RESOLVED) {
            throw new DomainException(ProblemKind.CONFLICT, "help.notResolved");
        }
        Instant now = clock.instant();
        long escalateAt = now.plus(responders.settingsOf(request.organisationId()).responseTime(request.urgency()))
                .toEpochMilli();
        HelpRequest reopened = stored(requests.update(request.reopened(escalateAt, now)));
        record(reopened, HelpEventKind.REOPENED, caller.userId(), null, 0, null, now);
        return views.of(caller, reopened);
    }

    // ---------------------------------------------------------------------------------------------

    private void record(HelpRequest request, HelpEventKind kind, @Nullable String actor, @Nullable String text,
                        @Nullable Integer level, @Nullable HelpOutcome outcome, Instant at) {
        events.save(new HelpEvent(Ids.newId(), request.id(), events.nextNumber(request.id()), kind, actor, text, level,
                outcome, at));
    }

    private UserAccount participant(HelpRequest request) {
        return users.findById(request.participantId()).orElseThrow();
    }

    /** The row as stored: whole seconds on some drivers, so answers match later reads. */
    private HelpRequest stored(HelpRequest written) {
        return requests.findById(written.id()).orElse(written);
    }

    private static void requireActive(HelpRequest request) {
        if (!request.isActive()) {
            throw new DomainException(ProblemKind.CONFLICT, "help.closed");
        }
    }

    private static String checkedText(String field, @Nullable String text, int max, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmed = FieldChecks.trimmed(text);
        if (required && trimmed == null) {
            problems.add(new FieldProblem(field, "field.required"));
        }
        FieldChecks.checkLength(problems, field, trimmed, max);
        FieldChecks.throwIfAny(problems);
        return trimmed;
    }

    /** A request the caller answers; the answer is a change to the participant's information, recorded with it. */
    private HelpRequest answered(Caller caller, String id) {
        HelpRequest request = access.answered(caller, id);
        audit.changed(caller, request.participantId(), DataKind.HELP_REQUESTS);
        return request;
    }
}
