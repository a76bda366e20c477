package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.kring.testing.MovingClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void tenFailuresInAMinuteBlockTheAccountFromAnyAddressUntilTheMinuteHasPassed() {
        fail("petra", "10.0.0.1", 10);
        assertThat(throttle.isBlocked("PETRA", "10.0.0.99")).isTrue();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isBlocked("petra", "10.0.0.99")).isFalse();
    }

    @Test
    void tenFailuresInAMinuteFromOneAddressBlockThatAddressForOtherAccounts() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("guess" + i, "10.0.0.2");
        }
        assertThat(throttle.isBlocked("someone-else", "10.0.0.2")).isTrue();
        assertThat(throttle.isBlocked("someone-else", "10.0.0.3")).isFalse();
    }

    @Test
    void aHundredFailuresInAnHourBlockForTheRestOfThatHour() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("johan", "10.0.1." + (i % 50));
            clock.advance(Duration.ofSeconds(30)); // slow enough to stay under the minute limit
        }
        assertThat(throttle.isBlocked("johan", "10.0.2.1")).isTrue();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.isBlocked("johan", "10.0.2.1")).isFalse();
    }

    @Test
    void aStrangersFailuresDoNotBlockTheOwnersKnownBrowserWhichIsCountedOnItsOwn() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("petra", "203.0.113." + i);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(throttle.isBlocked("petra", "192.0.2.1")).isTrue();
        assertThat(throttle.isBlocked("petra", "192.0.2.1", "laptop-van-petra")).isFalse();
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("petra", "192.0.2.1", "laptop-van-petra");
        }
        assertThat(throttle.isBlocked("petra", "192.0.2.1", "laptop-van-petra")).isTrue();
        assertThat(throttle.isBlocked("petra", "192.0.2.1", "telefoon-van-petra")).isFalse();
    }

    @Test
    void nineFailuresDoNotBlock() {
        fail("kees", "10.0.0.4", 9);
        assertThat(throttle.isBlocked("kees", "10.0.0.4")).isFalse();
    }

    @Test
    void oldAttemptsAreForgottenSoMemoryStaysBounded() {
        fail("wim", "10.0.0.5", 5);
        clock.advance(Duration.ofHours(2));
        throttle.forgetOldAttempts();
        fail("wim", "10.0.0.5", 9);
        assertThat(throttle.isBlocked("wim", "10.0.0.5")).isFalse();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }
}
