package org.homeward.portal;

import com.microsoft.playwright.Page;
import org.homeward.i18n.Bundle;
import org.homeward.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Casey plans Ana's week in a real browser: a task from the template list and a doctor's
 * appointment. Ana signs in and finds both, in Romanian.
 */
class PlanningJourneyBrowserTest extends DemoJourney {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    final Messages messages = new Messages();

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
}
