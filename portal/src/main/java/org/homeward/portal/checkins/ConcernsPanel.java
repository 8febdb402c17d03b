package org.homeward.portal.checkins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.homeward.checkins.ConcernService;
import org.homeward.checkins.ConcernView;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.portal.day.DayFormats;
import org.homeward.portal.i18n.FieldErrors;
import org.homeward.portal.layout.EmptyState;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A participant's open concerns, for their caseworker, each with "record a response" (which closes it). */
public class ConcernsPanel extends VerticalLayout {

    public ConcernsPanel(ConcernService concerns, Caller caseworker, List<ConcernView> open, ZoneId zone,
                         Runnable onAnswered) {
        setPadding(false);
        setId("participant-concerns");
        add(new H3(getTranslation("concerns.title")));
        if (open.isEmpty()) {
            add(EmptyState.of(getTranslation("concerns.none")));
        }
        for (ConcernView concern : open) {
            Div card = new Div();
            card.addClassName("concern-card");
            card.getStyle().set("border-inline-start", "4px solid var(--lumo-error-color)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            card.add(new H4(getTranslation("concernKind." + concern.kind().name())));
            if (concern.details() != null) {
                card.add(new Paragraph(concern.details()));
            }
            card.add(new Paragraph(getTranslation("concerns.raisedBy", "name", concern.raisedByName(), "when",
                    DayFormats.dateTime(LocalDateTime.ofInstant(concern.raisedAt(), zone)))));
            TextArea response = new TextArea(getTranslation("concerns.response"));
            response.addClassName("concern-response");
            response.setWidthFull();
            Button respond = new Button(getTranslation("concerns.respond"), click -> {
                FieldErrors.clear(Map.of("response", response));
                try {
                    concerns.respond(caseworker, concern.id(), response.getValue());
                    Notification.show(getTranslation("concerns.responded"));
                    onAnswered.run();
                } catch (DomainException refused) {
                    FieldErrors.show(this, Map.of("response", response), refused);
                }
            });
            respond.addClassName("concern-respond");
            respond.getStyle().set("min-height", "44px");
            card.add(response, respond);
            add(card);
        }
    }
}
