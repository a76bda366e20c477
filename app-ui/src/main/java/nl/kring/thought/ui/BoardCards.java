package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.kring.session.LiveSnapshot.BoardItem;

/**
 * Revealed contributions as cards: the text (always as plain text, never HTML), a small
 * label for an experience expert's thought, the thinking pattern if tagged, and how many
 * recognise it. What each screen adds per card (a "herken ik" button on tablets, the
 * leader's tools on the console) comes from {@code actions}.
 */
class BoardCards extends Div {

    private final Function<BoardItem, Component> actions;
    private List<BoardItem> shown;
    private Object shownWith;

    /** @param actions per card; {@code null} for none (the shared screen, the results) */
    BoardCards(Function<BoardItem, Component> actions) {
        this.actions = actions;
        addClassName("kring-board");
    }

    /**
     * Draws the cards if they (or {@code state}, e.g. this tablet's marks) changed since
     * last time; another tablet's typing costs no redraw.
     */
    void show(List<BoardItem> items, Object state) {
        if (items.equals(shown) && Objects.equals(state, shownWith)) {
            return;
        }
        shown = items;
        shownWith = state;
        removeAll();
        items.forEach(item -> add(card(item)));
    }

    boolean isEmpty() {
        return shown == null || shown.isEmpty();
    }

    private Div card(BoardItem item) {
        Div card = new Div();
        card.addClassName("kring-thought");
        card.getElement().setAttribute("data-id", item.id().toString());
        Span text = new Span(item.text());
        text.addClassName("kring-thought-text");
        card.add(text);
        Div labels = new Div();
        labels.addClassName("kring-thought-labels");
        if (item.byExpert()) {
            labels.add(badge(getTranslation("thought.by-expert"), "contrast"));
        }
        if (item.pattern() != null) {
            labels.add(badge(getTranslation("pattern." + item.pattern().name()), ""));
        }
        if (item.recognitions() > 0) {
            Span count = new Span(getTranslation("thought.recognised-by", item.recognitions()));
            count.addClassName("kring-recognitions");
            labels.add(count);
        }
        card.add(labels);
        if (actions != null) {
            card.add(actions.apply(item));
        }
        return card;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }
}
