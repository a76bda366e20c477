package nl.kring.session.ui.activity;

import com.vaadin.flow.component.Component;
import nl.kring.base.ui.FormErrors;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;

/**
 * The screens of one activity type: its editor in the session plan, and what the tablet,
 * the shared screen and the console show while a step of that type is current. A new
 * activity type is a new Spring bean implementing this interface; the plan, the console
 * and the live machinery find it through {@link ActivityUis}.
 */
public interface ActivityUi {

    ActivityType type();

    /** The form for a new step ({@code existing} is {@code null}) or to change one. */
    ActivityEditor editor(Activity existing);

    /** What a tablet shows for the current step. */
    LivePart participantPart(Step step, ParticipantContext context);

    /** What the shared screen shows for the current step, in large type. */
    LivePart screenPart(Step step);

    /** What the console shows for the current step, e.g. the answers coming in, and the leader's controls. */
    LivePart consolePart(Step step, ConsoleContext context);

    /**
     * What the session's results show for this step once it has ended, filled by
     * {@link LivePart#update} with the final snapshot; {@code null} when there is nothing to show.
     */
    default LivePart resultPart(Step step) {
        return null;
    }

    /** A form that yields the activity's settings. */
    interface ActivityEditor {
        Component form();

        /**
         * The settings as entered.
         *
         * @throws nl.kring.domain.shared.InvalidValueException with the field that is wrong
         */
        Activity value();

        /** Binds the domain's field names to this form's fields, for error messages. */
        void bindErrors(FormErrors errors);
    }
}
