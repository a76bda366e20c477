package nl.kring.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV export is read back as a spreadsheet would, split on {@code ;} (Dutch Excel) and on
 * {@code ,} (Excel elsewhere, LibreOffice's guess), honouring quotes as RFC 4180 says and also
 * ignoring them (a reader that splits first): no cell can start a formula (issue 21).
 */
class CsvCellTest {

    private static final List<String> HOSTILE = List.of(
            "x,=HYPERLINK(\"http://x.nl\",\"klik\")", "x;=1+1", "Jan, +31 6 1234", "a,@SUM(A1:A9)",
            "a\t=1+1", "a,  -2+3", "=cmd|' /C calc'!A0", "＝1+1", "a,＝1", "regel 1\n=1+1", "Riet", "Jan-Willem",
            "2026-11-24");

    @Test
    void noCellStartsAFormulaWhicheverSeparatorASpreadsheetSplitsOn() {
        String line = String.join(";", HOSTILE.stream().map(AttendanceExport::csvCell).toList());
        for (char separator : new char[] {';', ',', '\t'}) {
            for (boolean honoursQuotes : new boolean[] {true, false}) {
                for (String cell : split(line, separator, honoursQuotes)) {
                    String shown = cell.strip();
                    assertThat(shown).as("a cell split on '%s'%s", separator, honoursQuotes ? "" : " ignoring quotes")
                            .doesNotMatch("^\"?[=+\\-@＝＋－＠].*");
                }
            }
        }
    }

    @Test
    void plainWordsStayAsTheyWereAndAFormulaReadsBackAsItsText() {
        assertThat(AttendanceExport.csvCell("Jan-Willem")).isEqualTo("Jan-Willem");
        assertThat(AttendanceExport.csvCell("2026-11-24")).isEqualTo("2026-11-24");
        assertThat(AttendanceExport.csvCell("=1+1")).isEqualTo("'=1+1");
        assertThat(split(AttendanceExport.csvCell("x,=HYPERLINK(\"a\")") + ";Aanwezig", ';', true))
                .containsExactly("x,'=HYPERLINK(\"a\")", "Aanwezig");
    }

    /** Splits one CSV record; with quotes honoured, a quoted cell keeps its separators and "" is one quote. */
    private static List<String> split(String record, char separator, boolean honoursQuotes) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (honoursQuotes && c == '"') {
                if (quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && (c == separator || c == '\n' || c == '\r')) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
