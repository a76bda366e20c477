package nl.kring.domain.swap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deals perspective cards, by these rules in this order of importance:
 * <ol>
 *   <li>nobody gets a card they already had while cards they have not had are in play;</li>
 *   <li>every card in play is used as evenly as the group size allows (the counts differ by
 *       at most one; with fewer people than cards no card is dealt twice);</li>
 *   <li>otherwise everyone moves one card on (a rotation), which keeps rules 1 and 2
 *       possible in every later round while the group and the cards stay the same.</li>
 * </ol>
 * The deal is an optimal assignment (Hungarian method) of people to card slots whose costs
 * encode these rules; ties are broken at random.
 *
 * <p>Holders are opaque keys, so that the dealing never needs to know who a person is.
 */
public final class PerspectiveDealer {

    private static final long REPEAT = 1_000_000;
    private static final long SLOT = 1_000;
    private static final long OFF_ROTATION = 10;

    private PerspectiveDealer() {
    }

    /**
     * @param holders  who gets a card this round
     * @param cards    the cards in play
     * @param history  per holder the cards they had in earlier rounds, oldest first
     * @return per holder the card for this round
     */
    public static Map<String, String> deal(List<String> holders, List<String> cards,
                                           Map<String, List<String>> history, Random random) {
        if (holders.isEmpty()) {
            return Map.of();
        }
        List<String> people = new ArrayList<>(holders.stream().distinct().toList());
        Collections.shuffle(people, random);
        int n = people.size();
        int c = cards.size();
        int perCard = (n + c - 1) / c;
        // the columns: slot k (0-based) of every card; a card's k-th holder costs (k+1) * SLOT,
        // so spreading people over the cards is cheaper than piling them on one
        List<Integer> slotCard = new ArrayList<>();
        List<Integer> slotIndex = new ArrayList<>();
        List<Integer> cardOrder = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            cardOrder.add(i);
        }
        Collections.shuffle(cardOrder, random);
        for (int k = 0; k < perCard; k++) {
            for (int card : cardOrder) {
                slotCard.add(card);
                slotIndex.add(k);
            }
        }
        long[][] cost = new long[n][slotCard.size()];
        for (int p = 0; p < n; p++) {
            List<String> had = history.getOrDefault(people.get(p), List.of());
            boolean unusedLeft = cards.stream().anyMatch(card -> !had.contains(card));
            String rotation = rotationCard(had, cards);
            for (int s = 0; s < slotCard.size(); s++) {
                String card = cards.get(slotCard.get(s));
                long value = (slotIndex.get(s) + 1) * SLOT;
                if (unusedLeft && had.contains(card)) {
                    value += REPEAT;
                }
                if (rotation != null && !rotation.equals(card)) {
                    value += OFF_ROTATION;
                }
                cost[p][s] = value;
            }
        }
        int[] assignment = Hungarian.solve(cost);
        Map<String, String> dealt = new LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            dealt.put(people.get(p), cards.get(slotCard.get(assignment[p])));
        }
        return dealt;
    }

    /**
     * A card for someone who arrives during a round: one they have not had, among those the
     * fewest people hold now.
     */
    public static String dealOne(List<String> had, List<String> cards, Map<String, String> dealtThisRound,
                                 Random random) {
        Map<String, Integer> holders = new HashMap<>();
        cards.forEach(card -> holders.put(card, 0));
        dealtThisRound.values().forEach(card -> holders.computeIfPresent(card, (k, v) -> v + 1));
        List<String> candidates = new ArrayList<>(cards.stream().filter(card -> !had.contains(card)).toList());
        if (candidates.isEmpty()) {
            candidates = new ArrayList<>(cards);
        }
        Collections.shuffle(candidates, random);
        return candidates.stream().min(Comparator.comparingInt(holders::get)).orElseThrow();
    }

    /** The card after the one a holder had last, if that card is still in play. */
    private static String rotationCard(List<String> had, List<String> cards) {
        if (had.isEmpty()) {
            return null;
        }
        int last = cards.indexOf(had.getLast());
        return last < 0 ? null : cards.get((last + 1) % cards.size());
    }

    /** Checks a deal against the rules, for tests and assertions: per card the number of holders. */
    public static Map<String, Integer> counts(Map<String, String> dealt, List<String> cards) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cards.forEach(card -> counts.put(card, 0));
        dealt.values().forEach(card -> counts.merge(card, 1, Integer::sum));
        return counts;
    }

    static boolean isEven(Map<String, Integer> counts, int people) {
        int max = Collections.max(counts.values());
        int min = Collections.min(counts.values());
        return people >= counts.size() ? max - min <= 1 : max <= 1;
    }
}
