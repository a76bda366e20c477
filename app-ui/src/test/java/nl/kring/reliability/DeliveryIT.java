package nl.kring.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.kring.moodboard.TestPhotos;
import nl.kring.testing.CuttableProxy;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing a participant sends is lost (issue 20): Annie's tablet reaches Kring through a relay
 * that drops its TCP connections, as her Wi-Fi can. For every activity she can write or tap
 * in, she sends during a cut while the facilitator moves on to the next step; when the
 * network returns, what she sent is stored exactly once, for the step it was written for,
 * and her tablet says so. The same with Kring killed and started again during the cut, and
 * with the session ended during the cut.
 */
class DeliveryIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final LocatorAssertions.IsVisibleOptions AFTER_RECONNECT = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(40_000);

    private static KringInChromium app;
    private static final List<Long> CONFIRMED_AFTER_MS = new ArrayList<>();

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("delivery");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
        System.out.println("DeliveryIT: confirmation on the tablet after the network returned, ms: "
                + CONFIRMED_AFTER_MS);
    }

    @Test
    void whatATabletSendsDuringACutWhileTheFacilitatorMovesOnIsStoredOnceForItsOwnStep() throws Exception {
        Page console = app.newPage(1280, 900);
        String joinCode = DemoSession.start(console, app.url(""));
        CuttableProxy wifi = CuttableProxy.toWeb(app.url(""));
        Page annie = DemoSession.join(app.newPage(900, 1000), wifi.webUrl(""), joinCode, "Annie");
        assertThat(annie.getByText("Welkom bij de kring")).isVisible(SOON);

        // step 2, a named question round
        next(console, annie, "Hoe is het met je?");
        duringACut(wifi, annie, console, () -> answer(annie, "Goed, dank je (tijdens de storing)"),
                "Je antwoord is bewaard.", 3, "De neerwaartse spiraal van eenzaamheid");
        assertThat(stored("select text from answer a join session_step s on s.id = a.step_id "
                + "where s.position = 1 and a.participant_id is not null"))
                .containsExactly("Goed, dank je (tijdens de storing)");

        // step 4, an anonymous round
        next(console, annie, "Herken je dit?");
        duringACut(wifi, annie, console, () -> answer(annie, "Ik hoor er niet bij (anoniem, tijdens de storing)"),
                "Je antwoord is bewaard.", 5, "Welke gedachte zit je soms dwars?");
        assertThat(stored("select text from answer a join session_step s on s.id = a.step_id "
                + "where s.position = 3 and a.participant_id is null"))
                .containsExactly("Ik hoor er niet bij (anoniem, tijdens de storing)");

        // step 5, the thought wall: the thought waits for the wall to be shown
        duringACut(wifi, annie, console, () -> {
            annie.locator(".kring-thought-box textarea").fill("Niemand mist mij (tijdens de storing)");
            annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
        }, "Je gedachte is bewaard.", 6, "We praten samen over één gedachte.");
        assertThat(stored("select text from contribution c join session_step s on s.id = c.step_id "
                + "where s.position = 4 and c.board = 'wall'")).containsExactly("Niemand mist mij (tijdens de storing)");

        // step 6, the challenge: the group moves to the next question during the cut, so the
        // answer to the first is not placed — storing it under another question would change it
        console.locator(".kring-plan-step").nth(4).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon").setExact(true)).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toch tonen")).click();
        console.locator(".kring-plan-step").nth(5).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitdagen")).first().click();
        assertThat(annie.getByText("Vraag 1:").first()).isVisible(SOON);
        noticesGone(annie);
        wifi.cut();
        annie.locator(".kring-contribution-box textarea").fill("Nee, niet altijd (tijdens de storing)");
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag 2:")).click();
        assertThat(console.locator(".kring-console-step h2").filter(new Locator.FilterOptions()
                .setHasText("Vraag 2:"))).isVisible(SOON);
        long back = System.nanoTime();
        wifi.restore();
        assertThat(annie.getByText("Je antwoord is niet geplaatst. De groep was al bij een volgende vraag."
                + " Zeg het gerust hardop.").first()).isVisible(AFTER_RECONNECT);
        CONFIRMED_AFTER_MS.add((System.nanoTime() - back) / 1_000_000);
        assertThat(stored("select text from contribution where text like 'Nee, niet altijd%'")).isEmpty();

        // step 7 takes no part here; step 8, the moodboard: a photo card. The photo goes before
        // the cut (a photo swapped for another is deleted); the card is put on the board during it
        next(console, annie, "Je krijgt een kaart.");
        next(console, annie, "Maak een kaart voor het bord");
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Foto").setExact(true)).click();
        Locator gallery = annie.locator(".kring-photo-gallery input[type=file]");
        gallery.setInputFiles(new FilePayload("eerste.jpg", "image/jpeg", TestPhotos.phonePhotoWithGpsTakenSideways()));
        assertThat(annie.getByText("Je foto is klaar")).isVisible(SOON);
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Andere foto")).click();
        awaitRows("select id from photo", 0);
        gallery.setInputFiles(new FilePayload("tweede.jpg", "image/jpeg",
                TestPhotos.jpeg(TestPhotos.redLeftBlueRight(300, 200))));
        assertThat(annie.getByText("Je foto is klaar")).isVisible(SOON);
        annie.getByLabel("Wil je er iets bij schrijven? (mag leeg)").fill("Mijn kleindochter (tijdens de storing)");
        duringACut(wifi, annie, console, () -> {
            annie.locator(".kring-area-choice").getByText("Hart", new Locator.GetByTextOptions().setExact(true))
                    .click();
            annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op het bord")).click();
        }, "Je kaart staat op het bord.", 9, "Kies een kleine stap of schrijf je eigen stap.");
        assertThat(stored("select c.kind || ' ' || c.area || ' ' || c.text || ' ' || p.width from mood_card c"
                + " join session_step s on s.id = c.step_id join photo p on p.id = c.photo_id where s.position = 7"))
                .containsExactly("PHOTO 0 Mijn kleindochter (tijdens de storing) 300");

        // step 9, a small step
        duringACut(wifi, annie, console, () -> {
            annie.locator(".kring-small-step-tablet textarea").fill("Mijn zus bellen (tijdens de storing)");
            annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();
        }, "Je kleine stap is bewaard.", 10, "Hoe gemotiveerd ben je om de afgesproken stap te zetten");
        assertThat(stored("select text from small_step t join session_step s on s.id = t.step_id "
                + "where s.position = 8")).containsExactly("Mijn zus bellen (tijdens de storing)");

        // step 10, a scale question: a tapped number
        duringACut(wifi, annie, console, () -> annie.locator(".kring-scale-buttons").first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("7").setExact(true)).click(),
                "Je cijfer is bewaard.", 11, "Hoe vond je de bijeenkomst gaan?");
        assertThat(stored("select value::text from scale_answer a join session_step s on s.id = a.step_id "
                + "where s.position = 9 and a.question = 0")).containsExactly("7");

        // step 11, the look back: Kring is killed and started again during the cut
        duringACutWithARestart(wifi, annie, console, () -> answer(annie, "Het luisteren (tijdens de herstart)"));
        assertThat(stored("select text from answer a join session_step s on s.id = a.step_id "
                + "where s.position = 10")).containsExactly("Het luisteren (tijdens de herstart)");

        // step 12, wishes: the facilitator ends the session during the cut; a named answer still counts
        assertThat(annie.getByText("Tik op een wens die bij je past.")).isVisible(SOON);
        noticesGone(annie);
        wifi.cut();
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik wil iets betekenen voor anderen.")
                .setExact(true)).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst beëindigen")).first()
                .click();
        console.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        assertThat(console.getByText("Resultaten")).isVisible(SOON);
        long restored = System.nanoTime();
        wifi.restore();
        assertThat(annie.getByText("Je antwoord is bewaard.").first()).isVisible(AFTER_RECONNECT);
        CONFIRMED_AFTER_MS.add((System.nanoTime() - restored) / 1_000_000);
        assertThat(annie.getByText("De bijeenkomst is afgelopen.")).isVisible(AFTER_RECONNECT);
        assertThat(stored("select text from answer a join session_step s on s.id = a.step_id "
                + "where s.position = 11")).containsExactly("Ik wil iets betekenen voor anderen.");

        // nothing twice anywhere, and nothing left waiting in the tablet's outbox
        assertThat(stored("select text from answer")).doesNotHaveDuplicates();
        assertThat(stored("select id from mood_card")).hasSize(1);
        assertThat(stored("select id from photo")).hasSize(1);
        assertThat(annie.evaluate("() => window.kringOutbox.waiting()")).isEqualTo(0);
    }

    /**
     * The awkward timing: the network goes, Annie sends, the facilitator moves on (the console
     * is not behind the relay), the network comes back. Annie's tablet shows the new step and
     * says what became of what she sent.
     */
    private static void duringACut(CuttableProxy wifi, Page annie, Page console, Runnable send, String confirmation,
                                   int nextStepNumber, String nextStep) {
        noticesGone(annie);
        wifi.cut();
        send.run();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(console.getByText("Stap " + nextStepNumber + " van 12")).isVisible(SOON);
        long restored = System.nanoTime();
        wifi.restore();
        try {
            assertThat(annie.getByText(confirmation).first()).isVisible(AFTER_RECONNECT);
        } catch (AssertionError notConfirmed) {
            // what the tablet holds, so that a failure says where the confirmation stopped
            System.out.println("[delivery] no \"" + confirmation + "\": tablet outbox "
                    + annie.evaluate("() => localStorage.getItem('kring-outbox')") + ", connection "
                    + annie.evaluate("() => window.Vaadin && window.Vaadin.connectionState"
                    + " && window.Vaadin.connectionState.state") + ", notifications "
                    + annie.locator("vaadin-notification-card").allInnerTexts() + ", page " + annie.url()
                    + ", screen: " + annie.evaluate("() => document.body ? document.body.innerText : ''"));
            throw notConfirmed;
        }
        CONFIRMED_AFTER_MS.add((System.nanoTime() - restored) / 1_000_000);
        assertThat(annie.getByText(nextStep).first()).isVisible(AFTER_RECONNECT);
    }

    /** As {@link #duringACut}, with Kring killed (SIGKILL) and started again while the tablet is away. */
    private static void duringACutWithARestart(CuttableProxy wifi, Page annie, Page console, Runnable send)
            throws Exception {
        noticesGone(annie);
        wifi.cut();
        send.run();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(console.getByText("Stap 12 van 12")).isVisible(SOON);
        app.kring().kill();
        app.kring().startAgain().awaitReady(Duration.ofSeconds(120));
        long restored = System.nanoTime();
        wifi.restore();
        assertThat(annie.getByText("Je antwoord is bewaard.").first()).isVisible(AFTER_RECONNECT);
        CONFIRMED_AFTER_MS.add((System.nanoTime() - restored) / 1_000_000);
        assertThat(annie.getByText("Wat zou je het liefste willen?").first()).isVisible(AFTER_RECONNECT);
        assertThat(console.getByText("Stap 12 van 12")).isVisible(AFTER_RECONNECT);
    }

    /** The notices of the round before have gone, so that a confirmation seen next is a new one. */
    private static void noticesGone(Page tablet) {
        assertThat(tablet.locator("vaadin-notification-card")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }

    private static void next(Page console, Page annie, String shownNext) {
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(annie.getByText(shownNext).first()).isVisible(SOON);
    }

    private static void answer(Page tablet, String text) {
        Locator question = tablet.locator(".kring-question").first();
        question.locator("textarea").fill(text);
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
    }

    /** Waits (with a deadline, polling the database) until {@code sql} returns {@code count} rows. */
    private static void awaitRows(String sql, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (stored(sql).size() != count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(stored(sql)).hasSize(count);
    }

    /** The first column of every row of {@code sql} (the one session of this test). */
    private static List<String> stored(String sql) throws Exception {
        return app.kring().column(sql);
    }
}
