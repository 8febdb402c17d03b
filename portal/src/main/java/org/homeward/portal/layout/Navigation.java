package org.homeward.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.homeward.people.Role;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The side navigation for a role, read from the views' own annotations. */
public final class Navigation {

    private Navigation() {
    }

    public record Entry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {
    }

    public static List<Entry> forRole(Role role) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(NavigationItem.class) && mayOpen(view, role))
                .distinct()
                .map(view -> {
                    NavigationItem item = view.getAnnotation(NavigationItem.class);
                    return new Entry(item.label(), view, item.icon(), item.order());
                })
                .sorted(Comparator.comparingInt(Entry::order))
                .toList();
    }

    private static boolean mayOpen(Class<?> view, Role role) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role.name());
    }
}
