package org.homeward.portal;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help button in a real browser: Omar, who reads Arabic, presses "I need help" on a phone-sized
 * screen; Casey finds it highlighted at the top of her caseload and acknowledges it; Omar sees, in
 * Arabic, that Casey saw it.
 */
class HelpJourneyBrowserTest extends DemoJourney {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    final Messages messages = new Messages();

    @Test
    void omarAsksForHelpInArabicCaseyAcknowledgesItAndOmarSeesWhoSawIt() throws Exception {
        Page omar = signIn("omar", 360, 780);
        omar.navigate(server.url("/help"));
        omar.locator("#help-now").click();
        Locator sent = omar.locator("#help-sent");
        sent.waitFor();
        assertEquals(messages.get(Bundle.PORTAL, ARABIC, "help.sent"), sent.innerText().trim());
        Locator status = omar.locator(".help-request .help-status").first();
        assertEquals(messages.get(Bundle.TASKS, ARABIC, "helpStatus.OPEN"), status.innerText().trim());
        assertEquals("rtl", omar.locator("html").getAttribute("dir"));
        screenshot(omar, "omar-help-sent-ar.png");

        Page casey = signIn("casey", 1000, 900);
        Locator waiting = casey.locator(".help-request-card.help-open", new Page.LocatorOptions().setHasText("Omar"));
        waiting.waitFor();
        assertTrue(casey.locator("#help-requests-panel").boundingBox().y
                < casey.locator("#caseload-grid").boundingBox().y, "the requests come before the caseload");
        screenshot(casey, "casey-help-waiting.png");
        waiting.locator(".help-acknowledge").click();
        casey.locator(".help-request-card[data-status=ACKNOWLEDGED]", new Page.LocatorOptions().setHasText("Omar"))
                .waitFor();
        casey.close();

        omar.reload();
        String pattern = messages.get(Bundle.TASKS, ARABIC, "helpStatus.ACKNOWLEDGED");
        String seenPrefix = pattern.substring(0, pattern.indexOf('{')).trim();
        Locator seen = omar.locator(".help-request .help-status", new Page.LocatorOptions().setHasText(seenPrefix));
        seen.waitFor();
        assertTrue(seen.innerText().contains("Casey"), seen.innerText());
        screenshot(omar, "omar-help-seen-ar.png");
        omar.close();
    }
}
