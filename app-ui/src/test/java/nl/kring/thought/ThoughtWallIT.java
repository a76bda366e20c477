package nl.kring.thought;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import nl.kring.testing.WireRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anonymous thought wall in real Chromium: the facilitator's console, the shared
 * screen and four tablets, each its own browser. Everything the server sends to the
 * console and the screen (push frames over the WebSocket and the answers to their own
 * requests) is recorded, and before the reveal no thought's text is in it.
 */
class ThoughtWallIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10_000);
    private static final LocatorAssertions.HasCountOptions GONE_SOON = new LocatorAssertions.HasCountOptions()
            .setTimeout(10_000);
    private static final String[] NAMES = {"Annie", "Gerrit", "Riet", "Henk"};

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("wall");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static Page newPage(int width, int height) {
        return app.newPage(width, height);
    }

    @Test
    void fourTabletsWriteNothingLeaksBeforeTheRevealAndHerkenIkReachesTheScreen() {
        Page console = newPage(1280, 900);
        WireRecorder consoleReceived = new WireRecorder(console);
        String joinCode = DemoSession.start(console, app.url(""));
        // to the thought wall, step 5 of the demo plan
        console.locator(".kring-plan-step").nth(4).click();
        assertThat(console.locator(".kring-console-step").getByText("Welke gedachte zit je soms dwars?").first())
                .isVisible(SOON);

        String href = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = newPage(1920, 1080);
        WireRecorder screenReceived = new WireRecorder(screen);
        screen.navigate(app.url("/" + href));
        assertThat(screen.getByText("De gedachten komen hier zodra de gespreksleider ze toont.")).isVisible(SOON);

        List<Page> tablets = new ArrayList<>();
        List<String> thoughts = new ArrayList<>();
        for (String name : NAMES) {
            Page tablet = newPage(1024, 768);
            tablet.navigate(app.url("/join/" + joinCode));
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
            assertThat(tablet.getByText("Anoniem: niemand ziet wie dit schreef, ook de gespreksleider niet."))
                    .isVisible(SOON);
            tablets.add(tablet);
        }
        for (int i = 0; i < tablets.size(); i++) {
            Page tablet = tablets.get(i);
            String thought = "Gedachte nummer " + (i + 1) + " van de kring";
            thoughts.add(thought);
            tablet.locator(".kring-thought-box textarea").fill(thought);
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
            assertThat(tablet.locator(".kring-my-answers").getByText(thought)).isVisible(SOON);
        }
        // a script is shown as text on the wall, never run
        tablets.get(3).locator(".kring-thought-box textarea").fill("<img src=x onerror=alert(1)>");
        tablets.get(3).getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
        assertThat(console.getByText("Er wachten 5 gedachten")).isVisible(SOON);

        String consoleBefore = consoleReceived.received();
        String screenBefore = screenReceived.received();
        assertThat(consoleBefore).contains("Er wachten 5 gedachten");
        for (String thought : thoughts) {
            assertThat(consoleBefore).doesNotContain(thought);
            assertThat(screenBefore).doesNotContain(thought);
            for (Page tablet : tablets) {
                if (!tablet.locator(".kring-my-answers").innerText().contains(thought)) {
                    assertThat(tablet.content()).doesNotContain(thought);
                }
            }
        }

        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon").setExact(true)).click();
        for (String thought : thoughts) {
            assertThat(screen.locator(".kring-thought").getByText(thought)).isVisible(SOON);
            assertThat(console.locator(".kring-thought").getByText(thought)).isVisible(SOON);
        }
        assertThat(screen.locator(".kring-thought").getByText("<img src=x onerror=alert(1)>")).isVisible(SOON);
        // the recorder hears what was revealed: it would have heard it before, too
        assertThat(screenReceived.received()).contains(thoughts.getFirst());

        // Annie recognises Gerrit's thought; the count appears on the shared screen
        Locator onAnniesTablet = tablets.getFirst().locator(".kring-thought", new Page.LocatorOptions()
                .setHasText(thoughts.get(1)));
        onAnniesTablet.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Herken ik")).click();
        assertThat(onAnniesTablet.getByText("Je herkent dit")).isVisible(SOON);
        assertThat(screen.locator(".kring-thought", new Page.LocatorOptions().setHasText(thoughts.get(1)))
                .getByText("1 persoon herkent dit")).isVisible(SOON);

        // a distress signal: a private alert on the console with 113, never on the screen
        tablets.get(2).locator(".kring-thought-box textarea").fill("Soms wil ik niet meer leven");
        tablets.get(2).getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
        Locator alert = console.locator(".kring-distress-alert");
        assertThat(alert.getByText("Soms wil ik niet meer leven")).isVisible(SOON);
        assertThat(alert.getByText("113 Zelfmoordpreventie: bel 113 of gratis 0800-0113, of chat via 113.nl."))
                .isVisible();
        assertThat(alert.getByText("Wie dit schreef is onbekend", new Locator.GetByTextOptions())).isVisible();
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet tonen (gezien)")).click();
        assertThat(console.getByText("Soms wil ik niet meer leven")).hasCount(0, GONE_SOON);
        tablets.get(0).locator(".kring-thought-box textarea").fill("Ik durf niemand te bellen");
        tablets.get(0).getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
        assertThat(console.getByText("Er wacht 1 gedachte")).isVisible(SOON);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon").setExact(true)).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toch tonen")).click();
        assertThat(screen.locator(".kring-thought").getByText("Ik durf niemand te bellen")).isVisible(SOON);
        assertThat(screen.locator(".kring-thought")).hasCount(6); // 4 thoughts, the script text, the late one; not the distress text
        assertThat(screenReceived.received()).doesNotContain("niet meer leven");
    }
}
