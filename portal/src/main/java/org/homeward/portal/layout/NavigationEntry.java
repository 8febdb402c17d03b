package org.homeward.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.people.Role;
import org.homeward.portal.caseload.CaseloadView;
import org.homeward.portal.home.MentorHomeView;
import org.homeward.portal.home.ParticipantHomeView;
import org.homeward.portal.invitations.InviteView;
import org.homeward.portal.organisation.OrganisationView;

import java.util.List;

/** One item of the side navigation; each role sees only the views it may open. */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon) {

    public static List<NavigationEntry> forRole(Role role) {
        return switch (role) {
            case PARTICIPANT -> List.of(new NavigationEntry("nav.me", ParticipantHomeView.class, VaadinIcon.HOME));
            case MENTOR -> List.of(new NavigationEntry("nav.mentees", MentorHomeView.class, VaadinIcon.USERS));
            case CASEWORKER -> List.of(
                    new NavigationEntry("nav.caseload", CaseloadView.class, VaadinIcon.USERS),
                    new NavigationEntry("nav.invite", InviteView.class, VaadinIcon.PLUS));
            case ORG_ADMIN -> List.of(
                    new NavigationEntry("nav.organisation", OrganisationView.class, VaadinIcon.BUILDING),
                    new NavigationEntry("nav.invite", InviteView.class, VaadinIcon.PLUS));
        };
    }

    /** Where a person lands after signing in. */
    public static Class<? extends Component> homeOf(Role role) {
        return forRole(role).get(0).view();
    }
}
