package nl.kring.domain.moodboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.shared.InvalidValueException;

/**
 * Where the cards of one moodboard lie, and the moves on it. Every move says what the
 * person meant ("this card into Hart, before that one"), not a position they saw, and is
 * worked out on the cards as they are now (the caller holds the session's lock), so two
 * people moving at once never lose a card: the later move lands on the board the earlier
 * one left.
 */
public final class BoardLayout {

    private static final Comparator<MoodCard> BOARD_ORDER = Comparator.comparingLong(MoodCard::rank)
            .thenComparing(c -> c.id().value());

    private final List<MoodCard> cards;

    /** The cards of one moodboard step. */
    public BoardLayout(List<MoodCard> cards) {
        this.cards = cards.stream().sorted(BOARD_ORDER).toList();
    }

    /** The cards of an area, lowest rank first. */
    public List<MoodCard> inArea(int area) {
        return cards.stream().filter(c -> c.area() == area).toList();
    }

    /**
     * The cards of an area as they are drawn: each card alone, or a group together at the
     * place of its first card.
     */
    public List<List<MoodCard>> clusters(int area) {
        Map<Object, List<MoodCard>> clusters = new LinkedHashMap<>();
        for (MoodCard card : inArea(area)) {
            Object key = card.group() == null ? card.id() : card.group();
            clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
        }
        return List.copyOf(clusters.values());
    }

    /** The rank for a new card at the end of an area. */
    public long nextRank(int area) {
        return inArea(area).stream().mapToLong(MoodCard::rank).max().orElse(-1) + 1;
    }

    /**
     * Moves a card into an area, before another card there or (when {@code before} is
     * {@code null} or not in that area any more) at the end. A card moved on its own leaves
     * its group.
     *
     * @return the cards whose place changed
     */
    public List<MoodCard> move(MoodCardId id, int area, MoodCardId before) {
        MoodCard moving = require(id);
        UUID group = moving.group() != null && before != null && !before.equals(id)
                && find(before).filter(b -> b.area() == area).map(MoodCard::group)
                        .filter(moving.group()::equals).isPresent() ? moving.group() : null;
        List<MoodCard> changed = new ArrayList<>(placeIn(moving, area, before, group));
        if (group == null && moving.group() != null) {
            changed.addAll(dissolveIfAlone(moving.group(), id));
        }
        return changed;
    }

    /**
     * Puts a card with another: into the other's area, right after its group, in one group.
     *
     * @return the cards whose place or group changed
     */
    public List<MoodCard> groupWith(MoodCardId id, MoodCardId target) {
        if (id.equals(target)) {
            throw new InvalidValueException("card", "validation.card-group-self");
        }
        MoodCard moving = require(id);
        MoodCard with = require(target);
        List<MoodCard> changed = new ArrayList<>();
        UUID group = with.group();
        if (group == null) {
            group = UUID.randomUUID();
            with = with.placed(with.area(), with.rank(), group);
            changed.add(with);
        }
        UUID joined = group;
        List<MoodCard> area = new ArrayList<>(inArea(with.area()));
        area.removeIf(c -> c.id().equals(id));
        int last = 0;
        for (int i = 0; i < area.size(); i++) {
            if (joined.equals(area.get(i).group()) || area.get(i).id().equals(target)) {
                last = i;
            }
        }
        MoodCard after = last + 1 < area.size() ? area.get(last + 1) : null;
        List<MoodCard> placed = placeIn(moving, with.area(), after == null ? null : after.id(), joined);
        changed.removeIf(c -> placed.stream().anyMatch(p -> p.id().equals(c.id())));
        changed.addAll(placed);
        if (moving.group() != null && !moving.group().equals(joined)) {
            changed.addAll(dissolveIfAlone(moving.group(), id));
        }
        return changed;
    }

    /** Takes a card out of its group (it stays where it lies). */
    public List<MoodCard> ungroup(MoodCardId id) {
        MoodCard card = require(id);
        if (card.group() == null) {
            return List.of();
        }
        List<MoodCard> changed = new ArrayList<>();
        changed.add(card.placed(card.area(), card.rank(), null));
        changed.addAll(dissolveIfAlone(card.group(), id));
        return changed;
    }

    /** Numbers the area anew with the card placed before {@code before} (or at the end). */
    private List<MoodCard> placeIn(MoodCard moving, int area, MoodCardId before, UUID group) {
        List<MoodCard> order = new ArrayList<>(inArea(area));
        order.removeIf(c -> c.id().equals(moving.id()));
        int at = order.size();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(before)) {
                at = i;
            }
        }
        order.add(at, moving.placed(area, moving.rank(), group));
        List<MoodCard> changed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            MoodCard card = order.get(i);
            MoodCard renumbered = card.placed(area, i, card.id().equals(moving.id()) ? group : card.group());
            if (card.id().equals(moving.id()) || card.rank() != i) {
                changed.add(renumbered);
            }
        }
        return changed;
    }

    /** A group of one is no group: its last card becomes a card on its own. */
    private List<MoodCard> dissolveIfAlone(UUID group, MoodCardId leaving) {
        List<MoodCard> rest = cards.stream()
                .filter(c -> group.equals(c.group()) && !c.id().equals(leaving)).toList();
        return rest.size() == 1 ? List.of(rest.getFirst().placed(rest.getFirst().area(), rest.getFirst().rank(),
                null)) : List.of();
    }

    private MoodCard require(MoodCardId id) {
        return find(id).orElseThrow(() -> new InvalidValueException("card", "validation.card-gone"));
    }

    private Optional<MoodCard> find(MoodCardId id) {
        return cards.stream().filter(c -> Objects.equals(c.id(), id)).findFirst();
    }
}
