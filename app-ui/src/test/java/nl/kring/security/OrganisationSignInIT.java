package nl.kring.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import identityprovider.TestIdentityProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kring.testing.Axe;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import nl.kring.testing.WireRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, in real Chromium on the packaged jar, against a real OpenID Connect provider
 * ({@link TestIdentityProvider}: discovery, its own sign-in page, signed ID tokens): the
 * coordinator sets up sign-in with the organisation's accounts on the staff page, a staff
 * member signs in with that account without a Kring password, someone without a Kring account
 * is refused in one sentence, and a deactivated account is refused too. The client secret
 * never comes back to a browser.
 */
class OrganisationSignInIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final String SECRET = "geheim-van-de-it-afdeling-42";
    private static final String ELS = "els@welzijn-demo.nl";

    private static KringInChromium app;
    private static TestIdentityProvider provider;

    @BeforeAll
    static void start() throws Exception {
        provider = TestIdentityProvider.start(
                new TestIdentityProvider.Person("els", "els-haar-wachtwoord", ELS),
                new TestIdentityProvider.Person("onbekend", "onbekend-wachtwoord", "onbekend@welzijn-demo.nl"));
        app = KringInChromium.start("organisation-sign-in");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void staffSignInWithTheOrganisationsAccountOnceTheCoordinatorSetItUp() throws Exception {
        Page coordinator = DemoSession.signIn(app.newPage(1280, 900), app.url(""), "coordinator");
        WireRecorder coordinatorsWire = new WireRecorder(coordinator);
        coordinator.navigate(app.url("/medewerkers"));
        assertThat(coordinator.getByText("Staat uit: medewerkers melden zich aan met hun wachtwoord van Kring."))
                .isVisible(SOON);

        // new staff start in English in this organisation
        coordinator.getByLabel("Taal voor nieuwe medewerkers").click();
        coordinator.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(coordinator.getByText("De taal voor nieuwe medewerkers is bewaard.")).isVisible(SOON);

        // the IT department registers Kring at the provider with the redirect URI the page gives
        String redirectText = coordinator.getByText("Geef de dienst dit terugstuuradres").innerText();
        Matcher redirect = Pattern.compile("(http://\\S+/login/oauth2/code/[0-9a-f-]{36})").matcher(redirectText);
        assertThat(redirect.find()).as(redirectText).isTrue();
        assertThat(redirect.group(1)).startsWith(app.url("/login/oauth2/code/"));
        provider.registerClient("kring", SECRET, redirect.group(1));

        // a mistyped address is caught before anyone tries to sign in
        coordinator.getByLabel("Adres van de dienst (issuer)").fill("http://localhost:1/geen-dienst");
        coordinator.getByLabel("Client-id", new Page.GetByLabelOptions().setExact(true)).fill("kring");
        coordinator.getByLabel("Client-geheim", new Page.GetByLabelOptions().setExact(true)).fill(SECRET);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en bewaren")).click();
        assertThat(coordinator.getByText("Op dit adres antwoordt geen dienst voor OpenID Connect.",
                new Page.GetByTextOptions().setExact(false))).isVisible(SOON);
        coordinator.getByLabel("Adres van de dienst (issuer)").fill(provider.issuer());
        coordinator.getByLabel("Client-geheim", new Page.GetByLabelOptions().setExact(true)).fill(SECRET);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren en bewaren")).click();
        assertThat(coordinator.getByText("Staat aan: op de aanmeldpagina staat een knop voor je organisatie.",
                new Page.GetByTextOptions().setExact(false))).isVisible(SOON);

        // with the organisation's accounts on, Els's account needs no password at all: nobody but she
        // ever knows one
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe medewerker")
                .setExact(true)).click();
        Locator dialog = coordinator.locator("vaadin-dialog-overlay, vaadin-dialog");
        dialog.getByLabel("Naam", new Locator.GetByLabelOptions().setExact(true)).fill("Els de Vries");
        dialog.getByLabel("Gebruikersnaam", new Locator.GetByLabelOptions().setExact(true)).fill(ELS);
        assertThat(dialog.getByText("Mag leeg blijven", new Locator.GetByTextOptions().setExact(false))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(coordinator.getByText("Els de Vries meldt zich aan met het account van je organisatie.",
                new Page.GetByTextOptions().setExact(false))).isVisible(SOON);
        assertThat(Axe.check(coordinator, "critical")).as("the staff page with its settings").isEmpty();
        coordinator.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-settings.png"))
                .setFullPage(true));

        // Els signs in with her organisation's account: no Kring password, not even a first one to change
        Page els = app.newPage(1280, 900);
        WireRecorder elsWire = new WireRecorder(els);
        els.navigate(app.url("/login"));
        Locator button = els.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Aanmelden met het account van Welzijn Demo"));
        assertThat(button).isVisible(SOON);
        assertThat(Axe.check(els, "critical")).as("the sign-in page with an organisation's button").isEmpty();
        els.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-organisation.png")));
        assertThat(button.boundingBox().height).as("a touch target").isGreaterThanOrEqualTo(44);
        button.click();
        signInAtTheProvider(els, "els", "els-haar-wachtwoord");
        // in the organisation's language for new staff, on her start page
        assertThat(els.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My groups"))).isVisible(SOON);
        assertThat(els.getByText("Els de Vries")).isVisible();
        assertThat(els.url()).startsWith(app.url("/"));
        // in the role the coordinator gave her in Kring: a facilitator's menu, no staff page
        assertThat(els.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance"))).isVisible();
        assertThat(els.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff").setExact(true)))
                .hasCount(0);
        els.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/signed-in-organisation.png")));
        assertThat(stored("select subject from audit_entry where action = 'SIGNED_IN'"))
                .anyMatch(s -> s.contains(ELS) && s.contains("met het account van de organisatie"));
        assertThat(stored("select l.subject from staff_sign_in_link l join staff_account a on a.id = l.staff_id"
                + " where a.username = '" + ELS + "'")).containsExactly("els");

        // the organisation's Kring passwords keep working next to it
        Page petra = DemoSession.signIn(app.newPage(1280, 900), app.url(""), "gespreksleider", false);
        assertThat(petra.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Petra de Gespreksleider")))
                .isVisible(SOON);

        // someone the provider knows but Kring does not: refused, in one sentence that says what to do
        Page stranger = app.newPage(1280, 900);
        stranger.navigate(app.url("/login"));
        stranger.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Aanmelden met het account van Welzijn Demo")).click();
        signInAtTheProvider(stranger, "onbekend", "onbekend-wachtwoord");
        assertThat(stranger.getByText("Je organisatie kent je, maar Kring nog niet.", new Page.GetByTextOptions()
                .setExact(false))).isVisible(SOON);
        assertThat(stranger.url()).contains("/login");
        stranger.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-unknown.png")));

        // the coordinator takes away Els's sign-in: her open page ends, and her provider's word no longer counts
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigen: Els de Vries")).click();
        coordinator.getByText("Mag aanmelden", new Page.GetByTextOptions().setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(coordinator.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        els.navigate(app.url("/groepen"));
        assertThat(els.locator("input[name=username]")).isVisible(SOON);
        els.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Aanmelden met het account van Welzijn Demo")).click();
        // still signed in at the provider: it answers at once, Kring refuses
        assertThat(els.getByText("Je account in Kring mag nu niet aanmelden.", new Page.GetByTextOptions()
                .setExact(false))).isVisible(SOON);

        // the secret went from the coordinator's browser to Kring, never back to any browser
        coordinator.reload();
        assertThat(coordinator.getByText("Bewaard en versleuteld.", new Page.GetByTextOptions().setExact(false)))
                .isVisible(SOON);
        assertThat(coordinatorsWire.received()).contains("Bewaard en versleuteld").doesNotContain(SECRET);
        assertThat(elsWire.received()).contains("Welzijn Demo").doesNotContain(SECRET);
        assertThat(stored("select client_secret from organisation_sign_in")).singleElement()
                .satisfies(sealed -> assertThat(sealed).startsWith("v1:").doesNotContain(SECRET));
    }

    /** Spring Authorization Server's own sign-in form, as a person fills it in. */
    private static void signInAtTheProvider(Page page, String username, String password) {
        assertThat(page.locator("input[name=username]")).isVisible(SOON);
        assertThat(page.url()).startsWith(provider.issuer());
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
    }

    private static List<String> stored(String sql) throws Exception {
        return app.kring().column(sql);
    }
}
