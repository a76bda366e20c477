package nl.kring.session.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A countdown ("4:59") that ticks in the browser: the server sends only the remaining
 * seconds when the timer starts or stops, not a push every second to every tablet.
 * Remaining time, not an end time, so a tablet with a wrong clock still counts right.
 */
class Countdown extends Span {

    private Instant shownEndsAt;

    Countdown() {
        addClassName("kring-countdown");
        setVisible(false);
        getElement().setAttribute("role", "timer");
    }

    void show(Instant endsAt, Clock clock) {
        if (Objects.equals(endsAt, shownEndsAt)) {
            return;
        }
        shownEndsAt = endsAt;
        long remaining = endsAt == null ? 0 : Math.max(0, Duration.between(clock.instant(), endsAt).toSeconds());
        setVisible(endsAt != null);
        getElement().executeJs("""
                const el = this;
                clearInterval(el._kringTimer);
                if ($0 <= 0 && !$1) { el.textContent = ''; return; }
                const end = Date.now() + $0 * 1000;
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
                  el.classList.toggle('kring-countdown-done', left === 0);
                  if (left === 0) clearInterval(el._kringTimer);
                };
                tick();
                el._kringTimer = setInterval(tick, 1000);
                """, remaining, endsAt != null);
    }
}
