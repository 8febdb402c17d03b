package org.homeward.portal.caseload;

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
import org.homeward.portal.invitations.InviteView;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.List;

/** A caseworker's caseload at a glance: the participants assigned to them. */
@Prototype
@RolesAllowed("CASEWORKER")
@Route(value = "caseload", layout = MainLayout.class)
@NavigationItem(label = "nav.caseload", icon = VaadinIcon.USERS, order = 30)
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    public CaseloadView(CaseloadService caseload) {
        List<PersonSummary> participants = caseload.caseload(PortalSession.requireUser().caller());
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(participants);
        grid.setAllRowsVisible(true);
        add(header, grid);
        if (participants.isEmpty()) {
            add(org.homeward.portal.home.PersonCard.empty(getTranslation("caseload.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.caseload") + " · " + getTranslation("app.name");
    }
}
