package nl.kring.session.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.session.AnswerBatch;
import nl.kring.domain.session.Step;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;

/**
 * On the console of an anonymous round: how many answers wait for their batch (never which),
 * and "Toon ze nu" for the leader who does not want to wait for a third — after a warning,
 * as the thought wall gives one, because with one or two the group may guess whose they are.
 */
final class WaitingAnswers extends HorizontalLayout {

    private final Span waiting = new Span();
    private final Button showNow = new Button();

    WaitingAnswers(Step step, ConsoleContext console, LiveSessionService live) {
        addClassName("kring-waiting-answers");
        setAlignItems(Alignment.BASELINE);
        waiting.addClassName("kring-waiting");
        showNow.setText(getTranslation("round.show-waiting"));
        showNow.addClassName("kring-show-waiting");
        showNow.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("thought.few.title"));
            dialog.setText(getTranslation("thought.few.text", AnswerBatch.SAFE_MINIMUM));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("thought.few.wait"));
            dialog.setConfirmText(getTranslation("thought.few.reveal"));
            dialog.addConfirmListener(confirmed -> live.showWaitingAnswers(console.sessionId(), step.id()));
            dialog.open();
        });
        add(waiting, showNow);
        setVisible(false);
    }

    void update(LiveSnapshot snapshot, Step step) {
        int count = snapshot.waitingAnswersAt(step.id());
        setVisible(count > 0);
        ShownText.set(waiting, getTranslation("round.waiting", count, AnswerBatch.SAFE_MINIMUM));
    }
}
