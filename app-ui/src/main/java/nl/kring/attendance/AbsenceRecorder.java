package nl.kring.attendance;

import java.util.Set;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.session.SessionEndHandler;
import org.springframework.stereotype.Component;

/**
 * When a session ends, everyone on the roster who did not come and was not excused is
 * recorded as absent: the follow-up rules count missed sessions, so a missing record
 * must not mean "nothing known". The facilitator can still correct it afterwards.
 */
@Component
class AbsenceRecorder implements SessionEndHandler {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;

    AbsenceRecorder(SessionRepository sessions, ParticipantRepository participants) {
        this.sessions = sessions;
        this.participants = participants;
    }

    @Override
    public void sessionEnded(SessionId id) {
        var session = sessions.findById(id).orElseThrow();
        Set<ParticipantId> recorded = sessions.findAttendance(id).stream().map(Attendance::participantId)
                .collect(Collectors.toSet());
        participants.findByGroup(session.groupId()).stream()
                .filter(p -> p.isActive() && !recorded.contains(p.id()))
                .forEach(p -> sessions.saveAttendance(new Attendance(id, p.id(), AttendanceStatus.ABSENT, "")));
    }
}
