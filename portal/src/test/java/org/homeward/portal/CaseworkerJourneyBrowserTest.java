package org.homeward.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caseworker's first minute in a real headless Chromium against the real running server:
 * sign in, see the caseload, switch to Arabic and see the page turn right-to-left, then leave
 * with the quick exit and find the session gone.
 */
class CaseworkerJourneyBrowserTest {


    static BrowserServer server;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void startServerAndBrowser() {
        server = BrowserServer.start(Map.of("homeward.portal.quick-exit-url", "/api/health"));
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
    void caseworkerSignsInSeesCaseloadSwitchesToArabicAndLeavesQuickly() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1000, 800));
        page.setDefaultTimeout(30_000);
        page.navigate(server.url("/login"));
        page.locator("#username input").fill("casey");
        page.locator("#password input").fill("homeward-demo");
        page.locator("#sign-in").click();

        page.locator("#caseload-grid").waitFor();
        assertTrue(page.locator("#caseload-title").textContent().contains("5"), "caseload of five demo participants");
        page.getByText("Omar").first().waitFor();
        assertEquals("ltr", page.evaluate("document.documentElement.dir || 'ltr'"));

        page.locator("#language-menu").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("العربية")).click();
        page.waitForFunction("document.documentElement.dir === 'rtl'");
        page.locator("#quick-exit", new Page.LocatorOptions().setHasText("خروج سريع")).waitFor();
        assertEquals("ar", page.evaluate("document.documentElement.lang"));
        screenshot(page, "caseload-ar.png");

        page.locator("#quick-exit").click();
        page.waitForURL("**/api/health");
        page.navigate(server.url("/caseload"));
        page.locator("#sign-in").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
        page.close();
    }

    @Test
    void participantOnASmallPhoneSeesTheirPageWithoutSidewaysScrolling() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(360, 740));
        page.setDefaultTimeout(30_000);
        page.navigate(server.url("/login"));
        page.locator("#username input").fill("omar");
        page.locator("#password input").fill("homeward-demo");
        page.locator("#sign-in").click();

        page.locator("#today-title").waitFor();
        page.waitForFunction("document.documentElement.dir === 'rtl'");
        assertTrue(page.locator("#signed-in-name").textContent().contains("Omar"));
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, ((Number) overflow).intValue(), "no horizontal scrolling at 360 px");
        double exitHeight = page.locator("#quick-exit").boundingBox().height;
        assertTrue(exitHeight >= 44, "quick exit is a large touch target: " + exitHeight);
        screenshot(page, "participant-360-ar.png");
        page.close();
    }

    @Test
    void signInPageInFarsiIsMirrored() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(800, 700));
        page.setDefaultTimeout(30_000);
        page.navigate(server.url("/login"));
        page.locator("#sign-in").waitFor();
        double leftToRightX = page.locator("h1").boundingBox().x;

        page.locator("#language-menu").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("فارسی")).click();
        page.waitForFunction("document.documentElement.dir === 'rtl'");
        assertEquals("fa", page.evaluate("document.documentElement.lang"));
        page.waitForFunction("!document.querySelector('#sign-in').textContent.includes('Sign in')");

        var title = page.locator("h1").boundingBox();
        assertTrue(title.x > leftToRightX + 100 && title.x + title.width > 400,
                "the title moves to the right-hand side: " + title.x + " vs " + leftToRightX);
        screenshot(page, "login-fa.png");
        page.close();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path folder = Paths.get("target", "screenshots");
        Files.createDirectories(folder);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
    }
}
