package nl.kring.smallstep.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.ui.activity.CheckIn;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.smallstep.TabletSmallStepService;
import org.springframework.stereotype.Component;

/**
 * "Is het gelukt?": at the next session of the group, the tablet asks its person privately
 * about the small step they wrote last time — ja, een beetje, nog niet — and thanks them
 * whatever the answer ("zien en waarderen").
 */
@Component
class SmallStepCheckIn implements CheckIn {

    private final TabletSmallStepService service;

    SmallStepCheckIn(TabletSmallStepService service) {
        this.service = service;
    }

    @Override
    public LivePart part(ParticipantContext context) {
        return new Ask(context, service);
    }

    private static final class Ask extends LivePart {
        private final ParticipantContext context;
        private final TabletSmallStepService service;
        private final Paragraph step = new Paragraph();
        private final Paragraph thanks = new Paragraph();
        private final Div answers = new Div();
        private Optional<SmallStep> asked = Optional.empty();

        Ask(ParticipantContext context, TabletSmallStepService service) {
            this.context = context;
            this.service = service;
            addClassName("kring-small-step-check-in");
            getElement().setAttribute("role", "region");
            getElement().setAttribute("aria-label", getTranslation("smallstep.checkin.title"));
            step.addClassName("kring-small-step-text");
            answers.addClassName("kring-small-step-answers");
            for (Outcome outcome : Outcome.values()) {
                Button answer = new Button(getTranslation("smallstep.outcome." + outcome.name()), e -> answer(outcome));
                answer.addThemeVariants(ButtonVariant.LARGE);
                answer.addClassName("kring-big-button");
                answers.add(answer);
            }
            thanks.addClassName("kring-reassure");
            thanks.getElement().setAttribute("role", "status");
            add(new H2(getTranslation("smallstep.checkin.title")), step, answers, thanks);
            setVisible(false);
        }

        private void answer(Outcome outcome) {
            asked.ifPresent(open -> {
                try {
                    service.lookBack(context.token(), open.id(), outcome);
                } catch (InvalidValueException refused) {
                    Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                }
            });
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            // a person's earlier step is their private history: only once the leader has seen who this tablet is
            Optional<SmallStep> mine = !context.showsHistory(snapshot) ? Optional.empty() : snapshot.lookBack().stream()
                    .filter(s -> s.participant().equals(context.participantId())).findFirst();
            if (mine.equals(asked)) {
                return;
            }
            asked = mine;
            setVisible(mine.isPresent());
            mine.ifPresent(s -> {
                ShownText.set(step, getTranslation("smallstep.checkin.your-step", s.text()));
                answers.setVisible(s.isOpen());
                ShownText.set(thanks, s.isOpen() ? "" : getTranslation("smallstep.checkin.thanks." + s.outcome().name()));
                thanks.setVisible(!s.isOpen());
            });
        }
    }
}
