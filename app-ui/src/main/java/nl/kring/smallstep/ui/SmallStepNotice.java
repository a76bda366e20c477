package nl.kring.smallstep.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.ConsoleNotice;
import nl.kring.session.ui.activity.LivePart;
import org.springframework.stereotype.Component;

/**
 * On the console: how the small steps of last time went, as counts ("zien en waarderen"),
 * for the leaders to notice and appreciate in the group without naming anyone.
 */
@Component
class SmallStepNotice implements ConsoleNotice {

    @Override
    public LivePart part(ConsoleContext context) {
        return new Summary();
    }

    private static final class Summary extends LivePart {
        private final Paragraph text = new Paragraph();
        private List<SmallStep> shown;

        Summary() {
            addClassName("kring-small-step-notice");
            text.getElement().setAttribute("role", "status");
            add(text);
            setVisible(false);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            if (Objects.equals(snapshot.lookBack(), shown)) {
                return;
            }
            shown = snapshot.lookBack();
            setVisible(!shown.isEmpty());
            long done = count(Outcome.DONE);
            long partly = count(Outcome.PARTLY);
            long notYet = count(Outcome.NOT_YET);
            long open = shown.stream().filter(SmallStep::isOpen).count();
            ShownText.set(text, getTranslation("smallstep.notice", shown.size(), done, partly, notYet, open));
        }

        private long count(Outcome outcome) {
            return shown.stream().filter(s -> s.outcome() == outcome).count();
        }
    }
}
