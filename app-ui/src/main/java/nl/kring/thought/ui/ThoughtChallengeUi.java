package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ChallengeState.Challenged;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.session.LiveSnapshot.BoardItem;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.ActivityUi;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SpeakerButton;
import nl.kring.thought.TabletContributionService;
import nl.kring.thought.ThoughtWorkService;

/**
 * Challenging a thought: the leader picks a thought from the wall, the seed's three
 * questions come one at a time, answers are anonymous and revealed like the wall, and the
 * helping thought the group formulates is kept beside the thought.
 */
@org.springframework.stereotype.Component
class ThoughtChallengeUi implements ActivityUi {

    private final ThoughtWorkService work;
    private final TabletContributionService contributions;
    private final SeedTexts seeds;

    ThoughtChallengeUi(ThoughtWorkService work, TabletContributionService contributions, SeedTexts seeds) {
        this.work = work;
        this.contributions = contributions;
        this.seeds = seeds;
    }

    /** The seed's three questions in the reader's language. */
    private List<String> questions(Component reader) {
        return seeds.items(SeedTexts.TextList.THOUGHT_CHALLENGE_QUESTIONS, ReaderLocale.of(reader));
    }

    @Override
    public ActivityType type() {
        return ActivityType.THOUGHT_CHALLENGE;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor((ThoughtChallenge) existing);
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new ChallengePart(step, Viewer.TABLET, null, context);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new ChallengePart(step, Viewer.SCREEN, null, null);
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return new ChallengePart(step, Viewer.CONSOLE, context, null);
    }

    @Override
    public LivePart resultPart(Step step) {
        return new ChallengeResults(step);
    }

    private enum Viewer { TABLET, SCREEN, CONSOLE }

    static ChallengeState stateOf(LiveSnapshot snapshot, Step step) {
        return snapshot.stateOf(step.id(), ChallengeState.class).orElseGet(ChallengeState::notStarted);
    }

    /** One part for all three screens: what differs is the box (tablet) and the tools (console). */
    private final class ChallengePart extends LivePart {
        private final Step step;
        private final Viewer viewer;
        private final ConsoleContext console;
        private final ParticipantContext tablet;
        private final Div thought = new Div();
        private final Div body = new Div();
        private final Div picker = new Div();
        private final BoardCards answers;
        /** The console's reveal for the current question; {@code null} elsewhere and between questions. */
        private RevealControl reveal;
        private Challenged shownThought;
        private int shownQuestion = -1;
        private String shownHelping;
        private List<BoardItem> shownChoices;

        ChallengePart(Step step, Viewer viewer, ConsoleContext console, ParticipantContext tablet) {
            this.step = step;
            this.viewer = viewer;
            this.console = console;
            this.tablet = tablet;
            addClassName("kring-challenge");
            thought.addClassName("kring-challenged-thought");
            answers = new BoardCards(viewer == Viewer.CONSOLE
                    ? item -> ModeratorTools.forAnswer(work, console.sessionId(), item) : null);
            add(thought, body, answers);
            if (viewer == Viewer.CONSOLE) {
                picker.addClassName("kring-thought-picker");
                add(picker);
            }
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            ChallengeState state = stateOf(snapshot, step);
            Optional<Challenged> current = state.current();
            String helping = current.map(Challenged::helpingThought).orElse("");
            if (!Objects.equals(current.orElse(null) == null ? null : current.get().thought(),
                    shownThought == null ? null : shownThought.thought()) || state.question() != shownQuestion
                    || !helping.equals(shownHelping)) {
                shownThought = current.orElse(null);
                shownQuestion = state.question();
                shownHelping = helping;
                rebuild(snapshot, state);
            }
            if (current.isPresent() && state.asksQuestion()) {
                String board = BoardKey.challengeQuestion(current.get().thought(), state.question());
                answers.show(snapshot.visibleOn(step.id(), board), null);
                if (reveal != null) {
                    reveal.update(snapshot, step.id(), board);
                }
            } else {
                answers.show(List.of(), null);
            }
            if (viewer == Viewer.CONSOLE && !snapshot.wallThoughts().equals(shownChoices)) {
                shownChoices = snapshot.wallThoughts();
                showPicker(shownChoices);
            }
        }

        private void rebuild(LiveSnapshot snapshot, ChallengeState state) {
            thought.removeAll();
            body.removeAll();
            reveal = null;
            ThoughtChallenge challenge = (ThoughtChallenge) step.activity();
            if (state.current().isEmpty()) {
                String waiting = viewer == Viewer.CONSOLE ? getTranslation("challenge.pick-first")
                        : challenge.introduction().isEmpty() ? getTranslation("challenge.waiting")
                        : challenge.introduction();
                body.add(new H2(waiting));
                return;
            }
            String text = snapshot.item(state.current().get().thought()).map(BoardItem::text)
                    .orElse(getTranslation("challenge.thought-gone"));
            Paragraph label = new Paragraph(getTranslation("challenge.the-thought"));
            label.addClassName("kring-muted");
            Paragraph quote = new Paragraph(text);
            quote.addClassName("kring-quote");
            thought.add(label, quote);
            if (viewer == Viewer.CONSOLE) {
                body.add(questionButtons(state));
            }
            if (state.asksQuestion()) {
                String question = questions(this).get(state.question());
                H2 heading = new H2(getTranslation("challenge.question-of", state.question() + 1) + " " + question);
                heading.addClassName("kring-question-text");
                body.add(viewer == Viewer.TABLET
                        ? SpeakerButton.beside(heading, heading.getText()) : heading);
                if (viewer == Viewer.TABLET) {
                    // written for this thought and question: if the group is past it on arrival, it is not placed
                    body.add(new ContributionBox(getTranslation("round.your-answer"), tablet,
                            TabletSubmission.Draft.contribution(step.id(), BoardKey.challengeQuestion(
                                    state.current().get().thought(), state.question()))));
                }
                if (viewer == Viewer.CONSOLE) {
                    reveal = new RevealControl(work, console.sessionId(), step.id(),
                            BoardKey.challengeQuestion(state.current().get().thought(), state.question()));
                    body.add(reveal);
                }
            } else {
                String helping = state.current().get().helpingThought();
                body.add(new H2(getTranslation("challenge.helping-thought")));
                Paragraph helpingText = new Paragraph(helping.isEmpty()
                        ? getTranslation("challenge.helping-thought-coming") : helping);
                helpingText.addClassName(helping.isEmpty() ? "kring-muted" : "kring-helping-thought");
                body.add(helpingText);
            }
            if (viewer == Viewer.CONSOLE) {
                body.add(helpingThoughtForm(state));
            }
            if (viewer != Viewer.TABLET) {
                Paragraph source = new Paragraph(getTranslation("source.movisie-gedachten"));
                source.addClassName("kring-muted");
                body.add(source);
            }
        }

        private Component questionButtons(ChallengeState state) {
            HorizontalLayout buttons = new HorizontalLayout();
            buttons.addClassName("kring-question-steps");
            buttons.setWrap(true);
            IntStream.rangeClosed(0, ChallengeState.HELPING_THOUGHT).forEach(i -> {
                String label = i < ChallengeState.HELPING_THOUGHT ? getTranslation("challenge.question-of", i + 1)
                        : getTranslation("challenge.helping-thought");
                Button go = new Button(label, e -> work.challengeQuestion(console.sessionId(), step.id(), i));
                if (i == state.question()) {
                    go.addThemeVariants(ButtonVariant.PRIMARY);
                    go.getElement().setAttribute("aria-current", "step");
                }
                buttons.add(go);
            });
            return buttons;
        }

        private Component helpingThoughtForm(ChallengeState state) {
            ComboBox<String> helping = new ComboBox<>(getTranslation("challenge.helping-thought-label"));
            String existing = state.current().map(Challenged::helpingThought).orElse("");
            // the kept helping thought first, so that it can be shown even when it was typed
            helping.setItems(Stream.concat(Stream.of(existing).filter(h -> !h.isEmpty()),
                    seeds.items(SeedTexts.TextList.HELPING_THOUGHTS, getLocale()).stream())
                    .distinct().toList());
            helping.setAllowCustomValue(true);
            helping.addCustomValueSetListener(e -> helping.setValue(e.getDetail()));
            helping.setHelperText(getTranslation("challenge.helping-thought-help"));
            helping.setWidthFull();
            if (!existing.isEmpty()) {
                helping.setValue(existing);
            }
            Div form = new Div();
            FormErrors errors = new FormErrors(form).bind("helpingThought", helping);
            Button save = new Button(getTranslation("challenge.keep-helping-thought"), e -> errors.attempt(() ->
                    work.helpingThought(console.sessionId(), step.id(),
                            helping.getValue() == null ? "" : helping.getValue())));
            form.add(helping, save);
            form.addClassName("kring-helping-form");
            return form;
        }

        private void showPicker(List<BoardItem> choices) {
            picker.removeAll();
            picker.add(new H3(getTranslation("challenge.choose")));
            if (choices.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("challenge.no-thoughts"));
                none.addClassName("kring-muted");
                picker.add(none);
            }
            for (BoardItem choice : choices) {
                Button pick = new Button(getTranslation("challenge.pick"),
                        e -> work.pickThought(console.sessionId(), step.id(), choice.id()));
                pick.addThemeVariants(ButtonVariant.SMALL);
                pick.addClassName("kring-pick-thought");
                HorizontalLayout line = new HorizontalLayout(new Span(choice.text()),
                        pick);
                line.setAlignItems(FlexComponent.Alignment.BASELINE);
                picker.add(line);
            }
        }
    }

    /** After the session: each challenged thought, its helping thought, and the revealed answers per question. */
    private final class ChallengeResults extends LivePart {
        private final Step step;

        ChallengeResults(Step step) {
            this.step = step;
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            removeAll();
            ChallengeState state = stateOf(snapshot, step);
            for (Challenged challenged : state.challenged()) {
                Optional<BoardItem> thought = snapshot.item(challenged.thought());
                if (thought.isEmpty()) {
                    continue; // hidden after all: it is not shown again
                }
                Div block = new Div();
                block.addClassName("kring-challenge-result");
                Paragraph quote = new Paragraph(thought.get().text());
                quote.addClassName("kring-quote");
                block.add(quote);
                if (!challenged.helpingThought().isEmpty()) {
                    Paragraph helping = new Paragraph(getTranslation("challenge.helping-thought") + ": "
                            + challenged.helpingThought());
                    helping.addClassName("kring-helping-thought");
                    block.add(helping);
                }
                List<String> questions = questions(this);
                for (int q = 0; q < questions.size(); q++) {
                    List<BoardItem> answers = snapshot.visibleOn(step.id(),
                            BoardKey.challengeQuestion(challenged.thought(), q));
                    if (!answers.isEmpty()) {
                        block.add(new H3(questions.get(q)));
                        BoardCards cards = new BoardCards(null);
                        cards.show(answers, null);
                        block.add(cards);
                    }
                }
                add(block);
            }
            if (getChildren().findAny().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("challenge.none"));
                none.addClassName("kring-muted");
                add(none);
            }
        }
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField introduction = new TextField();

        Editor(ThoughtChallenge existing) {
            form.setPadding(false);
            introduction.setLabel(form.getTranslation("challenge.introduction"));
            introduction.setHelperText(form.getTranslation("challenge.introduction-help"));
            introduction.setMaxLength(ThoughtChallenge.MAX_INTRODUCTION_LENGTH);
            introduction.setWidthFull();
            introduction.setValue(existing == null ? "" : existing.introduction());
            Paragraph how = new Paragraph(form.getTranslation("challenge.editor-note"));
            how.addClassName("kring-muted");
            form.add(introduction, how);
        }

        @Override
        public Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new ThoughtChallenge(introduction.getValue());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("introduction", introduction);
        }
    }
}
