package org.homeward.portal.help;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.caseload.CaseloadService;
import org.homeward.help.HelpSettingsService;
import org.homeward.help.MonthFigures;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For organisation admins: the promise (how soon requests for help are acknowledged, who comes
 * after the caseworkers) and how it was kept, month by month.
 */
@Prototype
@RolesAllowed("ORG_ADMIN")
@Route(value = "help-settings", layout = MainLayout.class)
@NavigationItem(label = "nav.helpSettings", icon = VaadinIcon.TIMER, order = 45)
public class HelpSettingsView extends VerticalLayout implements HasDynamicTitle {

    public HelpSettingsView(HelpSettingsService settings, CaseloadService caseload) {
        Caller me = PortalSession.requireUser().caller();
        setMaxWidth("56rem");
        H2 title = new H2(getTranslation("helpSettings.title"));
        title.setId("help-settings-title");
        add(title, new HelpSettingsForm(settings, me, caseload.organisationPeople(me, Role.CASEWORKER)),
                new H3(getTranslation("helpSettings.figures")), new Paragraph(getTranslation("helpSettings.figuresIntro")),
                figures(settings.figures(me)));
    }

    private Grid<MonthFigures> figures(List<MonthFigures> oldestFirst) {
        List<MonthFigures> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        Grid<MonthFigures> grid = new Grid<>();
        grid.setId("help-figures");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> HelpFormats.month(row.month())).setHeader(getTranslation("helpSettings.month"))
                .setAutoWidth(true);
        grid.addColumn(MonthFigures::requests).setHeader(getTranslation("helpSettings.requests"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(MonthFigures::acknowledged).setHeader(getTranslation("helpSettings.acknowledged"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> HelpFormats.minutes(row.medianMinutesToAcknowledge()))
                .setHeader(getTranslation("helpSettings.median")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> HelpFormats.minutes(row.p90MinutesToAcknowledge()))
                .setHeader(getTranslation("helpSettings.p90")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(MonthFigures::escalated).setHeader(getTranslation("helpSettings.escalated"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(newestFirst);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpSettings.title") + " · " + getTranslation("app.name");
    }
}
