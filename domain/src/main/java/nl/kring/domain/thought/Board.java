package nl.kring.domain.thought;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The reveal rules of a board, from "Spelen met gedachten" and PRODUCT.md: nothing is
 * shown before the facilitator reveals; a reveal of fewer than {@value #SAFE_MINIMUM}
 * contributions needs their explicit confirmation (with one or two, the group can guess
 * who wrote what); everything waiting is revealed at once, in an order drawn at random, so
 * that neither timing nor order says anything about who wrote what.
 */
public final class Board {

    public static final int SAFE_MINIMUM = 3;

    /** What a click on "toon" would do now. */
    public enum RevealCheck {
        NOTHING_WAITING,
        NEEDS_CONFIRMATION,
        READY
    }

    private Board() {
    }

    public static RevealCheck check(List<Contribution> onBoard) {
        long waiting = onBoard.stream().filter(Contribution::awaitsReveal).count();
        if (waiting == 0) {
            return RevealCheck.NOTHING_WAITING;
        }
        return waiting < SAFE_MINIMUM ? RevealCheck.NEEDS_CONFIRMATION : RevealCheck.READY;
    }

    /**
     * Reveals everything that waits, as one new batch in a random order.
     *
     * @param confirmed the facilitator confirmed revealing fewer than {@value #SAFE_MINIMUM}
     * @return the contributions that changed (empty when nothing waited)
     * @throws IllegalStateException when fewer than {@value #SAFE_MINIMUM} wait and it was not confirmed
     */
    public static List<Contribution> reveal(List<Contribution> onBoard, boolean confirmed, Random random) {
        RevealCheck check = check(onBoard);
        if (check == RevealCheck.NOTHING_WAITING) {
            return List.of();
        }
        if (check == RevealCheck.NEEDS_CONFIRMATION && !confirmed) {
            throw new IllegalStateException("revealing fewer than " + SAFE_MINIMUM + " needs confirmation");
        }
        int batch = onBoard.stream().mapToInt(Contribution::revealBatch).max().orElse(0) + 1;
        List<Contribution> waiting = new ArrayList<>(onBoard.stream().filter(Contribution::awaitsReveal).toList());
        // the places are a random permutation: the order on the wall is independent of the order of writing
        Collections.shuffle(waiting, random);
        List<Contribution> revealed = new ArrayList<>();
        for (int rank = 0; rank < waiting.size(); rank++) {
            revealed.add(waiting.get(rank).revealedAs(batch, rank));
        }
        return revealed;
    }

    /** What everyone sees, in wall order: batch by batch, each in its drawn order. */
    public static List<Contribution> wall(List<Contribution> onBoard) {
        return onBoard.stream().filter(Contribution::isVisible)
                .sorted(Comparator.comparingInt(Contribution::revealBatch).thenComparingInt(Contribution::revealRank))
                .toList();
    }

    public static long waiting(List<Contribution> onBoard) {
        return onBoard.stream().filter(Contribution::awaitsReveal).count();
    }
}
