package org.homeward.portal.caseload;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.dashboard.DashboardRow;
import org.homeward.dashboard.DashboardService;
import org.homeward.people.Caller;
import org.homeward.portal.help.HelpPanels;
import org.homeward.portal.invitations.InviteView;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.participant.ParticipantView;
import org.homeward.portal.security.PortalSession;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's dashboard: requests for help to answer first, then the caseload ordered by need
 * (escalated and open requests, concerns, missed appointments, overdue tasks, no contact, release
 * soon), each row a prompt for a conversation that opens the participant's page.
 */
@Prototype
@RolesAllowed("CASEWORKER")
@Route(value = "caseload", layout = MainLayout.class)
@NavigationItem(label = "nav.caseload", icon = VaadinIcon.USERS, order = 30)
public class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    private static final String BADGES = "<div class=\"need-badges\" style=\"display:flex;flex-wrap:wrap;"
            + "gap:var(--lumo-space-xs)\">${item.texts.map((text, i) => html`<span theme=\"${item.themes[i]}\">"
            + "${text}</span>`)}</div>";

    public CaseloadView(DashboardService dashboard, HelpPanels help) {
        Caller me = PortalSession.requireUser().caller();
        List<DashboardRow> rows = dashboard.dashboard(me);
        H2 title = new H2(getTranslation("caseload.title", "count", rows.size()));
        title.setId("caseload-title");
        Button invite = new Button(getTranslation("caseload.invite"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(InviteView.class)));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, invite);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);

        Grid<DashboardRow> grid = new Grid<>();
        grid.setId("caseload-grid");
        grid.addColumn(DashboardRow::displayName).setHeader(getTranslation("dashboard.name")).setFlexGrow(1)
                .setAutoWidth(true);
        Map<String, List<NeedBadges.Badge>> badges = new HashMap<>();
        rows.forEach(row -> badges.put(row.participantId(), NeedBadges.of(row, this)));
        grid.addColumn(LitRenderer.<DashboardRow>of(BADGES)
                        .withProperty("texts", row -> badges.get(row.participantId()).stream()
                                .map(NeedBadges.Badge::text).toList())
                        .withProperty("themes", row -> badges.get(row.participantId()).stream()
                                .map(badge -> ("badge " + badge.theme()).trim()).toList()))
                .setHeader(getTranslation("dashboard.needs")).setFlexGrow(3);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ParticipantView.class,
                click.getItem().participantId())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(help.requestsForMe(), header, new Paragraph(getTranslation("dashboard.intro")), grid);
        if (rows.isEmpty()) {
            add(EmptyState.of(getTranslation("caseload.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.caseload") + " · " + getTranslation("app.name");
    }
}
