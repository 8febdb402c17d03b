package org.homeward.portal.layout;

import com.vaadin.flow.component.icon.VaadinIcon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view in the side navigation. Who sees the entry follows the view's own access annotation,
 * so navigation never offers a page the person may not open. The lowest {@code order} a role may
 * open is that role's home page.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavigationItem {

    /** The i18n key of the entry's label in the {@code portal} bundle. */
    String label();

    VaadinIcon icon();

    int order() default 100;
}
