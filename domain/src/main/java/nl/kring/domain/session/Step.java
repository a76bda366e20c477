package nl.kring.domain.session;

import java.time.Duration;
import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;

/**
 * One step of a session plan: an activity with its settings and, optionally, a countdown
 * that the facilitator can start during the step.
 *
 * @param timer {@code null} when the step has no countdown
 */
public record Step(StepId id, Activity activity, Duration timer) {

    public static final Duration MAX_TIMER = Duration.ofMinutes(90);

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        if (timer != null && (timer.isNegative() || timer.isZero() || timer.compareTo(MAX_TIMER) > 0)) {
            throw new InvalidValueException("timer", "validation.timer-range", MAX_TIMER.toMinutes());
        }
    }

    public static Step of(Activity activity, Duration timer) {
        return new Step(StepId.newId(), activity, timer);
    }

    public Step with(Activity newActivity, Duration newTimer) {
        return new Step(id, newActivity, newTimer);
    }

    /** The same settings under a new id, for a copied plan. */
    public Step copy() {
        return new Step(StepId.newId(), activity, timer);
    }
}
