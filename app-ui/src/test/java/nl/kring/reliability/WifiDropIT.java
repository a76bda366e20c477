package nl.kring.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import nl.kring.testing.CuttableProxy;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2 of the fault suite (docs/reliability.md): Annie's tablet loses its Wi-Fi for
 * 30 s just as she sends an answer, while Gerrit goes on answering. When she is back her
 * answer arrives once, after her earlier one; Gerrit's stay in his order; and when the
 * session moves on while she is away, she comes back on the step where it is.
 */
class WifiDropIT {

    private static final Duration DROP = Duration.ofSeconds(30);
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final LocatorAssertions.IsVisibleOptions AFTER_RECONNECT = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(40_000);

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("wifi");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPendingAnswerArrivesOnceAndInOrderAndTheTabletComesBackWhereTheSessionIs() throws Exception {
        Page console = app.newPage(1280, 900);
        String joinCode = DemoSession.start(console, app.url(""));
        // Annie's tablet reaches Kring through a relay that can be cut, as her Wi-Fi can
        CuttableProxy wifi = CuttableProxy.toWeb(app.url(""));
        Page annie = join(wifi.webUrl(""), joinCode, "Annie");
        Page gerrit = join(app.url(""), joinCode, "Gerrit");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        send(annie, "Annie 1: voor de storing");
        assertThat(mine(annie).getByText("Annie 1: voor de storing")).isVisible(SOON);

        long cut = System.nanoTime();
        wifi.cut();
        send(annie, "Annie 2: tijdens de storing");
        // a calm notice that stays readable (not folded away after two seconds)
        assertThat(reconnecting(annie)).isVisible(SOON);
        assertThat(reconnecting(annie).boundingBox().height).isGreaterThan(20);
        // the others go on meanwhile
        for (String answer : List.of("Gerrit 1", "Gerrit 2", "Gerrit 3")) {
            send(gerrit, answer);
            assertThat(mine(gerrit).getByText(answer)).isVisible(SOON);
        }
        long left = DROP.toMillis() - (System.nanoTime() - cut) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left); // the length of the outage, not a wait for a push
        }
        wifi.restore();
        assertThat(mine(annie).getByText("Annie 2: tijdens de storing")).isVisible(AFTER_RECONNECT);
        // the notice goes once Kring's answer to the tablet's next heartbeat (every 15 s) arrives
        assertThat(reconnecting(annie)).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(25_000));
        assertThat(console.locator(".kring-answer").filter(new Locator.FilterOptions()
                .setHasText("Annie 2: tijdens de storing"))).isVisible(SOON);

        assertThat(stored()).containsSubsequence("Annie 1: voor de storing", "Annie 2: tijdens de storing")
                .containsSubsequence("Gerrit 1", "Gerrit 2", "Gerrit 3")
                .doesNotHaveDuplicates().hasSize(5);
        assertThat(console.locator(".kring-answer").allInnerTexts().stream()
                .filter(text -> text.contains("Gerrit ")).map(text -> text.substring(text.indexOf("Gerrit ")))
                .toList()).containsExactly("Gerrit 1", "Gerrit 2", "Gerrit 3");

        // away again while the session moves on: back on the step where it is now. Without a
        // tap waiting, the loss is noticed by the next heartbeat (every 15 s)
        wifi.cut();
        assertThat(reconnecting(annie)).isVisible(AFTER_RECONNECT);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        wifi.restore();
        assertThat(annie.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(AFTER_RECONNECT);
        assertThat(stored()).hasSize(5);
    }

    private static Page join(String base, String joinCode, String name) {
        Page tablet = DemoSession.join(app.newPage(900, 1000), base, joinCode, name);
        assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
        return tablet;
    }

    private static void send(Page tablet, String text) {
        Locator question = tablet.locator(".kring-question").first();
        question.locator("textarea").fill(text);
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
    }

    private static Locator reconnecting(Page tablet) {
        return tablet.getByText("De verbinding is even weg. Wacht even. Je antwoorden blijven op deze tablet bewaard tot de verbinding terug is.");
    }

    private static Locator mine(Page tablet) {
        return tablet.locator(".kring-my-answers");
    }

    /** The answers in the database in the order they were stored. */
    private static List<String> stored() throws Exception {
        return app.kring().column("select text from answer order by answered_at, id");
    }
}
