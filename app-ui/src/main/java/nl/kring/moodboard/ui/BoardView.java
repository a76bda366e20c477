package nl.kring.moodboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kring.domain.moodboard.Area;
import nl.kring.domain.moodboard.BoardLayout;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardId;
import nl.kring.domain.moodboard.Moodboard;

/**
 * The board: its areas side by side (the four quadrants as on the worksheet), each with its
 * questions and its cards, groups drawn together. Redrawn per area, and only when that
 * area's cards changed, so a new card elsewhere does not rebuild what someone looks at.
 * Cards that the viewer may move can be dragged to another area; moving by drag is the
 * same intent as "verplaats naar…", which every screen also offers.
 */
class BoardView extends Div {

    /** What happens when a card is dropped on an area. */
    interface DropMove {
        void move(MoodCardId card, int area);
    }

    private final Moodboard board;
    private final boolean largePhotos;
    private boolean leader;
    private final Predicate<MoodCard> shows;
    private final Function<MoodCard, Component> tools;
    private final Predicate<MoodCard> draggable;
    private final List<Div> areaCards = new ArrayList<>();
    private final List<Paragraph> empties = new ArrayList<>();
    private final List<List<List<MoodCard>>> drawn = new ArrayList<>();

    /**
     * @param shows     which cards this screen shows (the shared screen leaves hidden ones out)
     * @param tools     the tools under a card, or {@code null} for none
     * @param draggable which cards may be dragged; {@code drop} is called when one is dropped
     */
    BoardView(Moodboard board, boolean largePhotos, Predicate<MoodCard> shows, Function<MoodCard, Component> tools,
              Predicate<MoodCard> draggable, DropMove drop) {
        this.board = board;
        this.largePhotos = largePhotos;
        this.shows = shows;
        this.tools = tools;
        this.draggable = draggable;
        addClassName("kring-mood-board");
        addClassName("kring-mood-areas-" + board.areas().size());
        if (board.isFree()) {
            addClassName("kring-mood-free");
        }
        for (int i = 0; i < board.areas().size(); i++) {
            Area area = board.areas().get(i);
            Div box = new Div();
            box.addClassName("kring-mood-area");
            box.getElement().setAttribute("data-area", area.title());
            H3 title = new H3(area.title());
            title.addClassName("kring-mood-area-title");
            box.add(title);
            if (!area.questions().isEmpty()) {
                UnorderedList questions = new UnorderedList();
                questions.addClassName("kring-mood-questions");
                area.questions().forEach(q -> questions.add(new ListItem(q)));
                box.add(questions);
            }
            Div cards = new Div();
            cards.addClassName("kring-mood-cards");
            Paragraph empty = new Paragraph(getTranslation("moodboard.area-empty"));
            empty.addClassName("kring-muted");
            box.add(cards, empty);
            areaCards.add(cards);
            empties.add(empty);
            drawn.add(null);
            if (drop != null) {
                int index = i;
                DropTarget<Div> target = DropTarget.create(box);
                target.setDropEffect(DropEffect.MOVE);
                target.addDropListener(e -> e.getDragData().filter(String.class::isInstance)
                        .map(data -> new MoodCardId(UUID.fromString((String) data)))
                        .ifPresent(card -> drop.move(card, index)));
            }
            add(box);
        }
    }

    /** Marks this as a leader's board: it says why a card is not on the shared screen. */
    BoardView forLeader() {
        leader = true;
        return this;
    }

    /** Shows the cards of this board (of one step), as they are now. */
    void show(List<MoodCard> cards) {
        BoardLayout layout = new BoardLayout(cards.stream().filter(shows).toList());
        for (int area = 0; area < areaCards.size(); area++) {
            List<List<MoodCard>> clusters = layout.clusters(area);
            if (Objects.equals(clusters, drawn.get(area))) {
                continue;
            }
            drawn.set(area, clusters);
            Div target = areaCards.get(area);
            target.removeAll();
            for (List<MoodCard> cluster : clusters) {
                if (cluster.size() == 1) {
                    target.add(card(cluster.getFirst()));
                } else {
                    Div group = new Div();
                    group.addClassName("kring-mood-group");
                    group.getElement().setAttribute("aria-label", getTranslation("moodboard.group-label"));
                    cluster.forEach(card -> group.add(card(card)));
                    target.add(group);
                }
            }
            empties.get(area).setVisible(clusters.isEmpty());
        }
    }

    private CardView card(MoodCard card) {
        CardView view = new CardView(card, board.anonymous(), largePhotos, leader, tools == null ? null : tools.apply(card));
        if (draggable != null && draggable.test(card)) {
            DragSource<CardView> source = DragSource.create(view);
            source.setDragData(card.id().toString());
            source.setEffectAllowed(EffectAllowed.MOVE);
            view.addClassName("kring-mood-draggable");
        }
        return view;
    }
}
