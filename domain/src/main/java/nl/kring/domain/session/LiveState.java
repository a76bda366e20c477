package nl.kring.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a started session is: its join code, the step everyone sees, a running countdown.
 * Lives in the database, so that a restart of Kring loses nothing.
 *
 * @param screenToken    the unguessable part of the shared screen's address
 * @param currentStep    index into the plan's steps
 * @param timerEndsAt    when the running countdown ends; {@code null} when none runs
 * @param joinCodeShown  whether the shared screen shows the join code and QR
 * @param endedAt        {@code null} while the session is live
 * @param endedByItself  Kring ended it after hours without any activity (nobody pressed "end")
 * @param furthestStep   the furthest step the session has been at: tablets may still deliver what
 *                       was written for any step up to it, never for one ahead
 * @param joinClosesAt   when the door closes by itself (new tablets can no longer join with the
 *                       code); {@code null}: open until the facilitator closes it
 * @param joinClosed     the facilitator closed the door (a tablet that belongs can always come back)
 */
public record LiveState(JoinCode joinCode, String screenToken, int currentStep, Instant timerEndsAt,
                        boolean joinCodeShown, Instant startedAt, Instant endedAt, boolean endedByItself,
                        int furthestStep, Instant joinClosesAt, boolean joinClosed) {

    public LiveState {
        Objects.requireNonNull(joinCode, "joinCode");
        Objects.requireNonNull(screenToken, "screenToken");
        Objects.requireNonNull(startedAt, "startedAt");
        if (currentStep < 0) {
            throw new IllegalArgumentException("currentStep");
        }
        furthestStep = Math.max(furthestStep, currentStep);
    }

    LiveState atStep(int step) {
        return new LiveState(joinCode, screenToken, step, null, joinCodeShown, startedAt, endedAt, endedByItself, furthestStep,
                joinClosesAt, joinClosed);
    }

    LiveState withTimer(Instant endsAt) {
        return new LiveState(joinCode, screenToken, currentStep, endsAt, joinCodeShown, startedAt, endedAt, endedByItself, furthestStep,
                joinClosesAt, joinClosed);
    }

    LiveState withJoinCodeShown(boolean shown) {
        return new LiveState(joinCode, screenToken, currentStep, timerEndsAt, shown, startedAt, endedAt, endedByItself, furthestStep,
                joinClosesAt, joinClosed);
    }

    LiveState withJoining(Instant closesAt, boolean closed) {
        return new LiveState(joinCode, screenToken, currentStep, timerEndsAt, joinCodeShown, startedAt, endedAt,
                endedByItself, furthestStep, closesAt, closed);
    }

    /** Whether a new tablet may join with the code now. */
    public boolean joinOpen(Instant now) {
        return endedAt == null && !joinClosed && (joinClosesAt == null || now.isBefore(joinClosesAt));
    }

    LiveState ended(Instant when, boolean byItself) {
        return new LiveState(joinCode, screenToken, currentStep, null, false, startedAt, when, byItself, furthestStep,
                joinClosesAt, true);
    }
}
