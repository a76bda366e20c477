package nl.kring.base.ui;

import com.vaadin.flow.component.HasText;
import java.util.Objects;

/**
 * Sets a text only when it differs from what is shown. Vaadin's {@code setText} always
 * replaces the text node, which is a change pushed to the browser; live screens redraw on
 * every change of their session, so unchanged texts must not cost a push to every tablet.
 */
public final class ShownText {

    private ShownText() {
    }

    public static void set(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
