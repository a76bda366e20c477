package nl.kring.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.domain.organisation.GroupId;
import org.junit.jupiter.api.Test;

class AttendanceSummaryTest {

    @Test
    void theRateIsTheShareOfRecordedAttendancesThatWerePresent() {
        assertThat(new GroupAttendanceSummary(GroupId.newId(), 3, 9, 12).attendanceRate()).isEqualTo(0.75);
    }

    @Test
    void withoutRecordsTheRateIsZeroInsteadOfAnError() {
        assertThat(new GroupAttendanceSummary(GroupId.newId(), 0, 0, 0).attendanceRate()).isZero();
    }
}
