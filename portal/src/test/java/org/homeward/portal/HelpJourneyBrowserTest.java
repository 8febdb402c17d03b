package org.homeward.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The help button in a real browser: Omar, who reads Arabic, presses "I need help" on a phone-sized
 * screen; Casey finds it highlighted at the top of her caseload and acknowledges it; Omar sees, in
 * Arabic, that Casey saw it.
 */
class HelpJourneyBrowserTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    static BrowserServer server;
    static Playwright playwright;
    static Browser browser;
    final Messages messages = new Messages();

    @BeforeAll
    static void startServerAndBrowser() {
        server = BrowserServer.start(Map.of());
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void stopAll() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

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

    private Page signIn(String username, int width, int height) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        page.setDefaultTimeout(30_000);
        page.navigate(server.url("/login"));
        page.locator("#username input").fill(username);
        page.locator("#password input").fill("homeward-demo");
        page.locator("#sign-in").click();
        page.locator("#signed-in-name").waitFor();
        return page;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path folder = Paths.get("target", "screenshots");
        Files.createDirectories(folder);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
    }
}
