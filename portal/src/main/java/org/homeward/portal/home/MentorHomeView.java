package org.homeward.portal.home;

import org.homeward.portal.layout.EmptyState;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.caseload.CaseloadService;
import org.homeward.caseload.PersonSummary;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.participant.ParticipantView;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.List;

/** A mentor's home: the people they are matched with now. */
@Prototype
@RolesAllowed("MENTOR")
@Route(value = "mentees", layout = MainLayout.class)
@NavigationItem(label = "nav.mentees", icon = VaadinIcon.USERS, order = 20)
public class MentorHomeView extends VerticalLayout implements HasDynamicTitle {

    public MentorHomeView(CaseloadService caseload) {
        List<PersonSummary> mentees = caseload.caseload(PortalSession.requireUser().caller());
        setMaxWidth("40rem");
        add(new H2(getTranslation("mentorHome.title", "count", mentees.size())));
        if (mentees.isEmpty()) {
            add(EmptyState.of(getTranslation("mentorHome.none")));
        }
        for (PersonSummary mentee : mentees) {
            PersonCard card = new PersonCard(mentee.displayName(), getTranslation("relation.mentee"));
            card.addClassName("mentee");
            card.getStyle().set("cursor", "pointer");
            card.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ParticipantView.class, mentee.id())));
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mentees") + " · " + getTranslation("app.name");
    }
}
