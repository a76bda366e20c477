package nl.kring.domain.swap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dealing and swapping perspective cards for groups of 2 to 30 and 1 to 8 cards. */
class PerspectiveDealerTest {

    private static List<String> cards(int count) {
        return IntStream.range(0, count).mapToObj(i -> "kaart " + i).toList();
    }

    private static List<String> people(int count) {
        return IntStream.range(0, count).mapToObj(i -> "p" + i).toList();
    }

    @Test
    void everyRoundIsEvenAndNobodyRepeatsACardWhileOthersRemain() {
        Random random = new Random(5);
        for (int n = 2; n <= 30; n++) {
            for (int c = 1; c <= 8; c++) {
                List<String> cards = cards(c);
                List<String> people = people(n);
                Map<String, List<String>> history = new HashMap<>();
                for (int round = 1; round <= c + 1; round++) {
                    Map<String, String> dealt = PerspectiveDealer.deal(people, cards, history, random);
                    String where = n + " people, " + c + " cards, round " + round;
                    assertThat(dealt.keySet()).as(where).containsExactlyInAnyOrderElementsOf(people);
                    assertThat(PerspectiveDealer.isEven(PerspectiveDealer.counts(dealt, cards), n)).as(where)
                            .isTrue();
                    for (String person : people) {
                        List<String> had = history.getOrDefault(person, List.of());
                        if (had.size() < c) {
                            assertThat(had).as(where + ", " + person).doesNotContain(dealt.get(person));
                        }
                    }
                    dealt.forEach((person, card) -> {
                        List<String> had = new ArrayList<>(history.getOrDefault(person, List.of()));
                        had.add(card);
                        history.put(person, had);
                    });
                }
            }
        }
    }

    @Test
    void cardsChangedBetweenRoundsAndLateArrivalsStillGetUnusedCards() {
        Random random = new Random(9);
        SwapState state = SwapState.planned(new PerspectiveSwap("De buurvrouw groet niet terug",
                List.of("De positieve kant", "Een kind", "Jouw held", "De rollen omgedraaid", "De ander in deze situatie")))
                .nextRound(people(6), random);
        assertThat(state.round()).isEqualTo(1);
        assertThat(state.holdersPerCard().values()).allMatch(count -> count >= 1 && count <= 2);
        state = state.withCards(List.of("Een kind", "Jouw held", "Je beste vriendin"));
        SwapState second = state.nextRound(people(6), random);
        for (String person : people(6)) {
            String before = state.cardOf(person).orElseThrow();
            assertThat(second.cardOf(person)).isPresent().get().isNotEqualTo(before);
        }
        assertThat(second.holdersPerCard().values()).containsOnly(2);
        SwapState late = second.dealLate("nieuw", random);
        assertThat(late.cardOf("nieuw")).isPresent();
        assertThat(late.dealLate("nieuw", random).cardOf("nieuw")).isEqualTo(late.cardOf("nieuw"));
        assertThat(late.forgetHolders().dealt()).isEmpty();
        assertThat(late.forgetHolders().history()).isEmpty();
    }

    @Test
    void onePersonOneCardAndMoreCardsThanPeople() {
        Random random = new Random(3);
        Map<String, String> dealt = PerspectiveDealer.deal(people(3), cards(8), Map.of(), random);
        assertThat(dealt.values()).doesNotHaveDuplicates();
        assertThat(PerspectiveDealer.deal(people(5), cards(1), Map.of(), random).values()).containsOnly("kaart 0");
    }
}
