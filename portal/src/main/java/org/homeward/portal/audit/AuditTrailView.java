package org.homeward.portal.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.audit.AccessLog;
import org.homeward.audit.AccessLogEntry;
import org.homeward.audit.DataKind;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.ProfileService;
import org.homeward.people.Role;
import org.homeward.portal.i18n.Moments;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The organisation's audit trail for its admins: who read or changed which participant's
 * information, when; searched by participant, person, kind and dates (the newest 500 matches).
 */
@Prototype
@RolesAllowed("ORG_ADMIN")
@Route(value = "audit", layout = MainLayout.class)
@NavigationItem(label = "nav.audit", icon = VaadinIcon.GLASSES, order = 55)
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final AccessLog log;
    private final Caller me;
    private final ZoneId zone;
    private final ComboBox<PersonSummary> participant = new ComboBox<>();
    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final Select<DataKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AccessLogEntry> grid = new Grid<>();

    public AuditTrailView(AccessLog log, CaseloadService caseload, ProfileService profiles, Clock clock) {
        this.log = log;
        this.me = PortalSession.requireUser().caller();
        this.zone = Moments.zone(profiles.me(me).timeZone());
        List<PersonSummary> everyone = caseload.organisationPeople(me);
        participant.setLabel(getTranslation("audit.participant"));
        participant.setItems(everyone.stream().filter(p -> p.role() == Role.PARTICIPANT).toList());
        participant.setItemLabelGenerator(PersonSummary::displayName);
        participant.setClearButtonVisible(true);
        person.setLabel(getTranslation("audit.person"));
        person.setItems(everyone.stream().filter(p -> p.role() != Role.PARTICIPANT).toList());
        person.setItemLabelGenerator(p -> getTranslation("person.withRole", "name", p.displayName(),
                "role", getTranslation("role." + p.role().name())));
        person.setClearButtonVisible(true);
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(DataKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.anyKind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.anyKind") : getTranslation("dataKind." + k.name()));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.setLabel(getTranslation("audit.from"));
        from.setValue(today.minusDays(30));
        to.setLabel(getTranslation("audit.to"));
        to.setValue(today);
        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), click -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("audit-grid");
        grid.addColumn(entry -> Moments.compact(entry.occurredAt(), zone)).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("person.withRole", "name", entry.actorName(),
                "role", getTranslation("role." + entry.actorRole().name()))).setHeader(getTranslation("audit.person"));
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("dataKind." + entry.dataKind().name())).setHeader(getTranslation("audit.kind"));
        grid.addColumn(AccessLogEntry::participantName).setHeader(getTranslation("audit.participant"));

        FormLayout filters = new FormLayout(participant, person, kind, from, to);
        add(new H2(getTranslation("audit.title")), filters, search, grid);
        search();
    }

    private void search() {
        LocalDate start = from.getValue() == null ? LocalDate.now(zone).minusDays(30) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.now(zone) : to.getValue();
        try {
            grid.setItems(log.search(me, new AccessLog.Search(
                    participant.getValue() == null ? null : participant.getValue().id(),
                    person.getValue() == null ? null : person.getValue().id(), kind.getValue(),
                    start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant())));
            from.setInvalid(false);
        } catch (DomainException problem) {
            from.setErrorMessage(problem.fieldProblems().isEmpty() ? ProblemText.of(this, problem)
                    : ProblemText.of(this, problem.fieldProblems().get(0)));
            from.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
