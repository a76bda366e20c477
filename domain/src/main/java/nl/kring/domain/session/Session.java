package nl.kring.domain.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A meeting of a group, and the aggregate that guards its lifecycle: the plan (an ordered
 * list of steps) can be edited while the session is planned; starting it gives it a join
 * code and a live state; only a live session moves between steps; an ended session is
 * read-only except for the facilitator's notes.
 *
 * @param live  {@code null} until the session is started
 * @param notes the facilitator's private notes
 */
public record Session(SessionId id, GroupId groupId, String title, Instant scheduledAt, SessionStatus status,
                      List<Step> steps, LiveState live, String notes, long version) {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_STEPS = 30;
    public static final int MAX_NOTES_LENGTH = 5000;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        title = Texts.requireLine("title", title, MAX_TITLE_LENGTH);
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps == null ? List.of() : steps);
        if (steps.size() > MAX_STEPS) {
            throw new InvalidValueException("steps", "validation.too-many-steps", MAX_STEPS);
        }
        if (status == SessionStatus.LIVE) {
            Objects.requireNonNull(live, "live");
        }
        notes = Texts.optionalText("notes", notes, MAX_NOTES_LENGTH);
    }

    /** A new planned session without steps. */
    public static Session plan(GroupId groupId, String title, Instant scheduledAt) {
        return new Session(SessionId.newId(), groupId, title, scheduledAt, SessionStatus.PLANNED, List.of(), null,
                "", 0);
    }

    /** A new planned session with a copy of this one's steps (new step ids). */
    public Session copyAs(String newTitle, Instant newScheduledAt) {
        return plan(groupId, newTitle, newScheduledAt).withSteps(steps.stream().map(Step::copy).toList());
    }

    // ---- the plan, while the session is planned ----

    public Session withDetails(String newTitle, Instant newScheduledAt) {
        requirePlanned();
        return new Session(id, groupId, newTitle, newScheduledAt, status, steps, live, notes, version);
    }

    public Session withSteps(List<Step> newSteps) {
        requirePlanned();
        return new Session(id, groupId, title, scheduledAt, status, newSteps, live, notes, version);
    }

    public Session withStepAdded(Step step) {
        List<Step> changed = new ArrayList<>(steps);
        changed.add(step);
        return withSteps(changed);
    }

    public Session withStepReplaced(Step step) {
        return withSteps(steps.stream().map(s -> s.id().equals(step.id()) ? step : s).toList());
    }

    public Session withStepRemoved(StepId stepId) {
        return withSteps(steps.stream().filter(s -> !s.id().equals(stepId)).toList());
    }

    /** Moves a step up (negative) or down (positive) in the plan; at the ends nothing changes. */
    public Session withStepMoved(StepId stepId, int by) {
        List<Step> changed = new ArrayList<>(steps);
        int from = indexOf(stepId);
        int to = Math.clamp(from + by, 0, changed.size() - 1);
        changed.add(to, changed.remove(from));
        return withSteps(changed);
    }

    public Optional<Step> step(StepId stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public int indexOf(StepId stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        throw new InvalidValueException("step", "validation.step-unknown");
    }

    // ---- the lifecycle ----

    /**
     * Starts the session at its first step; new tablets can join with the code until
     * {@code joinOpenFor} has passed ({@code null}: until the facilitator closes it). A
     * session without steps cannot start.
     */
    public Session start(JoinCode joinCode, String screenToken, Instant now, Duration joinOpenFor) {
        requirePlanned();
        if (steps.isEmpty()) {
            throw new InvalidValueException("steps", "validation.session-needs-step");
        }
        LiveState started = new LiveState(joinCode, screenToken, 0, null, true, now, null, false, 0,
                joinOpenFor == null ? null : now.plus(joinOpenFor), false);
        return new Session(id, groupId, title, scheduledAt, SessionStatus.LIVE, steps, started, notes, version);
    }

    public Session goToStep(int index) {
        requireLive();
        if (index < 0 || index >= steps.size()) {
            throw new InvalidValueException("step", "validation.step-unknown");
        }
        return withLive(live.atStep(index));
    }

    public Session startTimer(Duration length, Instant now) {
        requireLive();
        if (length == null || length.isNegative() || length.isZero() || length.compareTo(Step.MAX_TIMER) > 0) {
            throw new InvalidValueException("timer", "validation.timer-range", Step.MAX_TIMER.toMinutes());
        }
        return withLive(live.withTimer(now.plus(length)));
    }

    public Session stopTimer() {
        requireLive();
        return withLive(live.withTimer(null));
    }

    /** Closes the door: no new tablets with the code (those that belong can always come back). */
    public Session closeJoining() {
        requireLive();
        return withLive(live.withJoining(live.joinClosesAt(), true));
    }

    /** Opens the door again, for {@code openFor} ({@code null}: until it is closed). */
    public Session openJoining(Instant now, Duration openFor) {
        requireLive();
        return withLive(live.withJoining(openFor == null ? null : now.plus(openFor), false));
    }

    public Session showJoinCode(boolean shown) {
        requireLive();
        return withLive(live.withJoinCodeShown(shown));
    }

    /** Ends a live session: the join code stops working, the results stay. */
    public Session end(Instant now) {
        requireLive();
        return new Session(id, groupId, title, scheduledAt, SessionStatus.ENDED, steps, live.ended(now, false), notes,
                version);
    }

    /** Ends a live session that nobody ended, after hours without any activity: as {@link #end}, and it says so. */
    public Session endBecauseIdle(Instant now) {
        requireLive();
        return new Session(id, groupId, title, scheduledAt, SessionStatus.ENDED, steps, live.ended(now, true), notes,
                version);
    }

    /** Marks a session as held without having run it live (history imported or recorded afterwards). */
    public Session ended() {
        return new Session(id, groupId, title, scheduledAt, SessionStatus.ENDED, steps, live, notes, version);
    }

    public Session withNotes(String newNotes) {
        return new Session(id, groupId, title, scheduledAt, status, steps, live, newNotes, version);
    }

    public boolean isLive() {
        return status == SessionStatus.LIVE;
    }

    /** The step everyone sees; empty unless the session is live. */
    public Optional<Step> currentStep() {
        return isLive() ? Optional.of(steps.get(live.currentStep())) : Optional.empty();
    }

    private Session withLive(LiveState newLive) {
        return new Session(id, groupId, title, scheduledAt, status, steps, newLive, notes, version);
    }

    private void requirePlanned() {
        if (status != SessionStatus.PLANNED) {
            throw new InvalidValueException("session", "validation.session-not-planned");
        }
    }

    private void requireLive() {
        if (status != SessionStatus.LIVE) {
            throw new InvalidValueException("session", "validation.session-not-live");
        }
    }
}
