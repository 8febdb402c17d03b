package org.homeward.portal.day;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.homeward.appointments.AppointmentStatus;
import org.homeward.appointments.AppointmentView;
import org.homeward.appointments.ParticipantResponse;
import org.homeward.common.DomainException;
import org.homeward.portal.i18n.ProblemText;

import java.util.function.BiConsumer;

/**
 * One appointment with what the person needs to get there: time in their zone, place, directions,
 * phone, interpreter, who comes along, what to bring; where it was moved to or from; and the
 * participant's answer on their own card, if they may give one.
 */
public class AppointmentCard extends VerticalLayout {

    public AppointmentCard(AppointmentView appointment, BiConsumer<ParticipantResponse, String> onAnswer) {
        this(appointment, AppointmentLinks.NONE, onAnswer);
    }

    /**
     * @param links    where this appointment was moved to or from, among the others on the page
     * @param onAnswer the participant's answer, on their own card; null where the reader may not answer
     *                 (others see the participant's answer through their own component)
     */
    public AppointmentCard(AppointmentView appointment, AppointmentLinks links,
                           BiConsumer<ParticipantResponse, String> onAnswer) {
        addClassName("appointment-card");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-sizing", "border-box").set("max-width", "40rem");
        Span when = new Span(DayFormats.dateTime(appointment.localStart()));
        when.addClassName("appointment-time");
        when.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout header = new HorizontalLayout(VaadinIcon.CALENDAR.create(), when);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(header);
        if (appointment.category() != null) {
            add(new Span(getTranslation("appointmentCategory." + appointment.category().name())));
        }
        if (appointment.conditionOfRelease()) {
            Span condition = new Span(getTranslation("appointment.condition"));
            condition.getElement().getThemeList().add("badge contrast");
            add(condition);
        }
        line("appointment.place", joined(appointment.placeName(), appointment.address()));
        line("appointment.directions", appointment.directions());
        line("appointment.phone", appointment.contactPhone());
        if (appointment.interpreterLanguage() != null) {
            add(new Span(getTranslation("appointment.interpreter", "language",
                    DayFormats.languageName(appointment.interpreterLanguage()))));
        }
        line("appointment.accompaniedBy", appointment.accompaniedBy());
        line("appointment.bring", appointment.whatToBring());
        if (appointment.rescheduledTo() != null) {
            add(badge(getTranslation("appointment.moved")));
            links.movedTo(appointment).ifPresent(next -> add(linkLine("appointment.movedTo", next,
                    "appointment-moved-to")));
        } else if (appointment.status() != AppointmentStatus.BOOKED) {
            add(badge(getTranslation("appointmentStatus." + appointment.status().name())));
        }
        links.movedFrom(appointment).ifPresent(previous -> add(linkLine("appointment.movedFrom", previous,
                "appointment-moved-from")));
        if (onAnswer != null && appointment.status() == AppointmentStatus.BOOKED && appointment.response() != null) {
            add(new Span(getTranslation("appointmentResponse." + appointment.response().name())));
            line("appointment.answerReason", appointment.responseReason());
        }
        if (onAnswer != null && appointment.status() == AppointmentStatus.BOOKED) {
            add(answers(onAnswer));
        }
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    private Span linkLine(String key, AppointmentView other, String className) {
        Span line = new Span(getTranslation(key, "when", DayFormats.dateTime(other.localStart())));
        line.addClassName(className);
        return line;
    }

    private void line(String key, String value) {
        if (value != null && !value.isBlank()) {
            add(new Span(getTranslation(key, "value", value)));
        }
    }

    private HorizontalLayout answers(BiConsumer<ParticipantResponse, String> onAnswer) {
        Button yes = new Button(getTranslation("appointment.willAttend"),
                click -> onAnswer.accept(ParticipantResponse.WILL_ATTEND, null));
        yes.addClassName("will-attend");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField(getTranslation("appointment.changeReason"));
        reason.setVisible(false);
        Button change = new Button(getTranslation("appointment.needsChange"));
        change.addClickListener(click -> {
            if (!reason.isVisible()) {
                reason.setVisible(true);
                reason.focus();
                return;
            }
            try {
                onAnswer.accept(ParticipantResponse.NEEDS_CHANGE, reason.getValue());
            } catch (DomainException refused) {
                reason.setErrorMessage(refused.fieldProblems().isEmpty() ? ProblemText.of(this, refused)
                        : ProblemText.of(this, refused.fieldProblems().get(0)));
                reason.setInvalid(true);
            }
        });
        for (Button button : new Button[] {yes, change}) {
            button.getStyle().set("min-height", "44px");
        }
        HorizontalLayout row = new HorizontalLayout(yes, change, reason);
        row.setWrap(true);
        return row;
    }

    private static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }
}
