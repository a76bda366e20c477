package nl.kring.domain.attendance;

import static nl.kring.domain.session.AttendanceStatus.ABSENT;
import static nl.kring.domain.session.AttendanceStatus.EXCUSED;
import static nl.kring.domain.session.AttendanceStatus.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.SessionId;
import org.junit.jupiter.api.Test;

class ParticipantHistoryTest {

    private static final GroupId GROUP = GroupId.newId();
    private static final ParticipantId ANNIE = ParticipantId.newId();
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private static ParticipantHistory weekly(AttendanceStatus... statuses) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            marks.add(new Mark(SessionId.newId(), GROUP, START.plus(7L * i, ChronoUnit.DAYS), ANNIE, statuses[i]));
        }
        // the history sorts by time whatever order the marks come in
        return new ParticipantHistory(marks.reversed());
    }

    @Test
    void twoMissedInARowPutsSomeoneOnTheListUntilTheyComeAgain() {
        assertThat(weekly(PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, EXCUSED).followUpReasons())
                .containsExactly(FollowUpReason.MISSED_TWO_IN_A_ROW);
        assertThat(weekly(PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, EXCUSED, PRESENT).followUpReasons()).isEmpty();
        assertThat(weekly(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT).followUpReasons()).isEmpty();
    }

    @Test
    void aNewcomerWhoMissedOnceIsOnTheList() {
        assertThat(weekly(PRESENT, ABSENT).followUpReasons()).containsExactly(FollowUpReason.NEWCOMER_MISSED);
        assertThat(weekly(ABSENT).followUpReasons()).containsExactly(FollowUpReason.NEWCOMER_MISSED);
        assertThat(weekly(PRESENT).followUpReasons()).isEmpty();
        assertThat(weekly().followUpReasons()).isEmpty();
    }

    @Test
    void fallingAttendanceCountsTheLastFourAgainstTheSessionsBefore() {
        // before: 4 of 4 (100 %), recent: 2 of 4 (50 %), and missed the last one
        assertThat(weekly(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, PRESENT, ABSENT).followUpReasons())
                .containsExactly(FollowUpReason.ATTENDANCE_FALLING);
        // before: 2 of 4 (50 %), recent: 2 of 4: not falling
        assertThat(weekly(PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, ABSENT, PRESENT, ABSENT).followUpReasons())
                .isEmpty();
    }

    @Test
    void rateAndStreakAreCountedFromTheLastSessionBack() {
        ParticipantHistory history = weekly(ABSENT, PRESENT, EXCUSED, PRESENT, PRESENT);
        assertThat(history.sessions()).isEqualTo(5);
        assertThat(history.present()).isEqualTo(3);
        assertThat(history.rate()).isEqualTo(0.6);
        assertThat(history.currentStreak()).isEqualTo(2);
        assertThat(history.missedInARow()).isZero();
        assertThat(weekly().rate()).isZero();
        assertThat(weekly().lastPresent()).isEmpty();
    }

    @Test
    void groupFiguresNeverDivideByZeroAndNeedTwoMonthsForACourse() {
        GroupFigures none = GroupFigures.of(List.of(), ZoneId.of("Europe/Amsterdam"));
        assertThat(none.rate()).isZero();
        assertThat(none.averagePresent()).isZero();
        assertThat(none.hasCourse()).isFalse();
        SessionTally january = new SessionTally(SessionId.newId(), GROUP, "Jan", START, 3, 1, 0);
        SessionTally february = new SessionTally(SessionId.newId(), GROUP, "Feb", START.plus(31, ChronoUnit.DAYS),
                1, 1, 2);
        assertThat(GroupFigures.of(List.of(january), ZoneId.of("Europe/Amsterdam")).hasCourse()).isFalse();
        GroupFigures two = GroupFigures.of(List.of(january, february), ZoneId.of("Europe/Amsterdam"));
        assertThat(two.hasCourse()).isTrue();
        assertThat(two.rate()).isEqualTo(0.5);
        assertThat(two.averagePresent()).isEqualTo(2.0);
        assertThat(two.perMonth()).extracting(GroupFigures.MonthRate::rate).containsExactly(0.75, 0.25);
    }
}
