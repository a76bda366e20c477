package nl.kring.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletId;

/**
 * A live session as it is in the database at one sequence number: everything the
 * console, the tablets and the shared screen draw. It is read once per change per node
 * and handed to every screen of the session on that node; each screen shows only its part.
 *
 * @param roster       the group's active participants, for the name buttons and the console
 * @param timerEndsAt  {@code null} when no countdown runs
 */
public record LiveSnapshot(SessionId sessionId, GroupId groupId, String title, SessionStatus status, long sequence,
                           List<Step> steps, int currentStep, Instant timerEndsAt, JoinCode joinCode,
                           boolean joinCodeShown, List<RosterName> roster, List<TabletLine> tablets,
                           List<AnswerLine> answers, List<Attendance> attendance) {

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
     * @param participantId {@code null} for a newcomer who waits for confirmation
     * @param sharedName    another tablet has chosen the same person
     */
    public record TabletLine(TabletId id, ParticipantId participantId, String name, boolean waitsForConfirmation,
                             boolean connected, boolean sharedName) {
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

    public List<AnswerLine> answersTo(StepId step) {
        return answers.stream().filter(a -> a.stepId().equals(step)).toList();
    }

    public Optional<TabletLine> tablet(TabletId id) {
        return tablets.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
