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
 */
public record LiveState(JoinCode joinCode, String screenToken, int currentStep, Instant timerEndsAt,
                        boolean joinCodeShown, Instant startedAt, Instant endedAt, boolean endedByItself,
                        int furthestStep) {

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
        return new LiveState(joinCode, screenToken, step, null, joinCodeShown, startedAt, endedAt, endedByItself, furthestStep);
    }

    LiveState withTimer(Instant endsAt) {
        return new LiveState(joinCode, screenToken, currentStep, endsAt, joinCodeShown, startedAt, endedAt, endedByItself, furthestStep);
    }

    LiveState withJoinCodeShown(boolean shown) {
        return new LiveState(joinCode, screenToken, currentStep, timerEndsAt, shown, startedAt, endedAt, endedByItself, furthestStep);
    }

    LiveState ended(Instant when, boolean byItself) {
        return new LiveState(joinCode, screenToken, currentStep, null, false, startedAt, when, byItself, furthestStep);
    }
}
