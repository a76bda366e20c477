package nl.kring.moodboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.IntConsumer;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;

/**
 * "Verplaats naar…": moving a card without dragging, for everyone who cannot or does not
 * want to drag. One big button per area; the area the card is in now says so.
 */
final class MoveDialog {

    private MoveDialog() {
    }

    static void open(Moodboard board, MoodCard card, IntConsumer moveTo) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("moodboard.move.title"));
        Div areas = new Div();
        areas.addClassName("kring-move-areas");
        for (int i = 0; i < board.areas().size(); i++) {
            int area = i;
            String title = board.areas().get(i).title();
            Button button = new Button(area == card.area()
                    ? dialog.getTranslation("moodboard.move.here", title) : title, e -> {
                        dialog.close();
                        moveTo.accept(area);
                    });
            button.addThemeVariants(ButtonVariant.LARGE);
            button.addClassName("kring-big-button");
            button.setEnabled(area != card.area());
            areas.add(button);
        }
        Button cancel = new Button(dialog.getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(areas);
        dialog.getFooter().add(cancel);
        dialog.open();
    }
}
