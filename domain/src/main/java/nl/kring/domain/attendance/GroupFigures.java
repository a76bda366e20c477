package nl.kring.domain.attendance;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A group's attendance over a period, from the tallies of its sessions: sessions held,
 * the average number present, the attendance rate, and the rate per month for the chart.
 * A period without sessions gives zeros and an empty series, never a division by zero.
 */
public record GroupFigures(int sessionsHeld, int present, int recorded, List<MonthRate> perMonth) {

    /** The attendance in one month: the rate over its sessions. */
    public record MonthRate(YearMonth month, int sessions, int present, int recorded) {
        public double rate() {
            return recorded == 0 ? 0 : (double) present / recorded;
        }
    }

    public static GroupFigures of(List<SessionTally> tallies, ZoneId zone) {
        Map<YearMonth, int[]> months = new TreeMap<>();
        int present = 0;
        int recorded = 0;
        for (SessionTally tally : tallies) {
            present += tally.present();
            recorded += tally.recorded();
            int[] month = months.computeIfAbsent(YearMonth.from(tally.at().atZone(zone)), m -> new int[3]);
            month[0]++;
            month[1] += tally.present();
            month[2] += tally.recorded();
        }
        List<MonthRate> series = months.entrySet().stream()
                .map(e -> new MonthRate(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new GroupFigures(tallies.size(), present, recorded, series);
    }

    public double rate() {
        return recorded == 0 ? 0 : (double) present / recorded;
    }

    /** Average number of people present per session held; 0 without sessions. */
    public double averagePresent() {
        return sessionsHeld == 0 ? 0 : (double) present / sessionsHeld;
    }

    /** A chart needs at least two months to show a course; one dot means nothing. */
    public boolean hasCourse() {
        return perMonth.size() >= 2;
    }
}
