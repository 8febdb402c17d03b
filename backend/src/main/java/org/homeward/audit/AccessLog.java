package org.homeward.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading the audit trail: participants see who looked at their information; admins search their organisation's. */
@Singleton
public class AccessLog {

    private final AccessRecordRepository records;
    private final UserAccountRepository users;

    AccessLog(AccessRecordRepository records, UserAccountRepository users) {
        this.records = records;
        this.users = users;
    }

    /** The newest 500 looks at and changes of the caller's own information, newest first. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> mine(Caller caller) {
        if (!caller.is(Role.PARTICIPANT)) {
            throw DomainException.forbidden();
        }
        return named(records.findTop500ByParticipantIdOrderByOccurredAtDesc(caller.userId()));
    }

    public record Search(@Nullable String participantId, @Nullable String actorId, @Nullable DataKind kind,
                         Instant from, Instant to) {
    }

    /** The newest 500 rows of the admin's organisation that match. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> search(Caller caller, Search search) {
        if (!caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
        if (!search.from().isBefore(search.to())) {
            throw DomainException.invalidField("from", "audit.fromAfterTo");
        }
        return named(records.search(caller.organisationId(), search.participantId(), search.actorId(),
                search.kind() == null ? null : search.kind().name(), search.from(), search.to()));
    }

    private List<AccessLogEntry> named(List<AccessRecord> rows) {
        Set<String> ids = rows.stream().flatMap(row -> Stream.of(row.actorId(), row.participantId()))
                .collect(Collectors.toSet());
        Map<String, String> names = ids.isEmpty() ? Map.of() : users.findByIdInList(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
        return rows.stream().map(row -> new AccessLogEntry(row.participantId(),
                        names.getOrDefault(row.participantId(), ""), row.actorId(),
                        names.getOrDefault(row.actorId(), ""), row.actorRole(), row.dataKind(), row.action(),
                        row.occurredAt()))
                .toList();
    }
}
