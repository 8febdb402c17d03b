package org.homeward.portal.checkins;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.checkins.CheckInView;
import org.homeward.portal.day.DayFormats;
import org.homeward.portal.layout.EmptyState;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Check-ins over time, newest first, as the service let the reader see them: the face and its
 * words, when, how and how long, the domains, "in control", and the note where it may be read.
 */
public class CheckInList extends VerticalLayout {

    public CheckInList(List<CheckInView> checkIns, ZoneId zone) {
        setPadding(false);
        setId("check-in-list");
        if (checkIns.isEmpty()) {
            add(EmptyState.of(getTranslation("checkIns.none")));
        }
        checkIns.forEach(checkIn -> add(card(checkIn, zone)));
    }

    private Div card(CheckInView checkIn, ZoneId zone) {
        Div card = new Div();
        card.addClassName("check-in-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("inline-size", "100%")
                .set("box-sizing", "border-box");
        List<String> facts = new ArrayList<>();
        facts.add(DayFormats.dateTime(LocalDateTime.ofInstant(checkIn.occurredAt(), zone)));
        facts.add(checkIn.selfCheckIn() ? getTranslation("checkIns.self")
                : getTranslation("checkIns.by", "name", checkIn.authorName()));
        if (checkIn.mode() != null) {
            facts.add(getTranslation("meetingMode." + checkIn.mode().name()));
        }
        if (checkIn.durationMinutes() != null) {
            facts.add(getTranslation("checkIns.minutes", "minutes", checkIn.durationMinutes()));
        }
        HorizontalLayout head = new HorizontalLayout(MoodFaces.faceWithWords(checkIn.mood()),
                new Span(String.join(" · ", facts)));
        head.setWrap(true);
        card.add(head);
        if (!checkIn.domains().isEmpty()) {
            card.add(new Paragraph(getTranslation("checkIns.domains") + ": " + checkIn.domains().stream()
                    .map(d -> getTranslation("domain." + d.name())).collect(Collectors.joining(", "))));
        }
        if (checkIn.inControl() != null) {
            card.add(new Paragraph(getTranslation("checkIns.inControl") + " "
                    + getTranslation("inControl." + checkIn.inControl().name())));
        }
        if (checkIn.note() != null) {
            Paragraph note = new Paragraph(checkIn.note());
            note.addClassName("check-in-note");
            note.getStyle().set("white-space", "pre-wrap");
            card.add(note);
        } else if (checkIn.noteShared()) {
            Paragraph hidden = new Paragraph(getTranslation("checkIns.noteNotShared"));
            hidden.addClassName("check-in-note-hidden");
            hidden.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(hidden);
        }
        return card;
    }
}
