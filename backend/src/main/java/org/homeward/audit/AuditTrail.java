package org.homeward.audit;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import jakarta.inject.Singleton;
import org.homeward.common.Ids;
import org.homeward.people.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the audit trail: every read of a participant's information by someone else, and every
 * change. The participant's own reads are not recorded, so their "who looked" page shows others.
 */
@Singleton
public class AuditTrail {

    private final AccessRecordRepository records;
    private final Clock clock;

    AuditTrail(AccessRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * In a transaction of its own, committed before the data is handed out: reads run in read-only
     * transactions (or none), and a read that cannot be recorded does not happen.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(Caller caller, String participantId, DataKind kind) {
        record(caller, participantId, kind, AuditAction.READ);
    }

    /**
     * A dashboard's look at many participants' summaries: recorded once per participant per day for
     * each caseworker, so a dashboard opened all day long does not bury the participant's page.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void readSummaries(Caller caller, Collection<String> participantIds) {
        Instant now = clock.instant();
        Set<String> recorded = new HashSet<>(records.findParticipantIdByActorIdAndDataKindAndOccurredAtGreaterThanEquals(
                caller.userId(), DataKind.SUMMARY, now.truncatedTo(ChronoUnit.DAYS)));
        List<AccessRecord> fresh = participantIds.stream().filter(id -> !recorded.contains(id))
                .map(id -> recordOf(caller, id, DataKind.SUMMARY, AuditAction.READ, now)).toList();
        if (!fresh.isEmpty()) {
            records.saveAll(fresh);
        }
    }

    /** In the transaction of the change, so the record stands or falls with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Caller caller, String participantId, DataKind kind) {
        record(caller, participantId, kind, AuditAction.CHANGE);
    }

    private void record(Caller caller, String participantId, DataKind kind, AuditAction action) {
        if (caller.userId().equals(participantId)) {
            return;
        }
        records.save(recordOf(caller, participantId, kind, action, clock.instant()));
    }

    private static AccessRecord recordOf(Caller caller, String participantId, DataKind kind, AuditAction action,
                                         Instant at) {
        return new AccessRecord(Ids.newId(), caller.organisationId(), participantId, caller.userId(), caller.role(),
                kind, action, at);
    }
}
