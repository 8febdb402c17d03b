package org.homeward.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mentor's concern in a real browser: Maya logs a check-in with Ana and flags that Ana is about to
 * lose her home; Casey finds Ana at the top of her dashboard; Ana, who reads Romanian, sees that
 * Maya and Casey looked at her information.
 */
class CheckInJourneyBrowserTest extends DemoJourney {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    private static final String[] OTHER_PARTICIPANTS = {"Sam", "Omar", "Linh", "Lucia", "Tom"};

    final Messages messages = new Messages();

    @Test
    void mayaRaisesAConcernCaseySeesItFirstAndAnaSeesInRomanianWhoLooked() throws Exception {
        Page maya = signIn("maya");
        maya.locator(".mentee", new Page.LocatorOptions().setHasText("Ana")).click();
        maya.locator("#participant-name").waitFor();
        maya.locator("#check-in-form").getByText(english(Bundle.PORTAL, "checkIns.log")).click();
        maya.locator("#check-in-mood vaadin-radio-button").nth(1).click();
        maya.locator("#check-in-concern-kind").click();
        maya.locator("vaadin-select-item",
                new Page.LocatorOptions().setHasText(english(Bundle.TASKS, "concernKind.HOUSING_LOSS"))).click();
        maya.locator("#check-in-concern-details input").fill("The landlord wants the room back on Friday");
        maya.locator("#save-check-in").click();
        maya.getByText(english(Bundle.PORTAL, "checkIns.saved")).waitFor();
        screenshot(maya, "maya-check-in-concern.png");
        maya.close();

        Page casey = signIn("casey");
        casey.navigate(server.url("/caseload"));
        casey.locator("#caseload-grid").waitFor();
        screenshot(casey, "casey-dashboard-concern.png");
        Locator ana = casey.locator("#caseload-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(messages.format(Bundle.PORTAL, Locale.ENGLISH, "dashboard.concerns", Map.of("count", 1))));
        ana.first().waitFor();
        double concernRow = ana.first().boundingBox().y;
        for (String other : OTHER_PARTICIPANTS) {
            Locator cell = casey.locator("#caseload-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText(other));
            if (cell.count() > 0) {
                assertTrue(cell.first().boundingBox().y > concernRow, other + " comes after Ana's concern");
            }
        }
        screenshot(casey, "casey-dashboard-concern.png");
        casey.locator("#caseload-grid").getByText("Ana").first().click();
        casey.locator("#participant-concerns").getByText("The landlord wants the room back on Friday").waitFor();
        casey.close();

        Page anaPage = signIn("ana", 360, 780);
        anaPage.navigate(server.url("/who-looked"));
        Locator looks = anaPage.locator("#who-looked");
        looks.waitFor();
        assertTrue(lookBy(looks, "Maya").contains("(" + romanian("role.MENTOR") + ")"));
        assertTrue(lookBy(looks, "Casey").contains("(" + romanian("role.CASEWORKER") + ")"));
        assertTrue(anaPage.locator("h2").first().innerText().contains(romanian("whoLooked.title")));
        screenshot(anaPage, "ana-who-looked-ro.png");
        anaPage.close();
    }

    private static String lookBy(Locator looks, String name) {
        Locator card = looks.locator(".look-card", new Locator.LocatorOptions().setHasText(name)).first();
        card.waitFor();
        return card.innerText();
    }

    private String english(Bundle bundle, String key) {
        return messages.get(bundle, Locale.ENGLISH, key);
    }

    private String romanian(String key) {
        return messages.get(Bundle.PORTAL, ROMANIAN, key);
    }
}
