package org.homeward.portal.contacts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.homeward.common.PhoneNumbers;

/**
 * A large tap target that opens the phone's dialler ({@code tel:}) or its messages ({@code sms:})
 * with the number filled in. The number reads left to right, in right-to-left pages too.
 */
final class CallLink {

    private CallLink() {
    }

    /** "Call": the number itself, with a phone icon; read out as "Call Ana: +44 ...". */
    static Anchor call(String e164, String ariaLabel) {
        Anchor link = link("tel:" + e164, VaadinIcon.PHONE, number(e164), true);
        link.addClassName("call-link");
        link.getElement().setAttribute("aria-label", ariaLabel);
        return link;
    }

    /** "Send a text" to the number. */
    static Anchor text(String e164, String label, String ariaLabel) {
        Anchor link = link("sms:" + e164, VaadinIcon.COMMENT_O, new Span(label), false);
        link.addClassName("text-link");
        link.getElement().setAttribute("aria-label", ariaLabel);
        return link;
    }

    /** The number grouped for reading, kept left to right beside right-to-left text. */
    static Span number(String e164) {
        Span number = new Span(PhoneNumbers.forReading(e164));
        number.getElement().setAttribute("dir", "ltr");
        number.addClassName("phone-number");
        return number;
    }

    private static Anchor link(String href, VaadinIcon icon, Span content, boolean primary) {
        Anchor link = new Anchor();
        link.setHref(href);
        link.add(icon.create(), content);
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("min-height", "48px").set("min-width", "48px").set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("text-decoration", "none")
                .set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("background", primary ? "var(--lumo-primary-color)" : "var(--lumo-contrast-5pct)")
                .set("color", primary ? "var(--lumo-primary-contrast-color)" : "var(--lumo-primary-text-color)");
        return link;
    }
}
