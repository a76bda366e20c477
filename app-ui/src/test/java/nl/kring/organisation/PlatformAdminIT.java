package nl.kring.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.Map;
import nl.kring.moodboard.TestPhotos;
import nl.kring.testing.Axe;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, in real Chromium on the packaged jar: the platform administrator made by
 * KRING_PLATFORM_ADMIN adds an organisation; its first coordinator signs in at once, without a
 * restart; when the organisation is suspended, the coordinator's open page is signed out within
 * seconds and a new sign-in is refused.
 */
class PlatformAdminIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    /** A heartbeat every 15 s, a stamp read at most every 2 s, and a page reload (as StaffRightsIT). */
    private static final LocatorAssertions.IsVisibleOptions WITHIN_SECONDS = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("platform", Map.of("KRING_PLATFORM_ADMIN", "beheer@gemeente.example",
                "KRING_PLATFORM_ADMIN_PASSWORD", "een-lang-eerste-wachtwoord"));
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anOrganisationAddedWhileKringRunsCanSignInAtOnceAndASuspendedOneCannot() {
        Page admin = app.newPage(1280, 800);
        signInFirstTime(admin, "beheer@gemeente.example", "een-lang-eerste-wachtwoord", "platform eigen wachtwoord");
        admin.navigate(app.url("/platform"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisaties"))).isVisible(SOON);
        // the demo organisation is listed; the platform's own is not
        assertThat(admin.getByText("Welzijn Demo", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(admin.getByText("Kring-platformbeheer")).hasCount(0);

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe organisatie")).click();
        admin.getByLabel("Naam van de organisatie").fill("Welzijn Zuid");
        admin.getByLabel("Gebruikersnaam van de eerste coördinator").fill("coordinator@welzijn-zuid.nl");
        admin.getByLabel("Eerste wachtwoord").fill("een-eerste-wachtwoord");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(admin.getByText("Organisatie Welzijn Zuid is aangemaakt.")).isVisible(SOON);
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Welzijn Zuid opschorten")))
                .isVisible();
        assertThat(Axe.check(admin, "critical")).as("the platform page").isEmpty();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/platform.png")));
        // its retention periods, as its coordinator could set them on "Privacy"
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Welzijn Zuid wijzigen")).click();
        admin.getByLabel("Inhoud van bijeenkomsten").fill("6");
        assertThat(Axe.check(admin, "critical")).as("the change dialog").isEmpty();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/platform-change.png")));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(admin.locator("vaadin-dialog-overlay")).isHidden();
        // its sign-in with its own accounts, as its coordinator sets it on the staff page (OrganisationSignInIT)
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Aanmelden met eigen accounts: Welzijn Zuid")).click();
        assertThat(admin.getByText("Staat uit: medewerkers melden zich aan met hun wachtwoord van Kring."))
                .isVisible(SOON);
        assertThat(Axe.check(admin, "critical")).as("the sign-in dialog").isEmpty();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/platform-sign-in.png")));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sluiten")).click();
        assertThat(admin.locator("vaadin-dialog-overlay")).isHidden();

        // the new coordinator, at once: first password, then their own, then their organisation
        Page coordinator = app.newPage(1280, 800);
        signInFirstTime(coordinator, "coordinator@welzijn-zuid.nl", "een-eerste-wachtwoord", "zuid eigen wachtwoord");
        coordinator.navigate(app.url("/medewerkers"));
        // the staff list of Welzijn Zuid: the coordinator (name and username), nothing of the demo organisation
        assertThat(coordinator.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("coordinator@welzijn-zuid.nl")).first()).isVisible(SOON);
        assertThat(coordinator.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("gespreksleider"))).hasCount(0);

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Welzijn Zuid opschorten")).click();
        assertThat(admin.getByText("Welzijn Zuid is opgeschort.")).isVisible(SOON);
        // the coordinator's open page goes to the sign-in page by itself, and says why
        assertThat(coordinator.getByText("Je bent afgemeld.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(WITHIN_SECONDS);
        coordinator.locator("input[name=username]").fill("coordinator@welzijn-zuid.nl");
        coordinator.locator("input[name=password]").fill("zuid eigen wachtwoord");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        assertThat(coordinator.getByText("Aanmelden lukt niet")).isVisible(SOON);
        assertThat(coordinator.url()).contains("/login");

        // a logo for the demo organisation, seen at once on a shared screen of one of its sessions
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Welzijn Demo wijzigen")).click();
        admin.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("logo.png", "image/png",
                TestPhotos.png(TestPhotos.redLeftBlueRight(600, 300))));
        assertThat(admin.getByText("Deze organisatie heeft een logo.")).isVisible(SOON);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren")).click();
        Page console = app.newPage(1280, 800);
        DemoSession.start(console, app.url(""));
        String screenAddress = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = app.newPage(1920, 1080);
        screen.navigate(app.url("/" + screenAddress));
        Locator logo = screen.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Logo van de organisatie"));
        assertThat(logo).isVisible(SOON);
        screen.waitForFunction("img => img.complete && img.naturalWidth > 0", logo.elementHandle());
        // drawn at its size (at most 480 px wide as stored), in the top right corner
        assertThat(((Number) logo.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(480);
        assertThat(logo.boundingBox().x).isGreaterThan(1920 / 2.0);
        screen.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/screen-logo.png")));

        // made active again, the coordinator comes back in
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Welzijn Zuid weer actief maken")).click();
        assertThat(admin.getByText("Welzijn Zuid is weer actief.")).isVisible(SOON);
        coordinator.navigate(app.url("/login"));
        coordinator.locator("input[name=username]").fill("coordinator@welzijn-zuid.nl");
        coordinator.locator("input[name=password]").fill("zuid eigen wachtwoord");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        coordinator.waitForURL(url -> !url.contains("/login"));
        assertThat(coordinator.url()).doesNotContain("/login");
    }

    private static void signInFirstTime(Page page, String username, String firstPassword, String ownPassword) {
        page.navigate(app.url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(firstPassword);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        assertThat(page.getByText("Je bent voor het eerst aangemeld.")).isVisible(SOON);
        page.getByLabel("Huidig wachtwoord").fill(firstPassword);
        page.getByLabel("Nieuw wachtwoord").fill(ownPassword);
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill(ownPassword);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
        assertThat(page.getByText("Je wachtwoord is gewijzigd.")).isVisible(SOON);
    }
}
