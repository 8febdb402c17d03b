package org.homeward.portal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, which never downloads a browser of its own. */
final class HeadlessChromium {

    private static final String CHROMIUM = System.getenv().getOrDefault("HOMEWARD_CHROMIUM", "/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Flags that keep Chromium off the network it cannot reach here. */
    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
