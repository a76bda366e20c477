package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When screens are told that the database is gone, and that it is back. */
class DatabaseWatchTest {

    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final DatabaseWatch watch = new DatabaseWatch(answers::poll);
    private final List<Boolean> told = new ArrayList<>();

    @Test
    void oneFailedCheckIsABlipTwoInARowAreToldAndTheFirstAnswerEndsIt() {
        Runnable unsubscribe = watch.subscribe(told::add);
        check(true, false, true, false);
        assertThat(told).as("single failures").isEmpty();
        check(false, false);
        assertThat(told).containsExactly(false);
        assertThat(watch.reachable()).isFalse();
        check(false);
        assertThat(told).as("told once, not on every check").containsExactly(false);
        check(true);
        assertThat(told).containsExactly(false, true);
        assertThat(watch.reachable()).isTrue();

        unsubscribe.run();
        check(false, false);
        assertThat(told).as("a closed screen hears nothing").containsExactly(false, true);
    }

    private void check(Boolean... results) {
        for (Boolean result : results) {
            answers.add(result);
            watch.check();
        }
    }
}
