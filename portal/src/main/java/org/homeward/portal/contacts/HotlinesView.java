package org.homeward.portal.contacts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.common.DomainException;
import org.homeward.common.PhoneNumbers;
import org.homeward.contacts.HotlineService;
import org.homeward.contacts.HotlineView;
import org.homeward.i18n.Languages;
import org.homeward.people.Caller;
import org.homeward.portal.i18n.ProblemText;
import org.homeward.portal.layout.EmptyState;
import org.homeward.portal.layout.MainLayout;
import org.homeward.portal.layout.NavigationItem;
import org.homeward.portal.security.PortalSession;

import java.util.List;

/**
 * For organisation admins: the hotlines everyone in the organisation's care sees among their crisis
 * contacts, in the order they see them: add, change, reorder, remove.
 */
@Prototype
@RolesAllowed("ORG_ADMIN")
@Route(value = "hotlines", layout = MainLayout.class)
@NavigationItem(label = "nav.hotlines", icon = VaadinIcon.PHONE, order = 45)
public class HotlinesView extends VerticalLayout implements HasDynamicTitle {

    private final HotlineService hotlines;
    private final Languages languages;
    private final Caller me;
    private final VerticalLayout list = new VerticalLayout();

    public HotlinesView(HotlineService hotlines, Languages languages) {
        this.hotlines = hotlines;
        this.languages = languages;
        this.me = PortalSession.requireUser().caller();
        setMaxWidth("48rem");
        list.setId("hotlines");
        list.setPadding(false);
        Button add = new Button(getTranslation("hotlines.add"), VaadinIcon.PLUS.create(),
                click -> new HotlineDialog(hotlines, languages, me, null, this::refresh).open());
        add.setId("add-hotline");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.getStyle().set("min-height", "44px");
        add(new H2(getTranslation("hotlines.title")), new Paragraph(getTranslation("hotlines.intro")), list, add);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<HotlineView> all = hotlines.hotlines(me);
        if (all.isEmpty()) {
            list.add(EmptyState.of(getTranslation("hotlines.none")));
        }
        for (HotlineView hotline : all) {
            list.add(card(hotline));
        }
    }

    private ContactCard card(HotlineView hotline) {
        ContactCard card = new ContactCard(hotline.name());
        card.addClassName("admin-hotline");
        card.lineOf(CallLink.number(hotline.phone()));
        if (hotline.textNumber() != null) {
            card.line(getTranslation("hotlines.textNumberShown", "number",
                    PhoneNumbers.forReading(hotline.textNumber())));
        }
        HotlineLines.describe(card, hotline);
        card.line(getTranslation("hotlines.positionShown", "position", hotline.position()));
        Button change = new Button(getTranslation("contacts.change"), VaadinIcon.EDIT.create(),
                click -> new HotlineDialog(hotlines, languages, me, hotline, this::refresh).open());
        change.addClassName("hotline-change");
        Button remove = new Button(getTranslation("hotlines.remove"), VaadinIcon.TRASH.create(),
                click -> confirmRemove(hotline));
        remove.addClassName("hotline-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.action(change).action(remove);
        return card;
    }

    private void confirmRemove(HotlineView hotline) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-remove-hotline");
        confirm.setHeader(getTranslation("hotlines.deleteTitle", "name", hotline.name()));
        confirm.setText(getTranslation("hotlines.deleteText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("contacts.keep"));
        confirm.setConfirmText(getTranslation("hotlines.deleteConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                hotlines.remove(me, hotline.id());
            } catch (DomainException refused) {
                Notification.show(ProblemText.of(this, refused));
            }
            refresh();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hotlines.title") + " · " + getTranslation("app.name");
    }
}
