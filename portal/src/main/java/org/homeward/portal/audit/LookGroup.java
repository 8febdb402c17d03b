package org.homeward.portal.audit;

import org.homeward.audit.AccessLogEntry;
import org.homeward.audit.AuditAction;
import org.homeward.audit.DataKind;
import org.homeward.people.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Looks by one person, of one kind (read or change), on one day of the participant's calendar. */
record LookGroup(String actorName, Role actorRole, AuditAction action, LocalDate day,
                 List<AccessLogEntry> entries) {

    Set<DataKind> kinds() {
        Set<DataKind> kinds = new LinkedHashSet<>();
        entries.forEach(entry -> kinds.add(entry.dataKind()));
        return kinds;
    }

    /** The newest entry's moment: entries arrive newest first. */
    Instant latest() {
        return entries.get(0).occurredAt();
    }

    /** Groups a newest-first list, keeping its order. */
    static List<LookGroup> of(List<AccessLogEntry> newestFirst, ZoneId zone) {
        List<LookGroup> groups = new ArrayList<>();
        for (AccessLogEntry entry : newestFirst) {
            LocalDate day = LocalDate.ofInstant(entry.occurredAt(), zone);
            LookGroup same = groups.stream()
                    .filter(group -> group.actorId().equals(entry.actorId()) && group.action() == entry.action()
                            && group.day().equals(day))
                    .findFirst().orElse(null);
            if (same == null) {
                List<AccessLogEntry> entries = new ArrayList<>();
                entries.add(entry);
                groups.add(new LookGroup(entry.actorName(), entry.actorRole(), entry.action(), day, entries));
            } else {
                same.entries().add(entry);
            }
        }
        return groups;
    }

    String actorId() {
        return entries.get(0).actorId();
    }
}
