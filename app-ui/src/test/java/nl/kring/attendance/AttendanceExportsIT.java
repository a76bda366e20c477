package nl.kring.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attendance downloads in real Chromium on the packaged jar with its demo data: the
 * coordinator downloads CSV and XLSX of both groups and they read back to the same rows;
 * a facilitator's download holds only their own group; the group's PDF report holds the
 * chart and the tables.
 */
class AttendanceExportsIT {

    private static final String HEADER = "Groep;Datum;Bijeenkomst;Deelnemer;Aanwezigheid";
    private static final String LINDE = "Dinsdagkring De Linde";
    private static final String OOST = "Koffie & Praat Oost";

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("exports");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theCoordinatorsCsvAndSpreadsheetHoldTheSameAttendanceOfEveryGroup() throws IOException {
        Page coordinator = signIn("coordinator");
        coordinator.navigate(app.url("/aanwezigheid"));
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aanwezigheid")))
                .isVisible();

        List<String> csv = csvLines(download(coordinator, "Aanwezigheid als CSV"));
        assertThat(csv.getFirst()).isEqualTo(HEADER);
        Map<String, Long> sessionsPerGroup = csv.stream().skip(1).map(line -> line.split(";"))
                .map(cells -> cells[0] + "|" + cells[1]).distinct()
                .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf('|')), Collectors.counting()));
        // the demo: six past sessions of De Linde, four of Koffie & Praat Oost
        assertThat(sessionsPerGroup).isEqualTo(Map.of(LINDE, 6L, OOST, 4L));
        assertThat(csv.stream().skip(1).map(line -> line.split(";")[4]).distinct())
                .isSubsetOf("Aanwezig", "Afwezig", "Afgemeld").contains("Aanwezig");

        byte[] xlsx = download(coordinator, "Aanwezigheid als spreadsheet (XLSX)");
        assertThat(sheetLines(xlsx)).isEqualTo(csv);
    }

    @Test
    void aFacilitatorsDownloadHoldsOnlyTheirOwnGroupAndTheReportHoldsChartAndTables() throws IOException {
        Page facilitator = signIn("gespreksleider");
        facilitator.navigate(app.url("/aanwezigheid"));
        assertThat(facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(OOST))).hasCount(0);

        List<String> csv = csvLines(download(facilitator, "Aanwezigheid als CSV"));
        assertThat(csv).hasSizeGreaterThan(1);
        assertThat(csv.stream().skip(1).map(line -> line.split(";")[0]).distinct()).containsExactly(LINDE);

        facilitator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(LINDE)).click();
        assertThat(facilitator.getByText("Opkomst per maand").first()).isVisible();
        byte[] pdf = download(facilitator, "Verslag als PDF");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = pageText(reader);
        assertThat(text).contains("Aanwezigheid en resultaten: Dinsdagkring De", "Opkomst per maand",
                "Bijeenkomsten", "Afwezig of afgemeld", "Deelnemers", "Keer op rij", "Bijeenkomst 6");
        // the chart is drawn as a vector figure (a form XObject) on the first page, with a percentage per month
        assertThat(hasForm(reader.getPageN(1))).as("the chart on page 1").isTrue();
        assertThat(text).as("a month under a bar and its percentage above it").containsPattern("\\p{L}{3}\\.? \\d{2}\\s+\\d+ %");
    }

    private static Page signIn(String username) {
        return DemoSession.signIn(app.newPage(1280, 900), app.url(""), username);
    }

    private static byte[] download(Page page, String link) {
        Download download = page.waitForDownload(() -> page.getByText(link).click());
        assertThat(download.failure()).isNull();
        try (var in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> csvLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 byte order mark, for spreadsheet programs").startsWith("\uFEFF");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    /** The spreadsheet's rows joined as the CSV joins them (demo names hold no separators). */
    private static List<String> sheetLines(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Aanwezigheid");
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.forEach((Row row) -> lines.add(row.stream().map(cell -> cell == null ? "" : cell.getText())
                        .collect(Collectors.joining(";"))));
            }
        }
        return lines;
    }

    private static String pageText(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static boolean hasForm(PdfDictionary page) {
        PdfDictionary resources = page.getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (objects == null) {
            return false;
        }
        return objects.getKeys().stream().map(objects::getAsStream)
                .anyMatch(stream -> stream != null && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE)));
    }
}
