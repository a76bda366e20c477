package nl.kring.session.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Function;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.ui.activity.LivePart;

/**
 * The place on a live screen where the current step is shown. The step's part is built
 * once when the step becomes current (or the viewer changes) and afterwards only updated,
 * so that what someone is typing is not thrown away by another person's change.
 */
class CurrentStepArea extends Div {

    private StepId shownStep;
    private Object shownFor;
    private LivePart part;

    /**
     * @param viewer who the part is built for (e.g. the tablet's participant); a change rebuilds it
     */
    void show(LiveSnapshot snapshot, Step step, Object viewer, Function<Step, LivePart> partFor) {
        if (!step.id().equals(shownStep) || !Objects.equals(viewer, shownFor)) {
            shownStep = step.id();
            shownFor = viewer;
            part = partFor.apply(step);
            removeAll();
            add(part);
        }
        part.update(snapshot);
    }

    void clear() {
        removeAll();
        shownStep = null;
        shownFor = null;
        part = null;
    }
}
