package org.homeward.portal.checkins;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.homeward.checkins.CheckInService;
import org.homeward.checkins.ConcernKind;
import org.homeward.checkins.InControl;
import org.homeward.checkins.MeetingMode;
import org.homeward.common.DomainException;
import org.homeward.common.LifeDomain;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.FieldErrors;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a mentor logs after talking with a participant: when and how, the mood as the participant
 * tells it (five faces), what they talked about, whether the person feels in control today, a note
 * (shared with the caseworker only if the mentor ticks it), and optionally a concern and the next
 * meeting. The service's refusals appear beside the fields they name.
 */
public class CheckInForm extends Details {

    private final Binder<CheckInDraft> binder = new Binder<>(CheckInDraft.class);
    private final DateTimePicker when = new DateTimePicker();
    private final Select<MeetingMode> mode = new Select<>();
    private final IntegerField duration = new IntegerField();
    private final RadioButtonGroup<Integer> mood;
    private final MultiSelectComboBox<LifeDomain> domains = new MultiSelectComboBox<>();
    private final RadioButtonGroup<InControl> inControl = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final Checkbox shareNote = new Checkbox();
    private final Select<ConcernKind> concernKind = new Select<>();
    private final TextField concernDetails = new TextField();
    private final DateTimePicker nextStart = new DateTimePicker();
    private final Select<MeetingMode> nextMode = new Select<>();
    private final TextField nextPlace = new TextField();

    public CheckInForm(CheckInService checkIns, Caller mentor, String participantId, ZoneId participantZone,
                       Supplier<LocalDateTime> wallClock, Runnable onSaved) {
        setSummaryText(getTranslation("checkIns.log"));
        setId("check-in-form");
        mood = MoodFaces.picker(getTranslation("checkIns.mood"));
        mood.setId("check-in-mood");
        when.setLabel(getTranslation("checkIns.when"));
        when.setId("check-in-when");
        mode.setLabel(getTranslation("checkIns.mode"));
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("meetingMode." + m.name()));
        mode.setId("check-in-mode");
        duration.setLabel(getTranslation("checkIns.duration"));
        duration.setMin(1);
        duration.setMax(600);
        duration.setId("check-in-duration");
        domains.setLabel(getTranslation("checkIns.domains"));
        domains.setItems(LifeDomain.values());
        domains.setItemLabelGenerator(d -> getTranslation("domain." + d.name()));
        domains.setId("check-in-domains");
        inControl.setLabel(getTranslation("checkIns.inControl"));
        inControl.setItems(InControl.values());
        inControl.setItemLabelGenerator(c -> getTranslation("inControl." + c.name()));
        inControl.setId("check-in-in-control");
        note.setLabel(getTranslation("checkIns.note"));
        note.setId("check-in-note");
        shareNote.setLabel(getTranslation("checkIns.shareNote"));
        shareNote.setId("check-in-share-note");
        concernKind.setLabel(getTranslation("checkIns.concern"));
        concernKind.setItems(ConcernKind.values());
        concernKind.setEmptySelectionAllowed(true);
        concernKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("concernKind." + k.name()));
        concernKind.setId("check-in-concern-kind");
        concernDetails.setLabel(getTranslation("checkIns.concernDetails"));
        concernDetails.setId("check-in-concern-details");
        nextStart.setLabel(getTranslation("checkIns.nextMeeting"));
        nextStart.setId("check-in-next-start");
        nextMode.setLabel(getTranslation("checkIns.nextMode"));
        nextMode.setItems(MeetingMode.values());
        nextMode.setItemLabelGenerator(m -> getTranslation("meetingMode." + m.name()));
        nextMode.setId("check-in-next-mode");
        nextPlace.setLabel(getTranslation("checkIns.place"));
        nextPlace.setId("check-in-next-place");

        binder.forField(when).bind(CheckInDraft::getOccurredAt, CheckInDraft::setOccurredAt);
        binder.forField(mode).bind(CheckInDraft::getMode, CheckInDraft::setMode);
        binder.forField(duration).bind(CheckInDraft::getDurationMinutes, CheckInDraft::setDurationMinutes);
        binder.forField(mood).bind(CheckInDraft::getMood, CheckInDraft::setMood);
        binder.forField(domains).bind(CheckInDraft::getDomains, CheckInDraft::setDomains);
        binder.forField(inControl).bind(CheckInDraft::getInControl, CheckInDraft::setInControl);
        binder.forField(note).bind(CheckInDraft::getNote, CheckInDraft::setNote);
        binder.forField(shareNote).bind(CheckInDraft::isShareNote, CheckInDraft::setShareNote);
        binder.forField(concernKind).bind(CheckInDraft::getConcernKind, CheckInDraft::setConcernKind);
        binder.forField(concernDetails).bind(CheckInDraft::getConcernDetails, CheckInDraft::setConcernDetails);
        binder.forField(nextStart).bind(CheckInDraft::getNextStart, CheckInDraft::setNextStart);
        binder.forField(nextMode).bind(CheckInDraft::getNextMode, CheckInDraft::setNextMode);
        binder.forField(nextPlace).bind(CheckInDraft::getNextPlace, CheckInDraft::setNextPlace);
        binder.setBean(CheckInDraft.now(wallClock.get()));

        FormLayout talk = new FormLayout(when, mode, duration, mood, domains, inControl, note, shareNote);
        FormLayout concern = new FormLayout(concernKind, concernDetails);
        FormLayout next = new FormLayout(nextStart, nextMode, nextPlace);
        for (FormLayout layout : new FormLayout[] {talk, concern, next}) {
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        }
        talk.setColspan(mood, 2);
        talk.setColspan(note, 2);
        Button save = new Button(getTranslation("checkIns.save"), click -> {
            FieldErrors.clear(byServiceName());
            try {
                checkIns.log(mentor, participantId, binder.getBean().toCommand(participantZone));
                binder.setBean(CheckInDraft.now(wallClock.get()));
                Notification.show(getTranslation("checkIns.saved"));
                onSaved.run();
            } catch (DomainException refused) {
                FieldErrors.show(this, byServiceName(), refused);
            }
        });
        save.setId("save-check-in");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getStyle().set("min-height", "44px");
        add(talk, new H4(getTranslation("checkIns.concern")), concern, new H4(getTranslation("checkIns.nextMeeting")),
                next, save);
    }

    /** Each field under the name the service gives it in a refusal. */
    Map<String, HasValidation> byServiceName() {
        return Map.ofEntries(Map.entry("occurredAt", when), Map.entry("mode", mode),
                Map.entry("durationMinutes", duration), Map.entry("mood", mood), Map.entry("domains", domains),
                Map.entry("inControl", inControl), Map.entry("note", note), Map.entry("concern.kind", concernKind),
                Map.entry("concern.details", concernDetails), Map.entry("nextMeeting.startsAt", nextStart),
                Map.entry("nextMeeting.mode", nextMode), Map.entry("nextMeeting.durationMinutes", nextStart),
                Map.entry("nextMeeting.place", nextPlace));
    }
}
