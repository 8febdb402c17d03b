package org.homeward.portal;

import com.microsoft.playwright.Browser;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Casey plans Ana's week in a real browser: a task from the template list and a doctor's
 * appointment. Ana signs in and finds both, in Romanian.
 */
class PlanningJourneyBrowserTest {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

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
    void caseworkerAssignsATemplateTaskAndBooksAnAppointmentThatAnaReadsInRomanian() throws Exception {
        Page casey = signIn("casey");
        casey.locator("#caseload-grid").getByText("Ana").click();
        casey.locator("#participant-name").waitFor();

        casey.locator("#new-task-form").click();
        casey.locator("#template-choice input").fill("Get a library card");
        casey.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Get a library card")).click();
        String romanianTitle = messages.get(Bundle.TASKS, ROMANIAN, "template.library-card.title");
        casey.locator("#template-preview").getByText(romanianTitle).waitFor();
        casey.locator("#save-task").click();
        casey.locator(".task-card", new Page.LocatorOptions().setHasText("Get a library card")).waitFor();

        casey.locator("#book-appointment-form").click();
        casey.locator("#appointment-category").click();
        casey.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Doctor or medical")).click();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        casey.evaluate("value => { const picker = document.querySelector('#appointment-start');"
                + " picker.value = value; picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
                tomorrow + "T10:30");
        casey.locator("#appointment-place input").fill("Northside Clinic");
        casey.locator("#save-appointment").click();
        casey.locator(".appointment-card", new Page.LocatorOptions().setHasText("Northside Clinic")).waitFor();
        screenshot(casey, "casey-plans-ana.png");
        casey.close();

        Page ana = signIn("ana");
        ana.locator("#today-title").waitFor();
        String medical = messages.get(Bundle.TASKS, ROMANIAN, "appointmentCategory.MEDICAL");
        ana.locator(".appointment-card", new Page.LocatorOptions().setHasText("Northside Clinic")).waitFor();
        ana.navigate(server.url("/tasks"));
        ana.locator(".task-card", new Page.LocatorOptions().setHasText(romanianTitle)).waitFor();
        ana.navigate(server.url("/appointments"));
        var booked = ana.locator(".appointment-card", new Page.LocatorOptions().setHasText("Northside Clinic"));
        booked.waitFor();
        assertTrue(booked.textContent().contains(medical), booked.textContent());
        assertTrue(booked.textContent().contains("10:30"), booked.textContent());
        screenshot(ana, "ana-appointments-ro.png");
        ana.close();
    }

    private Page signIn(String username) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1000, 900));
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
