package org.homeward.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * A journey through the portal in headless Chromium, on a dev-mode Homeward with the demo people:
 * one server and one browser for the test class, and signing a demo person in.
 */
abstract class DemoJourney {

    static BrowserServer server;
    static Playwright playwright;
    static Browser browser;

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

    /** A demo person signed in, in a window the size of a desktop screen. */
    Page signIn(String username) {
        return signIn(username, 1000, 900);
    }

    Page signIn(String username, int width, int height) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        page.setDefaultTimeout(30_000);
        page.navigate(server.url("/login"));
        page.locator("#username input").fill(username);
        page.locator("#password input").fill("homeward-demo");
        page.locator("#sign-in").click();
        page.locator("#signed-in-name").waitFor();
        return page;
    }

    /** Kept under target/screenshots for a person to look at after the run. */
    static void screenshot(Page page, String name) throws Exception {
        Path folder = Paths.get("target", "screenshots");
        Files.createDirectories(folder);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
    }
}
