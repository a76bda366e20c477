package nl.kring.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A live session in real Chromium, as it runs in a room: the facilitator on a laptop,
 * three tablets and the shared screen, each its own browser (own cookies). The tests
 * build on each other in order: join, follow, answer, reload, restart, end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveSessionIT {

    /** Pushed changes must arrive well within this; the benchmark measures how fast they really are. */
    // 15 s as in the other Chromium tests: once (of many runs) a small step's confirmation came
    // after 10 s on this 2-core machine while a new jar's first start was still busy beside it
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final String[] NAMES = {"Annie", "Gerrit", "Riet"};

    private static KringInChromium app;
    private static Page console;
    private static final List<Page> tablets = new ArrayList<>();
    private static Page screen;
    private static String joinCode;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("live");
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
    @Order(1)
    void theFacilitatorStartsThePlannedSessionAndGetsAJoinCodeAndQrCode() {
        console = newPage(1280, 800);
        joinCode = DemoSession.start(console, app.url(""));
        assertThat(joinCode).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(console.locator("img.kring-qr")).isVisible();
        assertThat(console.locator(".kring-console-step").getByText("Welkom bij de kring")).isVisible();
    }

    @Test
    @Order(2)
    void aWrongCodeGetsAFriendlyMessage() {
        Page tablet = newPage(1024, 768);
        tablet.navigate(app.url("/join"));
        tablet.getByLabel("Code").fill("ZZZ 222");
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
        assertThat(tablet.getByText("Deze code kennen we niet.")).isVisible(SOON);
        tablet.context().close();
    }

    @Test
    @Order(3)
    void threeTabletsJoinWithTheCodeInLowerCaseAndSpacesAndTapTheirNames() {
        for (String name : NAMES) {
            Page tablet = newPage(1024, 768);
            tablet.navigate(app.url("/join"));
            if (name.equals(NAMES[0])) {
                // the large on-screen keys
                for (char key : joinCode.toCharArray()) {
                    tablet.locator(".kring-key").getByText(String.valueOf(key), new Locator.GetByTextOptions()
                            .setExact(true)).click();
                }
                assertThat(tablet.getByLabel("Code")).hasValue(joinCode);
            } else {
                // forgiving: lower case with a space in the middle
                tablet.getByLabel("Code").fill(joinCode.substring(0, 3).toLowerCase() + " " + joinCode.substring(3));
            }
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
            assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
            tablets.add(tablet);
        }
        for (String name : NAMES) {
            Locator line = console.locator(".kring-participant[data-name='" + name + "']");
            assertThat(line.getByText("verbonden", new Locator.GetByTextOptions().setExact(true))).isVisible(SOON);
            assertThat(line.getByText("Aanwezig", new Locator.GetByTextOptions().setExact(true))).isVisible(SOON);
        }
    }

    @Test
    @Order(4)
    void theSharedScreenOpensFromTheConsoleAndShowsTheCode() {
        String href = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        screen = newPage(1920, 1080);
        screen.navigate(app.url("/" + href));
        assertThat(screen.locator(".kring-join-code")).hasText(joinCode.substring(0, 3) + " " + joinCode.substring(3));
        assertThat(screen.getByText("Welkom bij de kring")).isVisible(SOON);

        console.getByText("Code en QR tonen op het gedeelde scherm").click();
        assertThat(screen.locator(".kring-join-code")).isHidden();
    }

    @Test
    @Order(5)
    void everyTabletAndTheScreenFollowTheFacilitatorWithoutNavigating() {
        next();
        for (Page tablet : tablets) {
            assertThat(tablet.getByText("Hoe is het met je?")).isVisible(SOON);
        }
        assertThat(screen.getByText("Hoe is het met je?")).isVisible(SOON);
    }

    @Test
    @Order(6)
    void answersAppearOnTheConsoleAndScreenWithNamesAndAsPlainText() {
        for (int i = 0; i < tablets.size(); i++) {
            Page tablet = tablets.get(i);
            String answer = i == 2 ? "<b>goed</b> <script>window.hacked=1</script>" : "Goed, dank je " + NAMES[i];
            tablet.locator(".kring-question").first().locator("textarea").fill(answer);
            tablet.locator(".kring-question").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            assertThat(tablet.getByText(answer.equals("Goed, dank je " + NAMES[i]) ? answer : "<b>goed</b>",
                    new Page.GetByTextOptions().setExact(false))).isVisible(SOON);
        }
        Locator answers = console.locator(".kring-console-step .kring-answer");
        assertThat(answers.filter(new Locator.FilterOptions().setHasText("Goed, dank je Annie"))).isVisible(SOON);
        assertThat(answers.filter(new Locator.FilterOptions().setHasText("Gerrit"))).isVisible(SOON);
        assertThat(answers.filter(new Locator.FilterOptions()
                .setHasText("<b>goed</b> <script>window.hacked=1</script>"))).isVisible(SOON);
        assertThat(console.locator(".kring-answer b")).hasCount(0);
        assertThat(screen.locator(".kring-answer")).hasCount(3);
        assertThat(screen.evaluate("() => window.hacked === undefined")).isEqualTo(true);
        // empty answers are refused with a message
        Page annie = tablets.getFirst();
        annie.locator(".kring-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
        assertThat(annie.getByText("Vul dit in.")).isVisible(SOON);
    }

    @Test
    @Order(7)
    void aReloadedTabletComesBackAsTheSamePersonAtTheCurrentStep() {
        next();
        Page gerrit = tablets.get(1);
        assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        gerrit.reload();
        assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        assertThat(gerrit.locator(".kring-tablet-who")).hasText("Gerrit");
        // the address of the join page brings it straight back too
        gerrit.navigate(app.url("/join"));
        assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
    }

    @Test
    @Order(8)
    void aTabletOrScreenThatLosesItsWiFiSaysSoCalmlyAndCatchesUpWhenItIsBack() {
        Page annie = tablets.getFirst();
        annie.context().setOffline(true);
        screen.context().setOffline(true);
        assertThat(annie.getByText("Er is geen wifi")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        // meanwhile the session goes on: back to the round, where Gerrit adds an answer
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorige")).click();
        Page gerrit = tablets.get(1);
        gerrit.locator(".kring-question").first().locator("textarea").fill("Gemist door het scherm");
        gerrit.locator(".kring-question").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
        assertThat(console.getByText("Gemist door het scherm")).isVisible(SOON);

        annie.context().setOffline(false);
        screen.context().setOffline(false);
        LocatorAssertions.IsVisibleOptions afterReconnect = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
        assertThat(annie.getByText("Hoe is het met je?")).isVisible(afterReconnect);
        assertThat(annie.getByText("Goed, dank je Annie")).isVisible(afterReconnect);
        assertThat(screen.getByText("Gemist door het scherm")).isVisible(afterReconnect);
        assertThat(annie.getByText("Er is geen wifi")).isHidden();
        next();
        assertThat(annie.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
    }

    @Test
    @Order(9)
    void aTabletCannotOpenTheConsoleOrAnotherSessionByChangingTheAddress() {
        String consoleAddress = console.url();
        Page gerrit = tablets.get(1);
        gerrit.navigate(consoleAddress);
        assertThat(gerrit.locator("input[name=password]")).isVisible(SOON);
        gerrit.navigate(app.url("/scherm/" + "A".repeat(43)));
        assertThat(gerrit.getByText("Dit scherm hoort niet bij een bijeenkomst.")).isVisible(SOON);
        gerrit.navigate(app.url("/deelnemen"));
        assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        assertThat(gerrit.locator(".kring-tablet-who")).hasText("Gerrit");
    }

    @Test
    @Order(10)
    void afterARestartOfKringEveryScreenComesBackToTheCurrentStepByItself() throws Exception {
        List<Page> everyScreen = new ArrayList<>(tablets);
        everyScreen.add(console);
        everyScreen.add(screen);
        everyScreen.forEach(page -> page.evaluate("() => window.kringBeforeRestart = true"));
        app.kring().restart().awaitReady(java.time.Duration.ofSeconds(120));

        // nobody touches anything: each page notices, loads itself anew and is back where it was
        // (tablets by their rejoin cookie, the console by its stay-signed-in cookie)
        for (Page page : everyScreen) {
            page.waitForFunction("() => window.kringBeforeRestart === undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(90_000));
        }
        assertThat(console.locator(".kring-console-step").getByText("De neerwaartse spiraal van eenzaamheid"))
                .isVisible(SOON);
        for (Page tablet : tablets) {
            assertThat(tablet.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        }
        next();
        for (Page tablet : tablets) {
            assertThat(tablet.getByText("Herken je dit?")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
        }
        assertThat(screen.getByText("Herken je dit?")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
    }

    @Test
    @Order(11)
    void aReleasedTabletGoesBackToTheNameChoiceForTheNextPerson() {
        Page riet = tablets.get(2);
        console.locator(".kring-participant[data-name='Riet']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tablet vrijgeven")).click();
        assertThat(riet.getByText("Wie ben jij?")).isVisible(SOON);
        riet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Henk").setExact(true)).click();
        assertThat(riet.locator(".kring-tablet-who")).hasText("Henk");
        assertThat(riet.getByText("Herken je dit?")).isVisible(SOON);
    }

    @Test
    @Order(12)
    void aSmallStepIsSeenOnlyByItsWriterAndTheLeaders() {
        console.locator(".kring-plan-step").nth(8).click(); // the small step, step 9 of the demo plan
        Page annie = tablets.get(0);
        assertThat(annie.getByText("Welke kleine stap wil jij de komende tijd zetten?")).isVisible(SOON);
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Een gesprekje met de groenteboer"))
                .click();
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();
        assertThat(annie.getByText("Bewaard: Een gesprekje met de groenteboer")).isVisible(SOON);
        assertThat(console.getByText("Annie: Een gesprekje met de groenteboer")).isVisible(SOON);
        assertThat(screen.getByText("1 kleine stap opgeschreven")).isVisible(SOON);
        assertThat(screen.getByText("groenteboer")).hasCount(0);
        assertThat(tablets.get(1).getByText("Bewaard: Een gesprekje met de groenteboer")).hasCount(0);
    }

    @Test
    @Order(13)
    void endingTheSessionShowsAClosingScreenAndTheCodeStopsWorking() {
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        console.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        for (Page tablet : tablets) {
            assertThat(tablet.getByText("De bijeenkomst is afgelopen.")).isVisible(SOON);
        }
        assertThat(screen.getByText("De bijeenkomst is afgelopen. Bedankt!")).isVisible(SOON);
        assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resultaten")))
                .isVisible(SOON);
        assertThat(console.getByText("Goed, dank je Annie")).isVisible();

        Page late = newPage(1024, 768);
        late.navigate(app.url("/join/" + joinCode));
        assertThat(late.getByText("Deze code kennen we niet.")).isVisible(SOON);
    }

    @Test
    @Order(14)
    void theNextSessionIsCopiedAndItsCardGetsAPictureWhileABrokenFileIsRefused() throws Exception {
        console.navigate(app.url("/groepen"));
        console.getByText("Dinsdagkring De Linde").click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe bijeenkomst")).click();
        console.getByLabel("Titel").fill("Over twee weken");
        console.getByLabel("Stappen overnemen van").click();
        console.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Volgende bijeenkomst"))
                .first().click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plannen")).click();
        assertThat(console.locator(".kring-step")).hasCount(12);

        console.locator(".kring-step").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Wijzigen")).click();
        Locator fileInput = console.locator("vaadin-upload input[type=file]");
        fileInput.setInputFiles(new com.microsoft.playwright.options.FilePayload("kapot.jpg", "image/jpeg",
                "dit is geen foto".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(console.getByText("Dit bestand is geen afbeelding die Kring kan lezen.")).isVisible(SOON);

        java.io.ByteArrayOutputStream photo = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo);
        fileInput.setInputFiles(new com.microsoft.playwright.options.FilePayload("kring.png", "image/png",
                photo.toByteArray()));
        Locator preview = console.locator(".kring-card-preview img");
        assertThat(preview).isVisible(SOON);
        String address = preview.getAttribute("src");
        console.locator(".kring-dialog-save").click();
        assertThat(console.locator(".kring-dialog-save")).hasCount(0);

        // tablets and the shared screen have no account: the picture is served to anyone with its address
        var anonymous = app.newPage(800, 600).request();
        var response = anonymous.get(app.url(address));
        assertThat(response.status()).isEqualTo(200);
        // written anew (an opaque picture becomes a JPEG), so nothing of the uploaded file is served
        assertThat(response.headers().get("content-type")).isEqualTo("image/jpeg");
        assertThat(anonymous.get(app.url("/afbeelding/" + java.util.UUID.randomUUID())).status()).isEqualTo(404);
    }

    @Test
    @Order(15)
    void theNextSessionAsksAnnieWhetherHerSmallStepWorkedOut() {
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de bijeenkomst")).click();
        Locator code = console.locator(".kring-join-code");
        code.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        String nextCode = code.innerText().replace(" ", "");
        Page annie = tablets.get(0);
        annie.navigate(app.url("/join/" + nextCode));
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annie").setExact(true)).click();
        // her own history only once the facilitator has seen who this tablet is (docs/adr/0010)
        Locator seen = console.locator(".kring-new-binding").filter(new Locator.FilterOptions()
                .setHasText("Net gekozen: Annie."));
        assertThat(seen).isVisible(SOON);
        assertThat(annie.getByText("Je kleine stap van vorige keer")).hasCount(0);
        seen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Klopt").setExact(true)).click();
        assertThat(annie.getByText("Jouw stap was: Een gesprekje met de groenteboer. Is het gelukt?"))
                .isVisible(SOON);
        // only Annie is asked: Gerrit wrote no step
        Page gerrit = tablets.get(1);
        gerrit.navigate(app.url("/join/" + nextCode));
        gerrit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gerrit").setExact(true)).click();
        assertThat(gerrit.getByText("Welkom bij de kring")).isVisible(SOON);
        assertThat(gerrit.getByText("Je kleine stap van vorige keer")).hasCount(0);

        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja").setExact(true)).click();
        assertThat(annie.getByText("Wat goed dat het gelukt is!")).isVisible(SOON);
        assertThat(console.getByText("Kleine stappen van vorige keer (1): 1 gelukt, 0 een beetje, 0 nog niet, "
                + "0 nog niet beantwoord.", new Page.GetByTextOptions().setExact(false))).isVisible(SOON);
    }

    private static void next() {
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
    }
}
