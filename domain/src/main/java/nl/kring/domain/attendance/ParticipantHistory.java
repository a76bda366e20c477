package nl.kring.domain.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One person's attendance over the sessions of their group that were held, oldest first:
 * the figures a coordinator reads (rate, current streak) and the follow-up rules.
 *
 * <p>The rules (chosen with the seed's aim "blijvend stimuleren … om afhaken te
 * voorkomen"): someone is on the list while their <em>last</em> session was missed — so
 * they leave it as soon as they come again — and one of these holds: the last two were
 * missed; they are new (at most {@value #NEWCOMER_SESSIONS} sessions) and missed one; or
 * over at least {@value #FALLING_MIN_SESSIONS} sessions, the last {@value #RECENT}
 * were attended at a rate at least {@value #FALLING_DROP_PERCENT} points lower than the
 * ones before. Excused counts as missed: notice given twice is still worth a call.
 */
public record ParticipantHistory(List<Mark> marks) {

    public static final int NEWCOMER_SESSIONS = 3;
    public static final int RECENT = 4;
    public static final int FALLING_MIN_SESSIONS = 8;
    public static final int FALLING_DROP_PERCENT = 30;

    public ParticipantHistory {
        marks = marks.stream().sorted(Comparator.comparing(Mark::at)).toList();
    }

    public int sessions() {
        return marks.size();
    }

    public int present() {
        return (int) marks.stream().filter(Mark::present).count();
    }

    /** Share of sessions attended, 0..1; 0 when there are none (the page says "nog geen bijeenkomsten"). */
    public double rate() {
        return marks.isEmpty() ? 0 : (double) present() / marks.size();
    }

    /** How many sessions in a row, counting back from the last, the person was present. */
    public int currentStreak() {
        int streak = 0;
        for (int i = marks.size() - 1; i >= 0 && marks.get(i).present(); i--) {
            streak++;
        }
        return streak;
    }

    /** How many sessions in a row, counting back from the last, the person missed. */
    public int missedInARow() {
        int missed = 0;
        for (int i = marks.size() - 1; i >= 0 && !marks.get(i).present(); i--) {
            missed++;
        }
        return missed;
    }

    public Optional<Mark> lastPresent() {
        return marks.reversed().stream().filter(Mark::present).findFirst();
    }

    /** Why this person should be followed up; empty when they need not be. */
    public List<FollowUpReason> followUpReasons() {
        List<FollowUpReason> reasons = new ArrayList<>();
        if (marks.isEmpty() || marks.getLast().present()) {
            return reasons;
        }
        if (missedInARow() >= 2) {
            reasons.add(FollowUpReason.MISSED_TWO_IN_A_ROW);
        }
        if (marks.size() <= NEWCOMER_SESSIONS) {
            reasons.add(FollowUpReason.NEWCOMER_MISSED);
        }
        // two missed in a row already says it: "falling" is for the ones who come now and then
        if (reasons.isEmpty() && marks.size() >= FALLING_MIN_SESSIONS && falling()) {
            reasons.add(FollowUpReason.ATTENDANCE_FALLING);
        }
        return reasons;
    }

    private boolean falling() {
        List<Mark> before = marks.subList(0, marks.size() - RECENT);
        List<Mark> recent = marks.subList(marks.size() - RECENT, marks.size());
        long recentPresent = recent.stream().filter(Mark::present).count();
        long beforePresent = before.stream().filter(Mark::present).count();
        // compare in whole percentage points, without floating point surprises
        return recentPresent * 100 * before.size() + (long) FALLING_DROP_PERCENT * before.size() * recent.size()
                <= beforePresent * 100 * recent.size();
    }
}
