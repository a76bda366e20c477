package nl.kring.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Scenario 9 of the fault suite (docs/reliability.md): script, event-handler, SVG,
 * javascript: and template payloads as participants' names (typed by staff), as a session's
 * title and as tablets' answers, then looked at on the console, the tablets, the shared
 * screen, the results and the exports. Every payload is shown as the text it is; none runs;
 * a spreadsheet formula in a name stays text.
 */
class HostileTextIT {

    /** Each payload, if it ever ran, sets window.kringXss; none may. */
    private static final String SCRIPT = "<script>window.kringXss=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.kringXss=2\">";
    private static final String SVG = "<svg onload=\"window.kringXss=3\"></svg>";
    private static final String JS_URL = "javascript:window.kringXss=4";
    private static final String TEMPLATE = "{{constructor.constructor('window.kringXss=5')()}} ${window.kringXss=6}";
    private static final String IFRAME = "\"><iframe src=javascript:window.kringXss=7>";
    private static final String FORMULA = "=HYPERLINK(\"http://x.nl\";\"klik\")";
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);

    private static KringInChromium app;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("hostile-text");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyPayloadIsShownAsTextAndNoneRunsAnywhere() throws Exception {
        // what staff type on the roster: names are at most 60 characters, so the short payloads
        rename("Annie", IMG);
        rename("Gerrit", SVG);
        rename("Riet", IFRAME);
        rename("Bep", FORMULA);

        Page console = watched(app.newPage(1280, 900));
        String joinCode = DemoSession.start(console, app.url(""));
        retitleTheLiveSession(TEMPLATE);
        String screenAddress = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = watched(app.newPage(1280, 720));
        screen.navigate(app.url("/" + screenAddress));

        List<Page> tablets = new ArrayList<>();
        for (String name : List.of(IMG, SVG, IFRAME)) {
            Page tablet = DemoSession.join(watched(app.newPage(900, 1000)), app.url(""), joinCode, name);
            assertThat(tablet.locator(".kring-tablet-who")).hasText(name);
            tablets.add(tablet);
        }
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        List<String> answers = List.of(SCRIPT, JS_URL, TEMPLATE);
        for (int i = 0; i < tablets.size(); i++) {
            Locator question = tablets.get(i).locator(".kring-question").first();
            question.locator("textarea").fill(answers.get(i));
            question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            assertThat(question.locator(".kring-my-answers").getByText(answers.get(i))).isVisible(SOON);
        }
        for (String answer : answers) {
            assertThat(console.locator(".kring-answer").filter(new Locator.FilterOptions().setHasText(answer)))
                    .isVisible(SOON);
            assertThat(screen.locator(".kring-answer").filter(new Locator.FilterOptions().setHasText(answer)))
                    .isVisible(SOON);
        }
        assertThat(console.getByText(IMG).first()).isVisible();
        inert(console, screen, tablets.get(0), tablets.get(1), tablets.get(2));

        // the results after the session
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        console.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resultaten")))
                .isVisible(SOON);
        assertThat(console.getByText(SCRIPT).first()).isVisible();
        inert(console, screen);

        // the coordinator's attendance pages and exports
        Page coordinator = DemoSession.signIn(watched(app.newPage(1280, 900)), app.url(""), "coordinator");
        coordinator.navigate(app.url("/aanwezigheid"));
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dinsdagkring De Linde")).click();
        assertThat(coordinator.locator(".kring-group-attendance")).containsText(IMG,
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        inert(coordinator);

        String csv = new String(download(coordinator, "Aanwezigheid als CSV"), StandardCharsets.UTF_8);
        // a formula is written with a leading apostrophe, quoted because it holds the separator
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.nl\"\";\"\"klik\"\")\"")
                .contains("\"" + IMG.replace("\"", "\"\"") + "\"").doesNotContain(";=HYPERLINK");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                download(coordinator, "Aanwezigheid als spreadsheet (XLSX)")));
             var rows = workbook.getFirstSheet().openStream()) {
            List<String> names = rows.skip(1).map(row -> row.getCell(3)).filter(cell -> cell != null)
                    .filter(cell -> cell.getText().contains("HYPERLINK"))
                    .map(cell -> cell.getType() + ":" + cell.getFormula() + ":" + cell.getText()).distinct().toList();
            // a text cell holding the words, never a formula
            assertThat(names).containsExactly("STRING:null:" + FORMULA);
        }
        PdfReader pdf = new PdfReader(download(coordinator, "Verslag als PDF"));
        String text = new PdfTextExtractor(pdf).getTextFromPage(pdf.getNumberOfPages() > 1 ? 2 : 1)
                + new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(text).contains("onerror");
        assertThat(dialogs).as("dialogs opened by a payload").isEmpty();
    }

    /** No payload ran in these pages, and none became an element of its own. */
    private void inert(Page... pages) {
        for (Page page : pages) {
            assertThat(page.evaluate("() => window.kringXss === undefined")).as(page.url()).isEqualTo(true);
            assertThat(page.locator("img[src=x], iframe, svg[onload], [onerror]")).hasCount(0);
        }
        assertThat(dialogs).as("dialogs opened by a payload").isEmpty();
    }

    private Page watched(Page page) {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    private static byte[] download(Page page, String link) {
        Download download = page.waitForDownload(() -> page.getByText(link).click());
        try (var in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rename(String from, String to) throws SQLException {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(
                "update participant set display_name = ?, private_note = ? where display_name = ?")) {
            update.setString(1, to);
            update.setString(2, SCRIPT);
            update.setString(3, from);
            assertThat(update.executeUpdate()).as(from).isPositive();
        }
    }

    private static void retitleTheLiveSession(String title) throws SQLException {
        try (Connection db = database(); PreparedStatement update = db.prepareStatement(
                "update kring_session set title = ? where status = 'LIVE'")) {
            update.setString(1, title);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Connection database() throws SQLException {
        return app.kring().embeddedDatabase();
    }
}
