package nl.kring.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.GroupAttendanceSummary;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contract test of the session port against a real PostgreSQL. */
class SessionPortIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SessionRepository sessions;

    @Test
    void attendanceIsSummarisedOverEndedSessionsOfTheOrganisationOnly() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Sessies"));
        Organisation other = organisations.save(TestOrganisations.organisation("Welzijn Elders"));
        Group group = groups.save(TestOrganisations.group(organisation, "Woensdag"));
        Group otherGroup = groups.save(TestOrganisations.group(other, "Woensdag"));
        Participant anna = participants.save(Participant.join(group.id(), new PersonName("Anna")));
        Participant bert = participants.save(Participant.join(group.id(), new PersonName("Bert")));

        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Session held = sessions.save(Session.plan(group.id(), "Kennismaken", lastWeek).ended());
        sessions.save(Session.plan(group.id(), "Volgende keer", lastWeek.plus(14, ChronoUnit.DAYS)));
        sessions.save(Session.plan(otherGroup.id(), "Elders", lastWeek).ended());
        sessions.saveAttendance(new Attendance(held.id(), anna.id(), AttendanceStatus.PRESENT, ""));
        sessions.saveAttendance(new Attendance(held.id(), bert.id(), AttendanceStatus.ABSENT, ""));
        // a correction replaces the earlier record instead of counting twice
        sessions.saveAttendance(new Attendance(held.id(), bert.id(), AttendanceStatus.EXCUSED, "Naar de dokter"));

        assertThat(sessions.findAttendance(held.id())).hasSize(2)
                .contains(new Attendance(held.id(), bert.id(), AttendanceStatus.EXCUSED, "Naar de dokter"));
        assertThat(sessions.summariseAttendance(organisation.id()))
                .containsExactly(new GroupAttendanceSummary(group.id(), 1, 1, 2));
        assertThat(sessions.findByGroup(group.id())).extracting(Session::title)
                .containsExactly("Volgende keer", "Kennismaken");
    }
}
