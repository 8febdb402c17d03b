package org.homeward.portal.help;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.help.HelpStatus;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * "Requests for help" at the top of a caseworker's caseload: the open and acknowledged requests
 * that reached them (their own people's, and others' escalated to them as backup or on call),
 * oldest first, and those resolved in the last week, to reopen if need be. The list reads itself
 * again every minute while it is on screen, so a new request shows up without a reload.
 */
public class HelpRequestsPanel extends VerticalLayout {

    static final Duration RECENT = Duration.ofDays(7);
    static final int POLL_MILLIS = 60_000;

    private final HelpRequestService help;
    private final Caller me;
    private final ZoneId zone;
    private final Clock clock;
    private final Span waitingBadge = new Span();
    private final VerticalLayout items = new VerticalLayout();
    private final VerticalLayout resolved = new VerticalLayout();
    private final Details recentlyResolved;
    private Registration polling;

    HelpRequestsPanel(HelpRequestService help, Caller me, ZoneId zone, Clock clock) {
        this.help = help;
        this.me = me;
        this.zone = zone;
        this.clock = clock;
        setId("help-requests-panel");
        setPadding(false);
        Icon icon = VaadinIcon.LIFEBUOY.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        H3 title = new H3(getTranslation("helpPanel.title"));
        title.getStyle().set("margin", "0");
        waitingBadge.setId("help-waiting-count");
        waitingBadge.getElement().getThemeList().add("badge error primary");
        HorizontalLayout header = new HorizontalLayout(icon, title, waitingBadge);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        items.setPadding(false);
        resolved.setPadding(false);
        recentlyResolved = new Details(getTranslation("helpPanel.recentlyResolved"), resolved);
        recentlyResolved.setId("help-recently-resolved");
        add(header, items, recentlyResolved);
        refresh();
    }

    public void refresh() {
        items.removeAll();
        resolved.removeAll();
        List<HelpRequestView> active = help.forResponder(me, List.of(HelpStatus.OPEN, HelpStatus.ACKNOWLEDGED));
        long waiting = active.stream().filter(request -> request.status() == HelpStatus.OPEN).count();
        waitingBadge.setText(getTranslation("helpPanel.waiting", "count", waiting));
        waitingBadge.setVisible(waiting > 0);
        if (active.isEmpty()) {
            items.add(EmptyState.of(getTranslation("helpPanel.none")));
        }
        active.forEach(request -> items.add(card(request)));

        Instant since = clock.instant().minus(RECENT);
        List<HelpRequestView> recent = help.forResponder(me, List.of(HelpStatus.RESOLVED)).stream()
                .filter(request -> request.resolvedAt() != null && request.resolvedAt().isAfter(since))
                .sorted(Comparator.comparing(HelpRequestView::resolvedAt).reversed())
                .toList();
        recent.forEach(request -> resolved.add(card(request)));
        recentlyResolved.setVisible(!recent.isEmpty());
    }

    private ResponderRequestCard card(HelpRequestView request) {
        return new ResponderRequestCard(help, me, request, zone, clock, true, this::refresh);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }
}
