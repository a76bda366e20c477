package nl.kring.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kring.base.KringTime;
import nl.kring.domain.attendance.AttendanceFacts;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.attendance.FollowUpActionRepository;
import nl.kring.domain.attendance.GroupFigures;
import nl.kring.domain.attendance.Mark;
import nl.kring.domain.attendance.ParticipantHistory;
import nl.kring.domain.attendance.SessionTally;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.scale.ScaleDistribution;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepRepository;
import nl.kring.security.AuditLog;
import nl.kring.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance and results for coordinators (every group of the organisation) and
 * facilitators (the groups they lead): the overview, a group's report, a participant's
 * record, and attendance registered for a session held without tablets. Figures only:
 * no content of any contribution is read here, and scale results are shown only from
 * three answers.
 */
@Service
public class AttendanceReportService {

    public record GroupRow(GroupId id, String name, boolean archived, int activeParticipants, GroupFigures figures) {
    }

    public record Overview(Period period, List<GroupRow> groups, GroupFigures total) {
    }

    public record SessionRow(SessionId id, String title, Instant at, SessionTally tally, List<String> present,
                             List<String> absent, List<String> excused) {
        /** People whose data was erased: counted, never named. */
        public int erased() {
            return tally.recorded() - present.size() - absent.size() - excused.size();
        }
    }

    public record PersonRow(ParticipantId id, String name, boolean active, ParticipantHistory history) {
    }

    /** One scale question at one session; {@code spread} is empty below three answers. */
    public record ScaleRow(Instant at, String session, String question, int answers,
                           Optional<ScaleDistribution> spread) {
    }

    /** Small steps written in the period, and what people said about them at the next session. */
    public record StepCounts(int written, int done, int partly, int notYet) {
        public int taken() {
            return done + partly;
        }
    }

    public record GroupReport(GroupId id, String name, Period period, GroupFigures figures, List<SessionRow> sessions,
                              List<PersonRow> people, List<ScaleRow> scales, StepCounts steps) {
    }

    public record ParticipantRecord(ParticipantId id, String name, boolean active, String groupName,
                                    ParticipantHistory history, List<SessionLine> sessions,
                                    List<FollowUpAction> actions) {
    }

    public record SessionLine(Instant at, String title, AttendanceStatus status) {
    }

    private final ReportScope scope;
    private final AttendanceFacts facts;
    private final ParticipantRepository participants;
    private final SessionRepository sessions;
    private final ScaleAnswerRepository scaleAnswers;
    private final SmallStepRepository smallSteps;
    private final FollowUpActionRepository followUps;
    private final AuditLog audit;

    AttendanceReportService(ReportScope scope, AttendanceFacts facts, ParticipantRepository participants,
                            SessionRepository sessions, ScaleAnswerRepository scaleAnswers,
                            SmallStepRepository smallSteps, FollowUpActionRepository followUps, AuditLog audit) {
        this.scope = scope;
        this.facts = facts;
        this.participants = participants;
        this.sessions = sessions;
        this.scaleAnswers = scaleAnswers;
        this.smallSteps = smallSteps;
        this.followUps = followUps;
        this.audit = audit;
    }

    /** The groups for the filter: all of the organisation's for a coordinator, one's own for a facilitator. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public List<GroupRow> groupChoices() {
        return scope.groups().stream().map(g -> new GroupRow(g.id(), g.name().value(), g.archived(), 0,
                GroupFigures.of(List.of(), KringTime.ZONE))).toList();
    }

    /** Every visible group (or one) over a period: sessions held, average present, rate, the course per month. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public Overview overview(Period period, Optional<GroupId> only) {
        List<Group> groups = only.map(id -> List.of(scope.requireGroup(id))).orElseGet(scope::groups);
        List<GroupId> ids = groups.stream().map(Group::id).toList();
        List<SessionTally> tallies = facts.tallies(ids, period.start(), period.end());
        Map<GroupId, List<SessionTally>> byGroup = tallies.stream().collect(Collectors.groupingBy(SessionTally::group));
        Map<GroupId, Integer> active = participants.countActiveByGroup(ids);
        List<GroupRow> rows = groups.stream()
                // an archived group without sessions in the period says nothing
                .filter(g -> !g.archived() || byGroup.containsKey(g.id()))
                .map(g -> new GroupRow(g.id(), g.name().value(), g.archived(), active.getOrDefault(g.id(), 0),
                        GroupFigures.of(byGroup.getOrDefault(g.id(), List.of()), KringTime.ZONE)))
                .toList();
        return new Overview(period, rows, GroupFigures.of(tallies, KringTime.ZONE));
    }

    /** One group over a period: per session who was there, per person their figures, and the results. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public GroupReport group(GroupId id, Period period) {
        return report(scope.requireGroup(id), period, true);
    }

    /** The attendance of one or every visible group, without the results (for the exports). */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public List<GroupReport> attendance(Optional<GroupId> only, Period period) {
        List<Group> groups = only.map(id -> List.of(scope.requireGroup(id))).orElseGet(scope::groups);
        return groups.stream().map(g -> report(g, period, false)).toList();
    }

    private GroupReport report(Group group, Period period, boolean withResults) {
        GroupId id = group.id();
        List<SessionTally> tallies = facts.tallies(List.of(id), period.start(), period.end());
        List<Mark> marks = facts.marks(List.of(id), period.start(), period.end());
        Map<ParticipantId, Participant> roster = participants.findByGroup(id).stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        Map<SessionId, List<Mark>> bySession = marks.stream().collect(Collectors.groupingBy(Mark::session));
        List<SessionRow> sessionRows = new ArrayList<>();
        for (SessionTally tally : tallies.reversed()) {
            List<Mark> here = bySession.getOrDefault(tally.session(), List.of());
            sessionRows.add(new SessionRow(tally.session(), tally.title(), tally.at(), tally,
                    names(here, roster, AttendanceStatus.PRESENT), names(here, roster, AttendanceStatus.ABSENT),
                    names(here, roster, AttendanceStatus.EXCUSED)));
        }
        Map<ParticipantId, List<Mark>> byPerson = marks.stream().collect(Collectors.groupingBy(Mark::participant));
        List<PersonRow> people = roster.values().stream()
                .map(p -> new PersonRow(p.id(), p.displayName().value(), p.isActive(),
                        new ParticipantHistory(byPerson.getOrDefault(p.id(), List.of()))))
                .filter(row -> row.active() || row.history().sessions() > 0)
                .sorted(Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT)))
                .toList();
        return new GroupReport(id, group.name().value(), period, GroupFigures.of(tallies, KringTime.ZONE),
                sessionRows, people, withResults ? scales(tallies) : List.of(),
                withResults ? steps(tallies) : new StepCounts(0, 0, 0, 0));
    }

    private static List<String> names(List<Mark> marks, Map<ParticipantId, Participant> roster,
                                      AttendanceStatus status) {
        return marks.stream().filter(m -> m.status() == status)
                .map(m -> Optional.ofNullable(roster.get(m.participant())).map(p -> p.displayName().value())
                        .orElse("?"))
                .sorted().toList();
    }

    private List<ScaleRow> scales(List<SessionTally> tallies) {
        List<ScaleRow> rows = new ArrayList<>();
        for (SessionTally tally : tallies) {
            var answers = scaleAnswers.findBySession(tally.session());
            answers.stream().collect(Collectors.groupingBy(a -> a.stepId().value().toString() + "/" + a.question(),
                            LinkedHashMap::new, Collectors.toList()))
                    .values().forEach(one -> {
                        ScaleDistribution spread = ScaleDistribution.of(one.stream().map(a -> a.value()).toList());
                        rows.add(new ScaleRow(tally.at(), tally.title(), one.getFirst().questionText(), spread.total(),
                                spread.mayBeShown() ? Optional.of(spread) : Optional.empty()));
                    });
        }
        return rows;
    }

    private StepCounts steps(List<SessionTally> tallies) {
        int written = 0;
        int done = 0;
        int partly = 0;
        int notYet = 0;
        for (SessionTally tally : tallies) {
            for (SmallStep step : smallSteps.findWrittenIn(tally.session())) {
                written++;
                if (step.outcome() == Outcome.DONE) {
                    done++;
                } else if (step.outcome() == Outcome.PARTLY) {
                    partly++;
                } else if (step.outcome() == Outcome.NOT_YET) {
                    notYet++;
                }
            }
        }
        return new StepCounts(written, done, partly, notYet);
    }

    /** A participant's page: their sessions, rate, streak and follow-up. Every view is in the audit trail. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public ParticipantRecord participant(ParticipantId id) {
        Participant participant = scope.requireParticipant(id);
        Group group = scope.requireGroup(participant.groupId());
        List<Mark> marks = facts.marksOf(id);
        Map<SessionId, String> titles = new HashMap<>();
        sessions.findByGroup(group.id()).forEach(s -> titles.put(s.id(), s.title()));
        List<SessionLine> lines = marks.reversed().stream()
                .map(m -> new SessionLine(m.at(), titles.getOrDefault(m.session(), ""), m.status())).toList();
        audit.record(AuditAction.VIEWED_PARTICIPANT, AuditLog.subject(participant, group.name().value()));
        return new ParticipantRecord(id, participant.displayName().value(), participant.isActive(),
                group.name().value(), new ParticipantHistory(marks), lines, followUps.findFor(List.of(id)));
    }

    /** Planned sessions of a group whose time has come, for registering one held without tablets. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public List<Session> sessionsToRegister(GroupId id) {
        scope.requireGroup(id);
        Instant endOfToday = LocalDate.now(KringTime.ZONE).plusDays(1).atStartOfDay(KringTime.ZONE)
                .toInstant();
        return sessions.findByGroup(id).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED && s.scheduledAt().isBefore(endOfToday)).toList();
    }

    /**
     * Registers the attendance of a session held without tablets: the session counts as held,
     * everyone on the roster gets the status chosen (absent when none was chosen).
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public void registerHeldWithoutTablets(SessionId id, Map<ParticipantId, AttendanceStatus> statuses) {
        Session session = sessions.findById(id).orElseThrow(ReportScope::refused);
        scope.requireGroup(session.groupId());
        if (session.status() != SessionStatus.PLANNED) {
            throw new InvalidValueException("session", "validation.session-not-planned");
        }
        sessions.save(session.ended());
        for (Participant person : participants.findByGroup(session.groupId())) {
            if (person.isActive() || statuses.containsKey(person.id())) {
                sessions.saveAttendance(new Attendance(id, person.id(),
                        statuses.getOrDefault(person.id(), AttendanceStatus.ABSENT), ""));
            }
        }
    }
}
