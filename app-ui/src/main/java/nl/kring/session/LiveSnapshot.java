package nl.kring.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.scale.ScaleAnswer;
import nl.kring.domain.scale.ScaleDistribution;
import nl.kring.domain.scale.ScaleSpread;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ThinkingPattern;

/**
 * A live session as it is in the database at one sequence number: everything the
 * console, the tablets and the shared screen draw. It is read once per change per node
 * and handed to every screen of the session on that node; each screen shows only its part.
 *
 * @param endedByItself Kring ended the session after hours without activity (nobody pressed "end")
 * @param roster       the group's active participants, for the name buttons and the console
 * @param timerEndsAt  {@code null} when no countdown runs
 * @param smallSteps   the small steps written in this session (for their authors and the leaders only)
 * @param door         whether new tablets can join with the code now, and until when
 * @param waitingAnswers per step, how many anonymous answers wait to be shown with their batch
 * @param lookBack     each person's latest small step from an earlier session of the group, still
 *                     open or answered in this one (for their authors and the leaders only)
 */
public record LiveSnapshot(SessionId sessionId, GroupId groupId, String title, SessionStatus status,
                           boolean endedByItself, long sequence,
                           List<Step> steps, int currentStep, Instant timerEndsAt, JoinCode joinCode,
                           boolean joinCodeShown, List<RosterName> roster, List<TabletLine> tablets,
                           List<AnswerLine> answers, List<Attendance> attendance, List<BoardItem> wall,
                           List<BoardCount> boardCounts, List<DistressAlert> alerts, Map<StepId, Object> stepStates,
                           List<MoodCard> moodCards, List<ScaleAnswer> scaleAnswers, List<SmallStep> smallSteps,
                           List<SmallStep> lookBack, Map<StepId, Integer> waitingAnswers, JoinDoor door) {

    /**
     * What one member of staff may see of the session (the visibility matrix, docs/security.md):
     * small steps, the earlier small steps looked back on and the private alerts are for the
     * session's leaders (facilitators and experience experts), so others (a coordinator reading
     * the results) see that steps were written and by whom, not what they say; absence reasons
     * (often about health) are for those who plan and follow up (facilitators and coordinators),
     * not for experience experts.
     */
    public LiveSnapshot seenBy(SessionPermissions may) {
        List<SmallStep> written = may.lead() ? smallSteps : smallSteps.stream().map(SmallStep::withheld).toList();
        List<SmallStep> earlier = may.lead() ? lookBack : lookBack.stream().map(SmallStep::withheld).toList();
        List<DistressAlert> privateAlerts = may.lead() ? alerts : List.of();
        List<Attendance> marks = may.plan() ? attendance : attendance.stream()
                .map(a -> new Attendance(a.sessionId(), a.participantId(), a.status(), "")).toList();
        return new LiveSnapshot(sessionId, groupId, title, status, endedByItself, sequence, steps(), currentStep,
                timerEndsAt, joinCode, joinCodeShown, roster, tablets, answers, marks, wall, boardCounts,
                privateAlerts, stepStates, moodCards, scaleAnswers, written, earlier, waitingAnswers, door);
    }

    /**
     * Whether new tablets can join with the code (a tablet that belongs can always come back).
     *
     * @param closesAt when it closes by itself; {@code null} when it does not (or is closed)
     */
    public record JoinDoor(boolean open, Instant closesAt) {

        public static final JoinDoor CLOSED = new JoinDoor(false, null);
    }

    /**
     * A revealed contribution as everyone may see it, in wall order. Unrevealed, hidden and
     * held-back contributions are never in a snapshot, so no screen can show them by mistake.
     */
    public record BoardItem(ContributionId id, StepId stepId, String board, String text, boolean byExpert,
                            ThinkingPattern pattern, int recognitions) {
    }

    /** How many contributions on a board wait for the reveal, and how many were hidden. Never their text. */
    public record BoardCount(StepId stepId, String board, int waiting, int hidden) {
    }

    /**
     * A contribution, answer or moodboard card that suggests acute distress, for the
     * console's private alert only.
     *
     * @param source what the id is of
     * @param author who wrote it where the leaders may know (a named answer, a small step);
     *               {@code null} for anything anonymous
     */
    public record DistressAlert(UUID id, Source source, StepId stepId, String text, String author) {

        /** Where a held text comes from. */
        public enum Source { ANSWER, CONTRIBUTION, MOOD_CARD, SMALL_STEP }
    }

    /** Someone on the group's roster. */
    public record RosterName(ParticipantId id, String name) {

        /** The active people of a roster, by name: the name buttons and the console's list. */
        static List<RosterName> activeOf(List<Participant> roster) {
            return roster.stream().filter(Participant::isActive)
                    .map(p -> new RosterName(p.id(), p.displayName().value()))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .toList();
        }
    }

    /**
     * A tablet in the session.
     *
     * @param participantId {@code null} for a newcomer who waits for confirmation, and for a tablet
     *                      that asks to be someone (then {@code name} is whom it asks to be)
     * @param sharedName    another tablet has chosen the same person
     * @param claims        it asks to be someone whose tablet is connected: the leader allows or refuses
     * @param showsHistory  the leader has seen this binding (or let its grace pass): the tablet may show
     *                      its person's private history; {@code false} for a new binding, which the
     *                      console lists with "Klopt niet"
     * @param namesake      for a newcomer: the person on the roster with the same name, if any
     * @param blocked       the leader said "Klopt niet": the tablet takes no name in this session
     */
    public record TabletLine(TabletId id, ParticipantId participantId, String name, boolean waitsForConfirmation,
                             boolean connected, boolean sharedName, boolean claims, boolean showsHistory,
                             ParticipantId namesake, boolean blocked) {

        /** A tablet that became its person without the leader having seen it yet. */
        public boolean isNewBinding() {
            return participantId != null && !showsHistory;
        }
    }

    /**
     * An answer as it may be shown.
     *
     * @param authorName {@code null} for an anonymous answer
     * @param authorId   {@code null} for an anonymous answer
     */
    public record AnswerLine(StepId stepId, int question, ParticipantId authorId, String authorName, String text) {
    }

    public boolean isLive() {
        return status == SessionStatus.LIVE;
    }

    public boolean isEnded() {
        return status == SessionStatus.ENDED;
    }

    /** The step everyone sees; empty unless live. */
    public Optional<Step> current() {
        return isLive() && currentStep < steps.size() ? Optional.of(steps.get(currentStep)) : Optional.empty();
    }

    /** How many anonymous answers of a step wait for their batch (never which). */
    public int waitingAnswersAt(StepId step) {
        return waitingAnswers.getOrDefault(step, 0);
    }

    public List<AnswerLine> answersTo(StepId step) {
        return answers.stream().filter(a -> a.stepId().equals(step)).toList();
    }

    /** The revealed contributions of one board, in wall order. */
    public List<BoardItem> visibleOn(StepId step, String board) {
        return wall.stream().filter(i -> i.stepId().equals(step) && i.board().equals(board)).toList();
    }

    /** The revealed contributions of a step, in wall order. */
    public List<BoardItem> visibleIn(StepId step) {
        return wall.stream().filter(i -> i.stepId().equals(step)).toList();
    }

    /** The thoughts on the thought walls of this session, for picking one to challenge or swap. */
    public List<BoardItem> wallThoughts() {
        return wall.stream().filter(i -> i.board().equals(BoardKey.WALL)).toList();
    }

    public Optional<BoardItem> item(ContributionId id) {
        return wall.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public BoardCount countOn(StepId step, String board) {
        return boardCounts.stream().filter(c -> c.stepId().equals(step) && c.board().equals(board)).findFirst()
                .orElse(new BoardCount(step, board, 0, 0));
    }

    /** The cards on a moodboard step, hidden ones included (each screen decides what it shows). */
    public List<MoodCard> moodCardsOf(StepId step) {
        return moodCards.stream().filter(c -> c.stepId().equals(step)).toList();
    }

    /** How the numbers for one scale question are spread (show it only when {@link ScaleDistribution#mayBeShown()}). */
    public ScaleDistribution scaleOf(StepId step, int question) {
        return ScaleDistribution.of(scaleAnswers.stream()
                .filter(a -> a.stepId().equals(step) && a.question() == question).map(ScaleAnswer::value).toList());
    }

    /**
     * The spread of a scale question as the room may see it while the session runs: as last
     * shown, in batches ({@link ScaleSpread}); once the session has ended, all of it.
     */
    public ScaleDistribution shownScaleOf(StepId step, int question) {
        if (!isLive()) {
            return scaleOf(step, question);
        }
        return stepStates.get(step) instanceof ScaleSpread spread ? spread.of(question)
                : ScaleDistribution.of(List.of());
    }

    /** How many scale answers came (or changed) at a step since its spread was last shown. */
    public int newScaleAnswersAt(StepId step) {
        return stepStates.get(step) instanceof ScaleSpread spread ? spread.newSinceShown() : 0;
    }

    /** One person's own number for a scale question, for their own tablet only. */
    public Optional<Integer> scaleOf(StepId step, int question, ParticipantId participant) {
        return scaleAnswers.stream().filter(a -> a.stepId().equals(step) && a.question() == question
                && a.participant().equals(participant)).map(ScaleAnswer::value).findFirst();
    }

    /** One person's small step written at a step of this session. */
    public Optional<SmallStep> smallStepOf(StepId step, ParticipantId participant) {
        return smallSteps.stream().filter(s -> s.stepId().equals(step) && s.participant().equals(participant))
                .findFirst();
    }

    /** The small steps written at a step of this session. */
    public List<SmallStep> smallStepsAt(StepId step) {
        return smallSteps.stream().filter(s -> s.stepId().equals(step)).toList();
    }

    public <T> Optional<T> stateOf(StepId step, Class<T> type) {
        return Optional.ofNullable(stepStates.get(step)).filter(type::isInstance).map(type::cast);
    }

    public Optional<TabletLine> tablet(TabletId id) {
        return tablets.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
