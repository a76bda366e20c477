package nl.kring.domain.moodboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class BoardLayoutTest {

    private final SessionId session = SessionId.newId();
    private final StepId step = StepId.newId();
    private final List<MoodCard> board = new ArrayList<>();

    private MoodCard add(String text, int area) {
        MoodCard card = MoodCard.create(session, step, CardOwner.participant(ParticipantId.newId(), "Annie"), area,
                new BoardLayout(board).nextRank(area), MoodCard.Content.text(text));
        board.add(card);
        return card;
    }

    private void apply(List<MoodCard> changed) {
        Map<MoodCardId, MoodCard> byId = changed.stream().collect(Collectors.toMap(MoodCard::id, Function.identity()));
        board.replaceAll(c -> byId.getOrDefault(c.id(), c));
    }

    private List<String> texts(int area) {
        return new BoardLayout(board).inArea(area).stream().map(MoodCard::text).toList();
    }

    @Test
    void newCardsGoAtTheEndOfTheirArea() {
        add("wandelen", 0);
        add("mijn kleinzoon", 0);
        add("tuinieren", 2);
        assertThat(texts(0)).containsExactly("wandelen", "mijn kleinzoon");
        assertThat(texts(2)).containsExactly("tuinieren");
    }

    @Test
    void aCardMovesBeforeAnotherOrToTheEndAndNothingIsLost() {
        MoodCard a = add("a", 0);
        MoodCard b = add("b", 0);
        MoodCard c = add("c", 1);
        apply(new BoardLayout(board).move(c.id(), 0, b.id()));
        assertThat(texts(0)).containsExactly("a", "c", "b");
        apply(new BoardLayout(board).move(a.id(), 1, null));
        assertThat(texts(0)).containsExactly("c", "b");
        assertThat(texts(1)).containsExactly("a");
        assertThat(board).hasSize(3);
    }

    @Test
    void twoMovesOfTheSameCardOneAfterTheOtherLeaveItWhereTheLastOnePutIt() {
        MoodCard a = add("a", 0);
        MoodCard b = add("b", 1);
        // both people saw "a" in area 0; one moves it before "b", the other to area 3
        apply(new BoardLayout(board).move(a.id(), 1, b.id()));
        apply(new BoardLayout(board).move(a.id(), 3, null));
        assertThat(texts(1)).containsExactly("b");
        assertThat(texts(3)).containsExactly("a");
        assertThat(board).hasSize(2);
    }

    @Test
    void aMoveBeforeACardThatMovedAwayLandsAtTheEnd() {
        MoodCard a = add("a", 0);
        MoodCard b = add("b", 0);
        MoodCard c = add("c", 2);
        apply(new BoardLayout(board).move(b.id(), 1, null)); // someone else moved b away first
        apply(new BoardLayout(board).move(c.id(), 0, b.id()));
        assertThat(texts(0)).containsExactly("a", "c");
        assertThat(a.area()).isZero();
    }

    @Test
    void groupedCardsLieTogetherAndAGroupOfOneDissolves() {
        MoodCard a = add("a", 0);
        add("b", 0);
        MoodCard c = add("c", 1);
        MoodCard d = add("d", 3);
        apply(new BoardLayout(board).groupWith(c.id(), a.id()));
        apply(new BoardLayout(board).groupWith(d.id(), a.id()));
        BoardLayout layout = new BoardLayout(board);
        assertThat(layout.clusters(0)).extracting(cluster -> cluster.stream().map(MoodCard::text).toList())
                .containsExactly(List.of("a", "c", "d"), List.of("b"));
        apply(layout.move(c.id(), 2, null));
        apply(new BoardLayout(board).ungroup(d.id()));
        assertThat(new BoardLayout(board).inArea(0)).allMatch(card -> card.group() == null);
        assertThat(texts(2)).containsExactly("c");
    }

    @Test
    void aCardCannotBeGroupedWithItselfAndAGoneCardIsAClearError() {
        MoodCard a = add("a", 0);
        assertThatThrownBy(() -> new BoardLayout(board).groupWith(a.id(), a.id()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new BoardLayout(board).move(MoodCardId.newId(), 0, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.card-gone"));
    }

    @Test
    void cardTextsAreCheckedAndABoardHasOneToSixAreas() {
        assertThatThrownBy(() -> MoodCard.Content.text("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MoodCard.Content.text("x".repeat(141))).isInstanceOf(InvalidValueException.class);
        assertThat(MoodCard.Content.text("<b>vet</b>").text()).isEqualTo("<b>vet</b>");
        assertThat(MoodCard.Content.song("Zij gelooft in mij", "").artist()).isEmpty();
        assertThatThrownBy(() -> new Moodboard("Wat is van waarde?", List.of(), false))
                .isInstanceOf(InvalidValueException.class);
        List<Area> seven = java.util.stream.IntStream.range(0, 7).mapToObj(i -> new Area("Vak " + i, List.of()))
                .toList();
        assertThatThrownBy(() -> new Moodboard("Wat is van waarde?", seven, false))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Moodboard("Wat is van waarde?", seven.subList(0, 4), false).isFree()).isFalse();
        assertThat(Moodboard.free("Wat is van waarde?", "Ons bord", true).isFree()).isTrue();
    }
}
