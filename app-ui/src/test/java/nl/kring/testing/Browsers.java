package nl.kring.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium from the operating system's packages, driven by Playwright. Playwright
 * must not download a browser of its own (no network for that here), hence the skip flag
 * and the explicit executable.
 */
public final class Browsers {

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(chromiumExecutable())
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    private static Path chromiumExecutable() {
        String configured = System.getenv("CHROMIUM");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("No Chromium found: install it (apt-get install chromium) or set CHROMIUM");
    }
}
