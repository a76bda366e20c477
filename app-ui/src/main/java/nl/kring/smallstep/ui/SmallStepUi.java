package nl.kring.smallstep.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.ShownText;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.SendButton;
import nl.kring.session.ui.activity.ActivityUi;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SpeakerButton;
import nl.kring.smallstep.TabletSmallStepService;

/**
 * Small steps. The tablet offers the seed's examples as inspiration and a box for one
 * small step; only the person and the session's leaders see it. The console lists the
 * steps with names; the shared screen shows only how many have been written.
 */
@org.springframework.stereotype.Component
class SmallStepUi implements ActivityUi {

    private final TabletSmallStepService service;
    private final SeedTexts seeds;

    SmallStepUi(TabletSmallStepService service, SeedTexts seeds) {
        this.service = service;
        this.seeds = seeds;
    }

    @Override
    public ActivityType type() {
        return ActivityType.SMALL_STEP;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor((SmallStepRound) existing);
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new TabletStep(step, context, service, seeds);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new Count(step);
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return new Steps(step);
    }

    @Override
    public LivePart resultPart(Step step) {
        return new Steps(step);
    }

    /** The shared screen: the prompt and how many steps were written, never what or by whom. */
    private static final class Count extends LivePart {
        private final Step step;
        private final Paragraph count = new Paragraph();

        Count(Step step) {
            this.step = step;
            addClassName("kring-small-steps");
            count.addClassName("kring-screen-count");
            add(new H2(((SmallStepRound) step.activity()).prompt()), count);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            ShownText.set(count, getTranslation("smallstep.count", snapshot.smallStepsAt(step.id()).size()));
        }
    }

    /** For the leaders (console, results): every step with its author's name. */
    private static final class Steps extends LivePart {
        private final Step step;
        private final UnorderedList list = new UnorderedList();
        private final Paragraph empty = new Paragraph();
        private List<SmallStep> shown;

        Steps(Step step) {
            this.step = step;
            addClassName("kring-small-steps");
            Paragraph privacy = new Paragraph(getTranslation("smallstep.console-private"));
            privacy.addClassName("kring-muted");
            empty.setText(getTranslation("smallstep.none-yet"));
            empty.addClassName("kring-muted");
            Paragraph tip = new Paragraph(getTranslation("smallstep.console-tip"));
            tip.addClassName("kring-tip");
            add(new H2(((SmallStepRound) step.activity()).prompt()), privacy, list, empty, tip);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            List<SmallStep> now = snapshot.smallStepsAt(step.id());
            if (Objects.equals(now, shown)) {
                return;
            }
            shown = now;
            list.removeAll();
            for (SmallStep written : now) {
                String name = snapshot.roster().stream().filter(r -> r.id().equals(written.participant()))
                        .map(LiveSnapshot.RosterName::name).findFirst().orElse("?");
                list.add(new ListItem(written.isWithheld() ? getTranslation("smallstep.withheld", name)
                        : name + ": " + written.text()));
            }
            empty.setVisible(now.isEmpty());
        }
    }

    /** The tablet: examples to tap, one box, and what was saved. */
    private static final class TabletStep extends LivePart {
        private final Step step;
        private final ParticipantContext context;
        private final TextArea text = new TextArea();
        private final Paragraph saved = new Paragraph();
        private Optional<SmallStep> mine = Optional.empty();

        TabletStep(Step step, ParticipantContext context, TabletSmallStepService service, SeedTexts seeds) {
            this.step = step;
            this.context = context;
            addClassName("kring-small-step-tablet");
            Paragraph privacy = new Paragraph(getTranslation("smallstep.private-note"));
            privacy.addClassName("kring-reassure");
            Paragraph inspire = new Paragraph(getTranslation("smallstep.examples-title"));
            Div examples = new Div();
            examples.addClassName("kring-small-step-examples");
            for (String example : seeds.items(SeedTexts.TextList.SMALL_STEP_EXAMPLES, getLocale())) {
                Button use = new Button(example, e -> text.setValue(example));
                use.addClassName("kring-small-step-example");
                examples.add(use);
            }
            text.setLabel(getTranslation("smallstep.label"));
            text.setMaxLength(SmallStep.MAX_LENGTH);
            text.setWidthFull();
            text.addClassName("kring-answer-field");
            Button save = new SendButton(getTranslation("smallstep.save"), context,
                    TabletSubmission.Draft.smallStep(step.id()), text, result -> {
                        text.setInvalid(result.refused() != null);
                        if (result.refused() != null) {
                            text.setErrorMessage(getTranslation(result.refused().messageKey(),
                                    result.refused().arguments()));
                        }
                    });
            save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            save.addClassName("kring-big-button");
            saved.addClassName("kring-small-step-saved");
            saved.getElement().setAttribute("role", "status");
            String prompt = ((SmallStepRound) step.activity()).prompt();
            add(SpeakerButton.beside(new H2(prompt), prompt), privacy, inspire, examples,
                    text, save, saved);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            Optional<SmallStep> now = snapshot.smallStepOf(step.id(), context.participantId());
            if (now.equals(mine)) {
                return;
            }
            mine = now;
            ShownText.set(saved, now.map(s -> getTranslation("smallstep.saved", s.text())).orElse(""));
            if (now.isPresent() && text.isEmpty()) {
                text.setValue(now.get().text());
            }
        }
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField prompt = new TextField();

        Editor(SmallStepRound existing) {
            form.setPadding(false);
            prompt.setLabel(form.getTranslation("smallstep.editor.prompt"));
            prompt.setMaxLength(SmallStepRound.MAX_PROMPT_LENGTH);
            prompt.setWidthFull();
            prompt.setValue(existing == null ? form.getTranslation("smallstep.editor.prompt-default")
                    : existing.prompt());
            Paragraph note = new Paragraph(form.getTranslation("smallstep.editor.note"));
            note.addClassName("kring-muted");
            form.add(prompt, note);
        }

        @Override
        public com.vaadin.flow.component.Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new SmallStepRound(prompt.getValue());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("prompt", prompt);
        }
    }
}
