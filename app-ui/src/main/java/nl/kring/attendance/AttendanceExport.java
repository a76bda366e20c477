package nl.kring.attendance;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.kring.attendance.AttendanceReportService.GroupReport;
import nl.kring.attendance.AttendanceReportService.PersonRow;
import nl.kring.attendance.AttendanceReportService.ScaleRow;
import nl.kring.attendance.AttendanceReportService.SessionRow;
import nl.kring.base.BundledFonts;
import nl.kring.base.KringI18NProvider;
import nl.kring.base.KringTime;
import nl.kring.domain.attendance.GroupFigures;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.security.AuditLog;
import nl.kring.security.Roles;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance exports for a period: CSV and XLSX (one row per person per session, people
 * whose data was erased counted without a name) and a printable PDF report per group with
 * the chart, the tables and the results. They hold only what the reader may see on the
 * pages (the same {@link ReportScope}); every export is in the audit trail.
 */
@Service
public class AttendanceExport {

    /** A formula sign at the start of a cell or after a character some spreadsheet splits cells on. */
    private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\\t\\r\\n])(\\s*)([=+\\-@\uFF1D\uFF0B\uFF0D\uFF20])");


    private static final Color INK = new Color(0x1d, 0x2b, 0x36);
    private static final Color BAR = new Color(0x2f, 0x6f, 0x5e);
    private static final Color GRID = new Color(0xd5, 0xdb, 0xe0);

    private final AttendanceReportService reports;
    private final AuditLog audit;
    private final KringI18NProvider i18n;

    AttendanceExport(AttendanceReportService reports, AuditLog audit, KringI18NProvider i18n) {
        this.reports = reports;
        this.audit = audit;
        this.i18n = i18n;
    }

    /** Semicolon-separated (what Dutch spreadsheet programs expect), UTF-8 with a byte order mark. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public byte[] csv(Optional<GroupId> group, Period period, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows(group, period, locale)) {
            out.append(String.join(";", row.stream().map(AttendanceExport::csvCell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public byte[] xlsx(Optional<GroupId> group, Period period, Locale locale) {
        List<List<String>> rows = rows(group, period, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Kring", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(t(locale, "export.sheet"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    // every cell is written as text: a name like "=1+1" stays a name, never a formula
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            sheet.style(0, 0).bold().set();
            sheet.range(0, 0, 0, rows.getFirst().size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The header and one row per person per session; erased people as "(gewist)" rows, so totals match. */
    private List<List<String>> rows(Optional<GroupId> group, Period period, Locale locale) {
        List<GroupReport> groups = reports.attendance(group, period);
        audit.record(AuditAction.EXPORTED_ATTENDANCE, group.isPresent() && !groups.isEmpty()
                ? "groep " + groups.getFirst().name() + " · " + period.from() + " – " + period.to()
                : "alle groepen · " + period.from() + " – " + period.to());
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(KringTime.ZONE);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t(locale, "export.column.group"), t(locale, "export.column.date"),
                t(locale, "export.column.session"), t(locale, "export.column.participant"),
                t(locale, "export.column.status")));
        String erased = t(locale, "export.erased");
        for (GroupReport report : groups) {
            for (SessionRow session : report.sessions().reversed()) {
                String date = day.format(session.at());
                for (var status : AttendanceStatus.values()) {
                    List<String> names = switch (status) {
                        case PRESENT -> session.present();
                        case ABSENT -> session.absent();
                        case EXCUSED -> session.excused();
                    };
                    int counted = switch (status) {
                        case PRESENT -> session.tally().present();
                        case ABSENT -> session.tally().absent();
                        case EXCUSED -> session.tally().excused();
                    };
                    String label = t(locale, "attendance." + status.name());
                    names.forEach(n -> rows.add(List.of(report.name(), date, session.title(), n, label)));
                    for (int i = names.size(); i < counted; i++) {
                        rows.add(List.of(report.name(), date, session.title(), erased, label));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * A cell no spreadsheet reads as a formula, whatever separator it splits on. Kring writes
     * {@code ;} (Dutch Excel's), but a spreadsheet set to {@code ,} or tab splits inside cells,
     * and a name like {@code x,=HYPERLINK(…)} would then start a new cell with a formula. So a
     * formula sign (=, +, -, @, also the full-width forms) gets an apostrophe before it at the
     * start of the cell and after every character any spreadsheet splits on (comma, semicolon,
     * tab, line break), also when spaces stand between. Cells holding a separator, quote or line
     * break are quoted, quotes doubled (RFC 4180).
     */
    static String csvCell(String value) {
        String safe = FORMULA_START.matcher(value).replaceAll("$1$2'$3");
        boolean quote = safe.chars().anyMatch(c -> c == ';' || c == ',' || c == '"' || c == '\n' || c == '\r'
                || c == '\t');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** A printable report of one group over a period: figures, the course per month, sessions, people, results. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public byte[] pdf(GroupId group, Period period, Locale locale) {
        GroupReport report = reports.group(group, period);
        audit.record(AuditAction.EXPORTED_ATTENDANCE, "groep " + report.name() + " · PDF · " + period.from() + " – "
                + period.to());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            BaseFont regular = BundledFonts.pdfRegular();
            BaseFont bold = BundledFonts.pdfBold();
            Font title = new Font(bold, 18, Font.NORMAL, INK);
            Font heading = new Font(bold, 12.5f, Font.NORMAL, INK);
            Font text = new Font(regular, 10, Font.NORMAL, INK);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(t(locale, "report.attendance.title", report.name()));
            document.addCreator("Kring");
            document.open();
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(KringTime.ZONE);
            document.add(new Paragraph(t(locale, "report.attendance.title", report.name()), title));
            document.add(new Paragraph(t(locale, "report.attendance.period",
                    day.format(period.start()), day.format(period.end().minusSeconds(1))), text));
            GroupFigures figures = report.figures();
            document.add(new Paragraph(figures.sessionsHeld() == 0 ? t(locale, "attendance.no-sessions")
                    : t(locale, "attendance.figures", figures.sessionsHeld(),
                            String.format(locale, "%.1f", figures.averagePresent()), Percent.of(figures.rate())), text));

            document.add(new Paragraph(t(locale, "attendance.chart.title"), heading));
            if (figures.hasCourse()) {
                document.add(chart(writer, figures, regular, locale));
            } else {
                document.add(new Paragraph(t(locale, "attendance.chart.too-few"), text));
            }

            document.add(new Paragraph(t(locale, "attendance.sessions"), heading));
            PdfPTable sessions = table(4, text, t(locale, "export.column.date"), t(locale, "export.column.session"),
                    t(locale, "attendance.PRESENT"), t(locale, "attendance.absent-or-excused"));
            for (SessionRow row : report.sessions()) {
                cells(sessions, text, day.format(row.at()), row.title(), String.valueOf(row.tally().present()),
                        String.valueOf(row.tally().absent() + row.tally().excused()));
            }
            document.add(report.sessions().isEmpty() ? new Paragraph(t(locale, "attendance.no-sessions"), text)
                    : sessions);

            document.add(new Paragraph(t(locale, "attendance.people"), heading));
            PdfPTable people = table(4, text, t(locale, "export.column.participant"), t(locale, "attendance.sessions"),
                    t(locale, "attendance.rate"), t(locale, "attendance.streak"));
            for (PersonRow row : report.people()) {
                cells(people, text, row.name(), String.valueOf(row.history().sessions()),
                        row.history().sessions() == 0 ? "–" : Percent.of(row.history().rate()),
                        String.valueOf(row.history().currentStreak()));
            }
            document.add(report.people().isEmpty() ? new Paragraph(t(locale, "attendance.no-people"), text) : people);

            document.add(new Paragraph(t(locale, "results.title"), heading));
            if (report.scales().isEmpty()) {
                document.add(new Paragraph(t(locale, "results.no-scales"), text));
            }
            for (ScaleRow scale : report.scales()) {
                document.add(new Paragraph(day.format(scale.at()) + " · " + scale.question() + ": "
                        + scale.spread().map(s -> t(locale, "results.median", String.format(locale, "%.1f", s.median()),
                                s.total())).orElse(t(locale, "results.too-few", scale.answers())), text));
            }
            var steps = report.steps();
            document.add(new Paragraph(t(locale, "results.steps", steps.written(), steps.taken(), steps.done(),
                    steps.partly(), steps.notYet()), text));
            document.add(new Paragraph(t(locale, "report.attendance.footer"), new Font(regular, 8, Font.NORMAL,
                    Color.GRAY)));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the attendance report could not be written", e);
        }
        return out.toByteArray();
    }

    /** Bars per month (attendance rate), with the month under each bar and the percentage above. */
    private Image chart(PdfWriter writer, GroupFigures figures, BaseFont font, Locale locale) {
        List<GroupFigures.MonthRate> months = figures.perMonth();
        float width = 500;
        float height = 170;
        float bottom = 28;
        float top = 18;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate chart = canvas.createTemplate(width, height);
        chart.setColorStroke(GRID);
        chart.setLineWidth(0.5f);
        for (int pct = 0; pct <= 100; pct += 25) {
            float y = bottom + (height - bottom - top) * pct / 100f;
            chart.moveTo(0, y);
            chart.lineTo(width, y);
        }
        chart.stroke();
        float slot = width / months.size();
        float barWidth = Math.min(36, slot * 0.7f);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        for (int i = 0; i < months.size(); i++) {
            GroupFigures.MonthRate m = months.get(i);
            float x = i * slot + (slot - barWidth) / 2;
            float barHeight = (float) ((height - bottom - top) * m.rate());
            chart.setColorFill(BAR);
            chart.rectangle(x, bottom, barWidth, barHeight);
            chart.fill();
            chart.beginText();
            chart.setColorFill(INK);
            chart.setFontAndSize(font, 7.5f);
            chart.showTextAligned(PdfContentByte.ALIGN_CENTER, month.format(m.month()), x + barWidth / 2, 10, 0);
            chart.showTextAligned(PdfContentByte.ALIGN_CENTER, Percent.of(m.rate()), x + barWidth / 2,
                    bottom + barHeight + 4, 0);
            chart.endText();
        }
        try {
            Image image = Image.getInstance(chart);
            image.setAlt(t(locale, "attendance.chart.title"));
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PdfPTable table(int columns, Font font, String... headers) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        cells(table, font, headers);
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(value, font));
        }
    }

    private String t(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
