package org.homeward.portal.contacts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.common.DomainException;
import org.homeward.contacts.TrustedContactService;
import org.homeward.contacts.TrustedContactView;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.List;

/**
 * The participant's trusted people: add, change, delete, and mark someone as not safe. A person
 * marked not safe stays here, marked, for the participant alone; Homeward never suggests them,
 * never shows them to anyone else, never contacts them. One column, phone first.
 */
@Prototype
@RolesAllowed("PARTICIPANT")
@Route(value = "my-contacts", layout = MainLayout.class)
@NavigationItem(label = "nav.myContacts", icon = VaadinIcon.PHONE, order = 8)
public class MyContactsView extends VerticalLayout implements HasDynamicTitle {

    private final TrustedContactService contacts;
    private final Caller me;
    private final VerticalLayout list = new VerticalLayout();

    public MyContactsView(TrustedContactService contacts) {
        this.contacts = contacts;
        this.me = PortalSession.requireUser().caller();
        setMaxWidth("40rem");
        list.setId("my-contacts");
        list.setPadding(false);
        Button add = new Button(getTranslation("myContacts.add"), VaadinIcon.PLUS.create(),
                click -> new TrustedContactDialog(contacts, me, null, this::refresh).open());
        add.setId("add-contact");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.getStyle().set("min-height", "48px");
        add(new H2(getTranslation("myContacts.title")), new Paragraph(getTranslation("myContacts.intro")),
                unsafeExplained(), list, add);
        refresh();
    }

    private Div unsafeExplained() {
        Div box = new Div(new H3(getTranslation("myContacts.unsafeTitle")),
                new Paragraph(getTranslation("myContacts.unsafeText")));
        box.setId("unsafe-explained");
        box.getStyle().set("padding", "0 var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("box-sizing", "border-box")
                .set("max-width", "100%");
        box.getChildren().findFirst().ifPresent(title -> title.getElement().getStyle()
                .set("font-size", "var(--lumo-font-size-l)"));
        return box;
    }

    private void refresh() {
        list.removeAll();
        List<TrustedContactView> mine = contacts.mine(me);
        if (mine.isEmpty()) {
            list.add(EmptyState.of(getTranslation("myContacts.none")));
        }
        for (TrustedContactView contact : mine) {
            list.add(new TrustedContactCard(contact, new TrustedContactCard.Actions() {
                @Override
                public void change() {
                    new TrustedContactDialog(contacts, me, contact, MyContactsView.this::refresh).open();
                }

                @Override
                public void markUnsafe(boolean unsafe) {
                    attempt(() -> contacts.mark(me, contact.id(), unsafe));
                }

                @Override
                public void delete() {
                    attempt(() -> contacts.remove(me, contact.id()));
                }
            }));
        }
    }

    /** Does it and shows the list as it is now; a contact removed meanwhile is simply gone. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            Notification.show(ProblemText.of(this, refused));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myContacts.title") + " · " + getTranslation("app.name");
    }
}
