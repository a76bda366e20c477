package nl.kring.session.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ready-made answers as big buttons, so that someone who does not type still takes part: a
 * tap hands its text to the box beside it, where it can be changed or sent as it is.
 * ("Lees voor" reads these buttons too: they carry the class {@code kring-choice}.)
 */
public final class TapChoices extends Div {

    public TapChoices(List<String> choices, Consumer<String> onTap) {
        addClassName("kring-choices");
        for (String choice : choices) {
            Button use = new Button(choice, e -> onTap.accept(choice));
            use.addClassName("kring-choice");
            add(use);
        }
    }
}
