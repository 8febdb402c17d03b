package org.homeward.portal;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The goals charts in a real browser: the server's SVG is drawn as SVG (not as unknown HTML), on
 * Ana's phone-sized page and on Casey's view of her, with both lines from the demo ratings.
 */
class GoalsJourneyBrowserTest extends DemoJourney {

    private static final String DRAWN = "selector => { const line = document.querySelector(selector);"
            + " return line instanceof SVGGeometryElement && line.getBBox().width > 0; }";

    @Test
    void anaAndCaseySeeBothProgressLinesDrawn() throws Exception {
        Page ana = signIn("ana", 360, 800);
        ana.navigate(server.url("/goals"));
        ana.locator(".goal-chart svg").first().waitFor();
        assertEquals(2, ana.locator(".goal-card").count(), "Ana's two demo goals");
        assertTrue((Boolean) ana.evaluate(DRAWN, ".goal-chart polyline.line-participant"));
        assertTrue((Boolean) ana.evaluate(DRAWN, ".goal-chart polyline.line-caseworker"));
        assertTrue((Boolean) ana.evaluate("() => document.documentElement.scrollWidth <= 360"),
                "nothing wider than a small phone");
        screenshot(ana, "ana-goals-phone.png");
        ana.close();

        Page casey = signIn("casey");
        casey.locator("#caseload-grid").getByText("Ana").click();
        casey.locator("#participant-goals .goal-chart svg").first().waitFor();
        assertTrue((Boolean) casey.evaluate(DRAWN, "#participant-goals polyline.line-caseworker"));
        screenshot(casey, "casey-sees-ana-goals.png");
        casey.close();
    }
}
