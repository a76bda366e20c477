package nl.kring.thought.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.thought.Board;
import nl.kring.session.LiveSnapshot;
import nl.kring.thought.RevealOutcome;
import nl.kring.thought.ThoughtWorkService;

/**
 * The console's "toon" for one board: how many wait (never what), and the button that
 * reveals them all at once. With fewer than three it asks first, because then the group
 * may guess who wrote what.
 */
class RevealControl extends HorizontalLayout {

    private final Span waiting = new Span();
    private final Span hidden = new Span();
    private final Button reveal = new Button();

    RevealControl(ThoughtWorkService work, SessionId session, StepId step, String board) {
        addClassName("kring-reveal");
        setAlignItems(Alignment.BASELINE);
        waiting.addClassName("kring-waiting");
        hidden.addClassName("kring-muted");
        reveal.setText(getTranslation("thought.reveal"));
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.addClassName("kring-reveal-button");
        reveal.addClickListener(e -> {
            RevealOutcome outcome = work.reveal(session, step, board, false);
            if (outcome == RevealOutcome.NEEDS_CONFIRMATION) {
                confirm(work, session, step, board);
            } else if (outcome == RevealOutcome.NOTHING_WAITING) {
                Notifications.success(getTranslation("thought.nothing-waiting"));
            }
        });
        add(waiting, reveal, hidden);
    }

    void update(LiveSnapshot snapshot, StepId step, String board) {
        LiveSnapshot.BoardCount count = snapshot.countOn(step, board);
        ShownText.set(waiting, getTranslation("thought.waiting", count.waiting()));
        reveal.setEnabled(count.waiting() > 0);
        ShownText.set(hidden, count.hidden() == 0 ? "" : getTranslation("thought.hidden-count", count.hidden()));
    }

    private void confirm(ThoughtWorkService work, SessionId session, StepId step, String board) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("thought.few.title"));
        dialog.setText(getTranslation("thought.few.text", Board.SAFE_MINIMUM));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("thought.few.wait"));
        dialog.setConfirmText(getTranslation("thought.few.reveal"));
        dialog.addConfirmListener(e -> work.reveal(session, step, board, true));
        dialog.open();
    }
}
