package org.homeward.help;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.Ids;
import org.homeward.people.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Moves requests nobody acknowledged in time to the next level: the backup caseworker, then the
 * on-call staff; a level with nobody on it is skipped. It runs from the database alone (due time
 * and level are columns, rows are locked with SKIP LOCKED until commit), so it survives restarts
 * and any number of servers may run it without escalating a request twice.
 */
@Singleton
public class HelpEscalation {

    static final int BATCH = 100;

    private final HelpRequestRepository requests;
    private final HelpEventRepository events;
    private final HelpResponders responders;
    private final HelpNotifications notifications;
    private final UserAccountRepository users;
    private final Clock clock;

    public HelpEscalation(HelpRequestRepository requests, HelpEventRepository events, HelpResponders responders,
                          HelpNotifications notifications, UserAccountRepository users, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.responders = responders;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    /** @return how many requests moved up a level */
    @Transactional
    public int escalateDue() {
        Instant now = clock.instant();
        List<HelpRequest> due = requests.lockDueForEscalation(now.toEpochMilli(), BATCH);
        int moved = 0;
        for (HelpRequest request : due) {
            moved += escalate(request, now) ? 1 : 0;
        }
        return moved;
    }

    private boolean escalate(HelpRequest request, Instant now) {
        int level = request.escalationLevel() + 1;
        while (level <= HelpRequest.TOP_LEVEL && responders.atLevel(request, level).isEmpty()) {
            level++;
        }
        if (level > HelpRequest.TOP_LEVEL) {
            // Nobody further up: it stays open and in front of everyone it reached.
            requests.update(request.escalatedTo(request.escalationLevel(), null, now));
            return false;
        }
        Long next = level < HelpRequest.TOP_LEVEL
                ? now.plus(responders.settingsOf(request.organisationId()).responseTime(request.urgency())).toEpochMilli()
                : null;
        HelpRequest escalated = requests.update(request.escalatedTo(level, next, now));
        events.save(new HelpEvent(Ids.newId(), request.id(), events.nextNumber(request.id()), HelpEventKind.ESCALATED,
                null, null, level, null, now));
        notifications.escalated(escalated, users.findById(request.participantId()).orElseThrow(),
                responders.atLevel(escalated, level));
        return true;
    }
}
