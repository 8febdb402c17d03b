package org.homeward.portal.caseload;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import com.vaadin.flow.component.html.Span;
import org.homeward.people.Caller;
import org.homeward.portal.participant.ParticipantView;
import org.homeward.today.CaseloadSignals;
import org.homeward.portal.help.HelpPanels;
import org.homeward.portal.invitations.InviteView;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A caseworker's caseload at a glance: requests for help first, then the participants assigned to them. */
@Prototype
@RolesAllowed("CASEWORKER")
@Route(value = "caseload", layout = MainLayout.class)
@NavigationItem(label = "nav.caseload", icon = VaadinIcon.USERS, order = 30)
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    public CaseloadView(CaseloadService caseload, CaseloadSignals signals, HelpPanels help) {
        Caller me = PortalSession.requireUser().caller();
        List<PersonSummary> participants = caseload.caseload(me);
        Map<String, CaseloadSignals.Signals> marks = new HashMap<>();
        participants.forEach(person -> marks.put(person.id(), signals.of(me, person.id())));
        H2 title = new H2(getTranslation("caseload.title", "count", participants.size()));
        title.setId("caseload-title");
        Button invite = new Button(getTranslation("caseload.invite"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(InviteView.class)));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, invite);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        Grid<PersonSummary> grid = new Grid<>();
        grid.setId("caseload-grid");
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("caseload.name")).setFlexGrow(2);
        grid.addColumn(person -> getTranslation("accountStatus." + person.status().name()))
                .setHeader(getTranslation("caseload.status")).setFlexGrow(1);
        grid.addColumn(person -> marks.get(person.id()).overdueTasks())
                .setHeader(getTranslation("caseload.overdue")).setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(person -> marks.get(person.id()).missedAppointments())
                .setHeader(getTranslation("caseload.missed")).setFlexGrow(0).setAutoWidth(true);
        grid.addComponentColumn(person -> marks.get(person.id()).missingOneKind()
                        ? badge(getTranslation("caseload.missingOneKind")) : new Span())
                .setHeader(getTranslation("caseload.attention")).setFlexGrow(1);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ParticipantView.class, click.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(participants);
        grid.setAllRowsVisible(true);
        add(help.requestsForMe(), header, grid);
        if (participants.isEmpty()) {
            add(EmptyState.of(getTranslation("caseload.empty")));
        }
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.caseload") + " · " + getTranslation("app.name");
    }
}
