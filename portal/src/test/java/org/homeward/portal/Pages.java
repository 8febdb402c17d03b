package org.homeward.portal;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.homeward.people.Caller;
import org.homeward.people.UserAccount;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Karibu view tests ask of the page in front of them. */
public final class Pages {

    private Pages() {
    }

    /** Everything on the page as text, for "the page says ..." checks. */
    public static String pageText() {
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
    }

    public static void assertCurrentView(Class<? extends Component> view) {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertTrue(!chain.isEmpty() && view.isInstance(chain.get(0)),
                "expected " + view.getSimpleName() + " but was " + chain);
    }

    public static Caller caller(UserAccount user) {
        return new Caller(user.id(), user.organisationId(), user.role());
    }
}
