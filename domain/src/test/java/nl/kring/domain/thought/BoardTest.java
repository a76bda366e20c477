package nl.kring.domain.thought;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import org.junit.jupiter.api.Test;

/** The reveal rules of a board: nothing before the reveal, three or a confirmation, shuffled batches. */
class BoardTest {

    private final SessionId session = new SessionId(UUID.randomUUID());
    private final StepId step = new StepId(UUID.randomUUID());

    private Contribution thought(String text) {
        return Contribution.written(session, step, BoardKey.WALL, text, false, false, UUID.randomUUID());
    }

    @Test
    void nothingIsVisibleBeforeTheReveal() {
        List<Contribution> board = List.of(thought("Niemand zit op mij te wachten"), thought("Ik ben saai"),
                thought("Ik hoor er niet bij"));
        assertThat(Board.wall(board)).isEmpty();
        assertThat(Board.waiting(board)).isEqualTo(3);
        assertThat(Board.check(board)).isEqualTo(Board.RevealCheck.READY);
    }

    @Test
    void fewerThanThreeNeedConfirmation() {
        List<Contribution> board = List.of(thought("Ik ben saai"), thought("Ik hoor er niet bij"));
        assertThat(Board.check(board)).isEqualTo(Board.RevealCheck.NEEDS_CONFIRMATION);
        assertThatThrownBy(() -> Board.reveal(board, false, new Random(1))).isInstanceOf(IllegalStateException.class);
        assertThat(Board.reveal(board, true, new Random(1))).hasSize(2).allMatch(Contribution::isVisible);
        assertThat(Board.check(List.of())).isEqualTo(Board.RevealCheck.NOTHING_WAITING);
        assertThat(Board.reveal(List.of(), true, new Random(1))).isEmpty();
    }

    @Test
    void laterThoughtsComeAsANewBatchAfterTheFirst() {
        List<Contribution> board = new ArrayList<>(Board.reveal(List.of(thought("a"), thought("b"), thought("c")),
                false, new Random(2)));
        Contribution late = thought("d");
        board.add(late);
        assertThat(Board.wall(board)).hasSize(3);
        List<Contribution> second = Board.reveal(board, true, new Random(3));
        assertThat(second).extracting(Contribution::text).containsExactly("d");
        assertThat(second.getFirst().revealBatch()).isEqualTo(2);
        board.removeIf(c -> c.id().equals(late.id()));
        board.addAll(second);
        assertThat(Board.wall(board)).extracting(Contribution::text).last().isEqualTo("d");
    }

    @Test
    void hiddenAndHeldContributionsNeverShowNorCount() {
        Contribution hidden = thought("weg").hide();
        Contribution held = Contribution.written(session, step, BoardKey.WALL, "ik wil niet meer leven", false, true,
                UUID.randomUUID());
        List<Contribution> revealed = Board.reveal(List.of(hidden, held, thought("a"), thought("b"), thought("c")),
                false, new Random(4));
        assertThat(revealed).extracting(Contribution::text).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(held.awaitsReveal()).isFalse();
        assertThat(held.decided(nl.kring.domain.session.Distress.SHOWN).awaitsReveal()).isTrue();
    }

    @Test
    void textsAreCheckedAndTrimmed() {
        assertThatThrownBy(() -> thought("   ")).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> thought("x".repeat(281))).hasMessageContaining("validation.too-long");
        assertThat(thought("  <script>alert(1)</script>  ").text()).isEqualTo("<script>alert(1)</script>");
    }

    /**
     * The revealed order is independent of the order of writing: over many reveals of eight
     * thoughts, each thought lands on each place about equally often (chi-square test on the
     * 8×8 table of writing position against wall position, 49 degrees of freedom; the critical
     * value at p = 0.001 is 85.35).
     */
    @Test
    void revealedOrderIsIndependentOfSubmissionOrder() {
        int n = 8;
        int trials = 8_000;
        long[][] counts = new long[n][n];
        Random random = new Random(20261122);
        for (int t = 0; t < trials; t++) {
            List<Contribution> written = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                written.add(thought("gedachte " + i));
            }
            List<Contribution> wall = Board.wall(Board.reveal(written, false, random));
            for (int place = 0; place < n; place++) {
                int writtenAs = Integer.parseInt(wall.get(place).text().substring("gedachte ".length()));
                counts[writtenAs][place]++;
            }
        }
        double expected = (double) trials / n;
        double chiSquare = 0;
        for (long[] row : counts) {
            for (long observed : row) {
                chiSquare += (observed - expected) * (observed - expected) / expected;
            }
        }
        assertThat(chiSquare).isLessThan(85.35);
        // and the test can fail: the order of writing itself is far from independent
        double inOrder = (trials - expected) * (trials - expected) / expected * n;
        assertThat(inOrder).isGreaterThan(85.35);
    }
}
