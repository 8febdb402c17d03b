package org.homeward.contacts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.homeward.common.DomainException;
import org.homeward.common.FieldChecks;
import org.homeward.common.FieldProblem;
import org.homeward.common.Ids;
import org.homeward.common.PhoneNumbers;
import org.homeward.common.ProblemKind;
import org.homeward.i18n.Languages;
import org.homeward.i18n.SupportedLanguage;
import org.homeward.people.Caller;
import org.homeward.people.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's hotlines, kept by its admins: name, phone, text number, hours, languages
 * spoken, country or region, and the order they are listed in. Everyone the organisation looks
 * after sees them among their crisis contacts.
 */
@Singleton
public class HotlineService {

    static final int MAX_HOTLINES = 50;
    static final int MAX_POSITION = 999;
    static final int NAME_MAX = 100;
    static final int HOURS_MAX = 100;
    static final int REGION_MAX = 100;

    private final HotlineRepository hotlines;
    private final ContactViews views;
    private final PhoneNumbers phones;
    private final Languages languages;
    private final Clock clock;

    public HotlineService(HotlineRepository hotlines, ContactViews views, PhoneNumbers phones, Languages languages,
                          Clock clock) {
        this.hotlines = hotlines;
        this.views = views;
        this.phones = phones;
        this.languages = languages;
        this.clock = clock;
    }

    /** The organisation's hotlines in their order. Admins only. */
    @Transactional(readOnly = true)
    public List<HotlineView> hotlines(Caller caller) {
        requireAdmin(caller);
        return views.hotlines(hotlines.findByOrganisationId(caller.organisationId()));
    }

    @Transactional
    public HotlineView add(Caller caller, NewHotline command) {
        requireAdmin(caller);
        List<Hotline> existing = hotlines.findByOrganisationId(caller.organisationId());
        int last = existing.stream().mapToInt(Hotline::position).max().orElse(0);
        HotlineDetails details = check(command, Math.min(last + 1, MAX_POSITION));
        if (existing.size() >= MAX_HOTLINES) {
            throw listFull(MAX_HOTLINES);
        }
        Instant now = clock.instant();
        Hotline added = hotlines.save(new Hotline(Ids.newId(), caller.organisationId(), details.name(),
                details.phone(), details.textNumber(), details.hours(), details.languagesColumn(), details.region(),
                details.position(), now, now));
        return views.hotline(stored(added));
    }

    @Transactional
    public HotlineView change(Caller caller, String hotlineId, NewHotline command) {
        requireAdmin(caller);
        Hotline hotline = own(caller, hotlineId);
        HotlineDetails details = check(command, hotline.position());
        return views.hotline(stored(hotlines.update(hotline.with(details, clock.instant()))));
    }

    @Transactional
    public void remove(Caller caller, String hotlineId) {
        requireAdmin(caller);
        hotlines.delete(own(caller, hotlineId));
    }

    private HotlineDetails check(NewHotline command, int defaultPosition) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = FieldChecks.trimmed(command.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "field.required"));
        }
        FieldChecks.checkLength(problems, "name", name, NAME_MAX);
        String phone = phones.checked(problems, "phone", command.phone(), true);
        String textNumber = phones.checked(problems, "textNumber", command.textNumber(), false);
        String hours = FieldChecks.trimmed(command.hours());
        FieldChecks.checkLength(problems, "hours", hours, HOURS_MAX);
        String region = FieldChecks.trimmed(command.region());
        FieldChecks.checkLength(problems, "region", region, REGION_MAX);
        List<String> tags = languageTags(problems, command.languages());
        int position = command.position() == null ? defaultPosition : command.position();
        if (position < 1 || position > MAX_POSITION) {
            problems.add(new FieldProblem("position", "contacts.position", Map.of("min", 1, "max", MAX_POSITION)));
        }
        FieldChecks.throwIfAny(problems);
        return new HotlineDetails(name, phone, textNumber, hours, tags, region, position);
    }

    /** Supported tags as Homeward writes them ({@code zh-hans} becomes {@code zh-Hans}), each once. */
    private List<String> languageTags(List<FieldProblem> problems, List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            Optional<SupportedLanguage> language = Optional.ofNullable(FieldChecks.trimmed(tag))
                    .flatMap(trimmed -> languages.find(trimmed).filter(found -> found.tag().equalsIgnoreCase(trimmed)));
            if (language.isEmpty()) {
                problems.add(new FieldProblem("languages", "language.unsupported"));
                return List.of();
            }
            tags.add(language.get().tag());
        }
        return List.copyOf(tags);
    }

    private Hotline own(Caller caller, String hotlineId) {
        return hotlines.findByIdAndOrganisationId(hotlineId, caller.organisationId())
                .orElseThrow(DomainException::notFound);
    }

    /** The row as the database keeps it, so the answer to a write matches every later read. */
    private Hotline stored(Hotline written) {
        return hotlines.findById(written.id()).orElse(written);
    }

    static DomainException listFull(int max) {
        return new DomainException(ProblemKind.CONFLICT, "contacts.listFull", Map.of("max", max), List.of());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ORG_ADMIN)) {
            throw DomainException.forbidden();
        }
    }
}
