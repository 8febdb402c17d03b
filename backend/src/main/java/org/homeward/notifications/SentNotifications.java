package org.homeward.notifications;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.audit.DataKind;
import org.homeward.caseload.ParticipantAccess;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.push.outbox.Dispatcher;

import java.util.List;

/**
 * What left the outbox, for the people who need to know: an organisation's admins see the latest
 * messages of their organisation (the developer page: with the logging gateway, what would have
 * been sent); a participant's assigned caseworkers see the notifications that never reached them.
 * Only the lock-screen text is shown, which is neutral unless the person chose detail.
 */
@Singleton
public class SentNotifications {

    public static final int LIST_MAX = 200;

    private final SentNotificationRepository sent;
    private final ParticipantAccess access;
    private final Dispatcher dispatcher;

    public SentNotifications(SentNotificationRepository sent, ParticipantAccess access, Dispatcher dispatcher) {
        this.sent = sent;
        this.access = access;
        this.dispatcher = dispatcher;
    }

    @Transactional(readOnly = true)
    public List<SentNotification> latestInOrganisation(Caller caller, int limit) {
        if (!caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
        return sent.latestIn(caller.organisationId(), Math.max(1, Math.min(LIST_MAX, limit)));
    }

    /** Notifications that could not be delivered to a participant; their assigned caseworkers only. */
    @Transactional(readOnly = true)
    public List<SentNotification> undeliveredTo(Caller caller, String participantId) {
        if (!caller.is(Role.CASEWORKER)) {
            throw DomainException.forbidden();
        }
        access.reading(caller, participantId, DataKind.NOTIFICATIONS);
        return sent.failedFor(participantId, LIST_MAX);
    }

    /** "firebase" or "log": whether messages really leave this server. */
    public String gatewayName() {
        return dispatcher.gatewayName();
    }
}
