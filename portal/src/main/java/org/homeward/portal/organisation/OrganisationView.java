package org.homeward.portal.organisation;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import org.homeward.people.Role;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.List;

/** The organisation admin's home: everyone in the organisation, and who looks after each participant. */
@Prototype
@RolesAllowed("ORG_ADMIN")
@Route(value = "organisation", layout = MainLayout.class)
@NavigationItem(label = "nav.organisation", icon = VaadinIcon.BUILDING, order = 40)
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    public OrganisationView(CaseloadService caseload) {
        List<PersonSummary> people = caseload.organisationPeople(PortalSession.requireUser().caller());
        Grid<PersonSummary> grid = new Grid<>();
        grid.setId("people-grid");
        grid.addColumn(PersonSummary::displayName).setHeader(getTranslation("organisation.name")).setFlexGrow(2);
        grid.addColumn(person -> getTranslation("role." + person.role().name()))
                .setHeader(getTranslation("organisation.role"));
        grid.addColumn(person -> getTranslation("accountStatus." + person.status().name()))
                .setHeader(getTranslation("organisation.status"));
        grid.setItems(people);
        grid.setAllRowsVisible(true);

        TeamEditor editor = new TeamEditor(caseload);
        grid.asSingleSelect().addValueChangeListener(selection -> {
            PersonSummary person = selection.getValue();
            editor.show(person != null && person.role() == Role.PARTICIPANT ? person : null);
        });
        add(new H2(getTranslation("organisation.title", "count", people.size())), grid, editor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation") + " · " + getTranslation("app.name");
    }
}
