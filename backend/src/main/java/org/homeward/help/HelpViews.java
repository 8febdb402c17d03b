package org.homeward.help;

import jakarta.inject.Singleton;
import org.homeward.notifications.NotificationTexts;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;
import org.homeward.people.UserAccount;
import org.homeward.people.UserAccountRepository;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns requests and their events into what a reader sees, in the reader's language and zone. */
@Singleton
public class HelpViews {

    private static final Set<HelpEventKind> PARTICIPANT_SEES = Set.of(HelpEventKind.RAISED, HelpEventKind.MESSAGE,
            HelpEventKind.ACKNOWLEDGED, HelpEventKind.RESOLVED, HelpEventKind.REOPENED, HelpEventKind.CANCELLED);

    private final HelpEventRepository events;
    private final UserAccountRepository users;
    private final ProfileService profiles;
    private final NotificationTexts texts;

    public HelpViews(HelpEventRepository events, UserAccountRepository users, ProfileService profiles,
                     NotificationTexts texts) {
        this.events = events;
        this.users = users;
        this.profiles = profiles;
        this.texts = texts;
    }

    public List<HelpRequestView> of(Caller reader, List<HelpRequest> requests, boolean withHistory) {
        if (requests.isEmpty()) {
            return List.of();
        }
        UserAccount me = users.findById(reader.userId()).orElseThrow();
        Locale language = profiles.readerLanguage(me).locale();
        ZoneId zone = ZoneId.of(me.timeZone());
        List<HelpEvent> history = withHistory
                ? events.findByHelpRequestIdInListOrderByNumber(requests.stream().map(HelpRequest::id).toList()) : List.of();
        Set<String> people = new HashSet<>();
        requests.forEach(request -> {
            people.add(request.participantId());
            if (request.acknowledgedBy() != null) {
                people.add(request.acknowledgedBy());
            }
        });
        history.forEach(event -> {
            if (event.actorId() != null) {
                people.add(event.actorId());
            }
        });
        Map<String, String> names = users.findByIdInList(people).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        Map<String, List<HelpEvent>> byRequest = history.stream()
                .filter(event -> !reader.is(Role.PARTICIPANT) || PARTICIPANT_SEES.contains(event.kind()))
                .collect(Collectors.groupingBy(HelpEvent::helpRequestId));
        return requests.stream().map(request -> view(request, names, byRequest.getOrDefault(request.id(), List.of()),
                language, zone)).toList();
    }

    public HelpRequestView of(Caller reader, HelpRequest request) {
        return of(reader, List.of(request), true).get(0);
    }

    private HelpRequestView view(HelpRequest request, Map<String, String> names, List<HelpEvent> history,
                                 Locale language, ZoneId zone) {
        String acknowledgedBy = request.acknowledgedBy() == null ? null : names.get(request.acknowledgedBy());
        return new HelpRequestView(request.id(), request.participantId(),
                names.getOrDefault(request.participantId(), ""), request.category(), request.urgency(),
                request.message(), request.status(), statusText(request, acknowledgedBy, language, zone),
                request.escalationLevel(), acknowledgedBy, request.acknowledgedAt(), request.resolvedAt(),
                request.outcome(), request.referredTo(), request.createdAt(), request.updatedAt(),
                history.stream().map(event -> new HelpRequestView.Entry(event.kind(),
                        event.actorId() == null ? null : names.get(event.actorId()), event.text(), event.level(),
                        event.outcome(), event.at())).toList());
    }

    private String statusText(HelpRequest request, String acknowledgedBy, Locale language, ZoneId zone) {
        return switch (request.status()) {
            case OPEN -> texts.format(language, "helpStatus.OPEN", Map.of());
            case ACKNOWLEDGED -> texts.format(language, "helpStatus.ACKNOWLEDGED", Map.of(
                    "name", acknowledgedBy == null ? "" : acknowledgedBy,
                    "time", texts.time(request.acknowledgedAt(), zone, language)));
            case RESOLVED -> texts.format(language, "helpStatus.RESOLVED", Map.of(
                    "outcome", texts.text(language, "helpOutcome." + request.outcome().name())));
            case CANCELLED -> texts.format(language, "helpStatus.CANCELLED", Map.of());
        };
    }
}
