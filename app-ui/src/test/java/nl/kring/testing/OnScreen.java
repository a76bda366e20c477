package nl.kring.testing;

import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** For browserless tests of live screens: what the broadcaster pushed, and what a person reads. */
public final class OnScreen {

    private OnScreen() {
    }

    /** Runs what the broadcaster handed to this UI until the condition holds (or fails after 10 s). */
    public static void awaitOnScreen(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
            return condition.getAsBoolean();
        });
    }

    /** All text in a component, as a person reads it. */
    public static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
