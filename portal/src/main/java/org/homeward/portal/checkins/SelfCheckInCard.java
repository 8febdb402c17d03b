package org.homeward.portal.checkins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.homeward.checkins.CheckInService;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.util.Map;

/** The participant's own check-in on their home page: how they are (five faces) and a short note if they want. */
public class SelfCheckInCard extends VerticalLayout {

    public SelfCheckInCard(CheckInService checkIns, Caller participant) {
        setPadding(false);
        setId("self-check-in");
        RadioButtonGroup<Integer> mood = MoodFaces.picker(getTranslation("selfCheckIn.title"));
        mood.setId("self-check-in-mood");
        TextArea note = new TextArea(getTranslation("selfCheckIn.note"));
        note.setId("self-check-in-note");
        note.setWidthFull();
        Paragraph saved = new Paragraph(getTranslation("selfCheckIn.saved"));
        saved.setId("self-check-in-saved");
        saved.setVisible(false);
        Button save = new Button(getTranslation("selfCheckIn.save"), click -> {
            FieldErrors.clear(Map.of("mood", mood, "note", note));
            try {
                checkIns.selfCheckIn(participant, mood.getValue(), note.getValue());
                mood.clear();
                note.clear();
                saved.setVisible(true);
            } catch (DomainException refused) {
                saved.setVisible(false);
                FieldErrors.show(this, Map.of("mood", mood, "note", note), refused);
            }
        });
        save.setId("self-check-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        add(new H3(getTranslation("selfCheckIn.title")), mood, note, save, saved);
    }
}
