package org.homeward.portal.help;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.homeward.help.HelpEventKind;
import org.homeward.help.HelpRequestView;

import java.time.ZoneId;
import java.util.List;

/**
 * What happened to a request, oldest first: when, what, and any words written with it. The
 * participant's copy comes without staff notes and escalations (the service leaves them out).
 */
class HelpHistory extends OrderedList {

    HelpHistory(List<HelpRequestView.Entry> entries, ZoneId zone) {
        addClassName("help-history");
        getStyle().set("margin", "0").set("padding-inline-start", "var(--lumo-space-l)");
        for (HelpRequestView.Entry entry : entries) {
            Span when = new Span(HelpFormats.when(entry.at(), zone));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("display", "block");
            Span what = new Span(describe(entry));
            what.addClassName("help-history-what");
            ListItem item = new ListItem(when, what);
            item.addClassName("help-history-entry");
            item.getElement().setAttribute("data-kind", entry.kind().name());
            if (entry.text() != null && !entry.text().isBlank()) {
                Div words = new Div(new Span(entry.text()));
                words.addClassName("help-history-text");
                words.getElement().setAttribute("dir", "auto");
                words.getStyle().set("white-space", "pre-line").set("padding-inline-start", "var(--lumo-space-s)")
                        .set("border-inline-start", "3px solid var(--lumo-contrast-20pct)");
                item.add(words);
            }
            item.getStyle().set("margin-block-end", "var(--lumo-space-s)");
            add(item);
        }
    }

    private String describe(HelpRequestView.Entry entry) {
        String name = entry.byName() == null ? "" : entry.byName();
        if (entry.kind() == HelpEventKind.ESCALATED) {
            return getTranslation(entry.level() != null && entry.level() >= 2 ? "helpEvent.ESCALATED.2"
                    : "helpEvent.ESCALATED.1");
        }
        if (entry.kind() == HelpEventKind.RESOLVED) {
            return getTranslation("helpEvent.RESOLVED", "name", name, "outcome",
                    entry.outcome() == null ? "" : getTranslation("helpOutcome." + entry.outcome().name()));
        }
        return getTranslation("helpEvent." + entry.kind().name(), "name", name);
    }
}
