package org.homeward.portal.day;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.homeward.calendar.CalendarLinkService;
import org.homeward.calendar.NewCalendarLink;
import org.homeward.people.Caller;

/**
 * Lets a participant make a private calendar link for their phone's calendar, or stop it. The link
 * is shown once; titles stay neutral unless they ask for detail.
 */
public class CalendarLinkPanel extends Details {

    public CalendarLinkPanel(CalendarLinkService links, Caller me) {
        setSummaryText(getTranslation("calendarLink.title"));
        setId("calendar-link");
        Paragraph intro = new Paragraph(getTranslation("calendarLink.intro"));
        Checkbox detailed = new Checkbox(getTranslation("calendarLink.detailed"));
        TextField url = new TextField(getTranslation("calendarLink.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        url.setId("calendar-url");
        Button make = new Button(getTranslation("calendarLink.make"), click -> {
            NewCalendarLink link = links.create(me, detailed.getValue());
            url.setValue(absolute(link.path()));
            url.setVisible(true);
        });
        make.getStyle().set("min-height", "44px");
        Button stop = new Button(getTranslation("calendarLink.stop"), click -> {
            links.revoke(me);
            url.clear();
            url.setVisible(false);
        });
        stop.getStyle().set("min-height", "44px");
        add(intro, detailed, make, url, stop);
    }

    private static String absolute(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getHeader("Host") == null) {
            return path;
        }
        String scheme = request.isSecure() ? "https" : "http";
        return scheme + "://" + request.getHeader("Host") + path;
    }
}
