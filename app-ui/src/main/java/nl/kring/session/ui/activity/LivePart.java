package nl.kring.session.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import nl.kring.session.LiveSnapshot;

/**
 * The part of a live screen that belongs to the current step. It is built when the step
 * becomes current and then updated with every newer snapshot of the session, so that
 * what a person is typing is never thrown away by someone else's change.
 */
public class LivePart extends Div {

    public LivePart(Component... content) {
        super(content);
        addClassName("kring-live-part");
    }

    /** Called with every newer snapshot while the step is current; parts that never change do nothing. */
    public void update(LiveSnapshot snapshot) {
    }
}
