package nl.kring.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged jar running as a process, and headless Chromium to use it with: what every
 * real-browser test starts in {@code @BeforeAll} and closes in {@code @AfterAll}. Each page
 * is a browser context of its own (its own cookies), in Dutch, like a separate device.
 */
public final class KringInChromium implements AutoCloseable {

    private final Path workDirectory;
    private final KringProcess kring;
    private final Playwright playwright;
    private final Browser browser;

    private KringInChromium(Path workDirectory, KringProcess kring) {
        this.workDirectory = workDirectory;
        this.kring = kring;
        this.playwright = Browsers.playwright();
        this.browser = Browsers.chromium(playwright);
    }

    /** Kring on its embedded default (with demo data), with a 512 MB heap. */
    public static KringInChromium start(String name) throws Exception {
        return start(name, "512m");
    }

    /** Kring on its embedded default with extra environment variables, e.g. a shorter job interval. */
    public static KringInChromium start(String name, Map<String, String> environment) throws Exception {
        Path workDirectory = Files.createTempDirectory("kring-" + name);
        KringProcess kring = KringProcess.start(workDirectory, environment, "512m").awaitReady(Duration.ofSeconds(120));
        return new KringInChromium(workDirectory, kring);
    }

    /** Kring on its embedded default with the given maximum heap, e.g. {@code 256m}. */
    public static KringInChromium start(String name, String maxHeap) throws Exception {
        Path workDirectory = Files.createTempDirectory("kring-" + name);
        KringProcess kring = KringProcess.start(workDirectory, Map.of(), maxHeap).awaitReady(Duration.ofSeconds(120));
        return new KringInChromium(workDirectory, kring);
    }

    public KringProcess kring() {
        return kring;
    }

    public Browser browser() {
        return browser;
    }

    /** Where Kring keeps its data (./data below it). */
    public Path workDirectory() {
        return workDirectory;
    }

    public String url(String path) {
        return kring.url(path);
    }

    /** A new device: its own browser context, Dutch, the given screen size, downloads allowed. */
    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(width, height)
                .setAcceptDownloads(true)).newPage();
    }

    @Override
    public void close() throws Exception {
        playwright.close();
        kring.close();
    }
}
