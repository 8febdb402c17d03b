package org.homeward.portal.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.MatchSummary;
import org.homeward.caseload.ParticipantOverview;
import org.homeward.caseload.PersonSummary;
import org.homeward.common.DomainException;
import org.homeward.people.Caller;
import org.homeward.people.Role;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.security.PortalSession;

/** Assigns caseworkers to one participant and matches or unmatches their mentors. */
public class TeamEditor extends VerticalLayout {

    private final CaseloadService caseload;
    private PersonSummary participant;

    public TeamEditor(CaseloadService caseload) {
        this.caseload = caseload;
        setId("team-editor");
        setPadding(false);
        setVisible(false);
    }

    public void show(PersonSummary selected) {
        this.participant = selected;
        removeAll();
        setVisible(selected != null);
        if (selected == null) {
            return;
        }
        Caller caller = PortalSession.requireUser().caller();
        ParticipantOverview overview = caseload.overview(caller, selected.id());
        add(new H3(getTranslation("team.title", "name", overview.displayName())));

        add(new Span(getTranslation("team.caseworkers")));
        overview.caseworkers().forEach(caseworker -> add(new Span("• " + caseworker.displayName())));
        ComboBox<PersonSummary> caseworkers = new ComboBox<>(getTranslation("team.addCaseworker"));
        caseworkers.setId("caseworker-choice");
        caseworkers.setItems(caseload.organisationPeople(caller, Role.CASEWORKER));
        caseworkers.setItemLabelGenerator(PersonSummary::displayName);
        Button assign = new Button(getTranslation("team.assign"), click -> run(caseworkers, () ->
                caseload.assignCaseworker(caller, selected.id(), caseworkers.getValue() == null ? null
                        : caseworkers.getValue().id())));
        assign.setId("assign-caseworker");
        add(row(caseworkers, assign));

        add(new Span(getTranslation("team.mentors")));
        for (MatchSummary match : overview.mentorMatches()) {
            Button end = new Button(getTranslation("team.endMatch"), click -> run(null, () ->
                    caseload.endMatch(caller, selected.id(), match.id(), null)));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(row(new Span(match.mentor().displayName()), end));
        }
        ComboBox<PersonSummary> mentors = new ComboBox<>(getTranslation("team.addMentor"));
        mentors.setId("mentor-choice");
        mentors.setItems(caseload.organisationPeople(caller, Role.MENTOR));
        mentors.setItemLabelGenerator(PersonSummary::displayName);
        Button match = new Button(getTranslation("team.match"), click -> run(mentors, () ->
                caseload.matchMentor(caller, selected.id(), mentors.getValue() == null ? null
                        : mentors.getValue().id(), null)));
        match.setId("match-mentor");
        add(row(mentors, match));
    }

    /** Applies a change and redraws; a refusal is shown beside the field it concerns. */
    private void run(ComboBox<PersonSummary> field, Runnable change) {
        try {
            change.run();
            show(participant);
        } catch (DomainException refused) {
            String text = refused.fieldProblems().isEmpty() ? ProblemText.of(this, refused)
                    : ProblemText.of(this, refused.fieldProblems().get(0));
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Notification.show(text);
            }
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
