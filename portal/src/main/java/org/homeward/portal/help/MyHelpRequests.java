package org.homeward.portal.help;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.help.HelpRequestService;
import org.homeward.help.HelpRequestView;
import org.homeward.people.Caller;
import org.homeward.portal.layout.EmptyState;

import java.time.ZoneId;
import java.util.List;

/** The participant's own requests, newest first, each with where it stands. */
public class MyHelpRequests extends VerticalLayout {

    private final HelpRequestService help;
    private final Caller me;
    private final ZoneId zone;
    private final VerticalLayout items = new VerticalLayout();

    MyHelpRequests(HelpRequestService help, Caller me, ZoneId zone) {
        this.help = help;
        this.me = me;
        this.zone = zone;
        setId("my-help-requests");
        setPadding(false);
        items.setPadding(false);
        add(new H3(getTranslation("help.mine")), items);
        refresh();
    }

    public void refresh() {
        items.removeAll();
        List<HelpRequestView> newestFirst = help.mine(me);
        if (newestFirst.isEmpty()) {
            items.add(EmptyState.of(getTranslation("help.none")));
        }
        newestFirst.forEach(request -> items.add(new HelpRequestCard(help, me, request, zone, this::refresh)));
    }
}
