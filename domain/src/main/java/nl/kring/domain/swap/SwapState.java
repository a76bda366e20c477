package nl.kring.domain.swap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * Where a perspective swap stands: the situation in the middle, the cards for the next
 * round, the round number, and who holds which card. Holders are keys derived from a
 * per-session secret (never a participant id), and the dealing is forgotten when the
 * session ends: afterwards no card, and so no view written from it, leads to a person.
 *
 * @param round   0 before the first deal, then 1, 2, …
 * @param dealt   per holder the card of the current round
 * @param history per holder the cards of all rounds so far, oldest first
 */
public record SwapState(String situation, List<String> cards, int round, Map<String, String> dealt,
                        Map<String, List<String>> history) {

    public SwapState {
        situation = Texts.optionalText("situation", situation, PerspectiveSwap.MAX_SITUATION_LENGTH);
        cards = PerspectiveCards.check(cards);
        dealt = Map.copyOf(dealt);
        history = Map.copyOf(history);
    }

    public static SwapState planned(PerspectiveSwap swap) {
        return new SwapState(swap.situation(), swap.cards(), 0, Map.of(), Map.of());
    }

    public SwapState withSituation(String text) {
        String changed = Texts.requireLine("situation", text, PerspectiveSwap.MAX_SITUATION_LENGTH);
        return new SwapState(changed, cards, round, dealt, history);
    }

    /** The cards for the next round (the current round keeps its cards). */
    public SwapState withCards(List<String> newCards) {
        return new SwapState(situation, newCards, round, dealt, history);
    }

    /** Deals a new round: round 1 at random and even, every next round swaps. */
    public SwapState nextRound(List<String> holders, Random random) {
        if (situation.isEmpty()) {
            throw new InvalidValueException("situation", "validation.situation-first");
        }
        Map<String, String> deal = PerspectiveDealer.deal(holders, cards, history, random);
        return new SwapState(situation, cards, round + 1, deal, remember(deal));
    }

    /** A card for someone who arrives while a round runs; the same card if they already have one. */
    public SwapState dealLate(String holder, Random random) {
        if (round == 0 || dealt.containsKey(holder)) {
            return this;
        }
        List<String> roundCards = currentCards();
        String card = PerspectiveDealer.dealOne(history.getOrDefault(holder, List.of()), roundCards, dealt, random);
        Map<String, String> deal = new LinkedHashMap<>(dealt);
        deal.put(holder, card);
        return new SwapState(situation, cards, round, deal, remember(Map.of(holder, card)));
    }

    public Optional<String> cardOf(String holder) {
        return Optional.ofNullable(dealt.get(holder));
    }

    /** The cards dealt in the current round, in the order of the card list. */
    public List<String> currentCards() {
        List<String> inRound = new ArrayList<>(cards.stream().filter(dealt::containsValue).toList());
        dealt.values().stream().distinct().filter(c -> !inRound.contains(c)).forEach(inRound::add);
        return inRound.isEmpty() ? cards : inRound;
    }

    /** How many hold each card this round (never who). */
    public Map<String, Integer> holdersPerCard() {
        return PerspectiveDealer.counts(dealt, currentCards());
    }

    /** Forgets who held what; the situation, the cards and the round stay for the results. */
    public SwapState forgetHolders() {
        return new SwapState(situation, cards, round, Map.of(), Map.of());
    }

    private Map<String, List<String>> remember(Map<String, String> deal) {
        Map<String, List<String>> next = new HashMap<>(history);
        deal.forEach((holder, card) -> {
            List<String> had = new ArrayList<>(next.getOrDefault(holder, List.of()));
            had.add(card);
            next.put(holder, List.copyOf(had));
        });
        return next;
    }
}
