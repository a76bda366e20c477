package nl.kring.session.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kring.base.ui.FormErrors;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerableQuestions;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.LiveSnapshot.AnswerLine;
import nl.kring.session.TabletSubmission;
import org.springframework.stereotype.Component;

/**
 * A question round: on the tablet each question with a box to answer in a few words; on
 * the console and the shared screen the answers as they come in, with the participant's
 * name or without, as the facilitator chose. Answers are always shown as plain text.
 */
@Component
class QuestionRoundUi implements ActivityUi {

    private final LiveSessionService live;

    QuestionRoundUi(LiveSessionService live) {
        this.live = live;
    }

    @Override
    public ActivityType type() {
        return ActivityType.QUESTION_ROUND;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor((QuestionRound) existing);
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new TabletRound(step, (QuestionRound) step.activity(), context);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new AnswersBoard(step, "kring-round-screen");
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return AnswersBoard.forConsole(step, context, live);
    }

    @Override
    public LivePart resultPart(Step step) {
        return new AnswersBoard(step, "kring-round-results");
    }

    /** The round on a tablet: each question with its own box. */
    static final class TabletRound extends LivePart {
        private final List<TabletQuestion> questions = new ArrayList<>();

        TabletRound(Step step, AnswerableQuestions round, ParticipantContext context) {
            addClassName("kring-round-tablet");
            if (round.anonymous()) {
                Paragraph anonymous = new Paragraph(getTranslation("round.anonymous-note"));
                anonymous.addClassName("kring-reassure");
                add(anonymous);
            }
            for (int i = 0; i < round.questions().size(); i++) {
                TabletQuestion question = new TabletQuestion(step, round, i, context);
                questions.add(question);
                add(question);
            }
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            questions.forEach(q -> q.update(snapshot));
        }
    }

    /** One question on a tablet: the question, a box, a send button, and what this tablet sent. */
    private static final class TabletQuestion extends VerticalLayout {
        private final Step step;
        private final int question;
        private final ParticipantContext context;
        private final boolean anonymous;
        private final TextArea answer = new TextArea();
        private final UnorderedList mine = new UnorderedList();
        /** Sent by this tablet in an anonymous round; the database does not know whose they are. */
        private final List<String> sentAnonymously = new ArrayList<>();
        private List<String> shownMine = List.of();

        TabletQuestion(Step step, AnswerableQuestions round, int question, ParticipantContext context) {
            this.step = step;
            this.question = question;
            this.context = context;
            this.anonymous = round.anonymous();
            addClassName("kring-question");
            setPadding(false);
            H2 text = new H2(round.questions().get(question));
            text.addClassName("kring-question-text");
            answer.setLabel(getTranslation("round.your-answer"));
            answer.setMaxLength(Answer.MAX_LENGTH);
            answer.setHelperText(getTranslation("round.answer-help", Answer.MAX_LENGTH));
            answer.setWidthFull();
            answer.addClassName("kring-answer-field");
            // through the tablet's outbox: kept until stored, stored once, also after the step moved on
            SendButton send = new SendButton(getTranslation("round.send"), context,
                    TabletSubmission.Draft.answer(step.id(), question), answer, this::sent);
            send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            send.addClassName("kring-big-button");
            mine.addClassName("kring-my-answers");
            add(SpeakerButton.beside(text, round.questions().get(question)));
            List<String> taps = round.choicesFor(question);
            if (!taps.isEmpty()) {
                add(new Paragraph(getTranslation("round.choices")), new TapChoices(taps, answer::setValue));
            }
            add(answer, send, mine);
        }

        private void sent(SendButton.Result result) {
            if (result.refused() != null) {
                answer.setErrorMessage(getTranslation(result.refused().messageKey(), result.refused().arguments()));
                answer.setInvalid(true);
                return;
            }
            answer.setInvalid(false);
            if (anonymous && !sentAnonymously.contains(result.submission().text().strip())) {
                sentAnonymously.add(result.submission().text().strip());
                showMine(sentAnonymously);
            }
            answer.clear();
        }

        void update(LiveSnapshot snapshot) {
            if (!anonymous) {
                showMine(snapshot.answersTo(step.id()).stream()
                        .filter(a -> a.question() == question && Objects.equals(a.authorId(), context.participantId()))
                        .map(AnswerLine::text).toList());
            }
        }

        private void showMine(List<String> texts) {
            if (texts.equals(shownMine)) {
                return; // another tablet's change: nothing of this tablet's to redraw
            }
            shownMine = List.copyOf(texts);
            mine.removeAll();
            if (!texts.isEmpty()) {
                mine.add(new ListItem(new Span(getTranslation("round.you-sent"))));
                texts.forEach(t -> mine.add(new ListItem(t)));
            }
        }
    }

    /**
     * The answers to each question, with names unless the round is anonymous: a named answer
     * as it comes in, anonymous ones in batches (AnswerBatch). Plain text only.
     */
    static final class AnswersBoard extends LivePart {
        private final Step step;
        private final AnswerableQuestions round;
        private final List<Div> lists = new ArrayList<>();
        private List<AnswerLine> shown;
        private WaitingAnswers waiting;

        /** On the console: with how many anonymous answers wait, and the leader's "show them now". */
        static AnswersBoard forConsole(Step step, ConsoleContext context, LiveSessionService live) {
            AnswersBoard board = new AnswersBoard(step, "kring-round-console");
            if (board.round.anonymous() && context != null) {
                board.waiting = new WaitingAnswers(step, context, live);
                board.addComponentAtIndex(1, board.waiting);
            }
            return board;
        }

        AnswersBoard(Step step, String className) {
            this.step = step;
            this.round = (AnswerableQuestions) step.activity();
            addClassName(className);
            if (round.anonymous()) {
                Span badge = new Span(getTranslation("round.shown-anonymously"));
                badge.getElement().getThemeList().add("badge");
                add(badge);
            }
            for (String question : round.questions()) {
                H2 heading = new H2(question);
                heading.addClassName("kring-question-text");
                Div answers = new Div();
                answers.addClassName("kring-answers");
                lists.add(answers);
                add(heading, answers);
            }
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            if (waiting != null) {
                waiting.update(snapshot, step);
            }
            List<AnswerLine> all = snapshot.answersTo(step.id());
            if (all.equals(shown)) {
                return; // a change elsewhere in the session (presence, attendance): the answers stand
            }
            shown = all;
            for (int i = 0; i < lists.size(); i++) {
                int question = i;
                Div list = lists.get(i);
                list.removeAll();
                all.stream().filter(a -> a.question() == question).forEach(a -> list.add(answerCard(a)));
                if (list.getComponentCount() == 0) {
                    Span none = new Span(getTranslation("round.no-answers-yet"));
                    none.addClassName("kring-muted");
                    list.add(none);
                }
            }
        }

        private Div answerCard(AnswerLine answer) {
            Div card = new Div();
            card.addClassName("kring-answer");
            if (!round.anonymous() && answer.authorName() != null) {
                Span name = new Span(answer.authorName());
                name.addClassName("kring-answer-author");
                card.add(name);
            }
            // Span(String) sets text, never HTML: a "<script>" answer is shown as those characters
            card.add(new Span(answer.text()));
            return card;
        }
    }

    private static final class Editor implements ActivityEditor {
        /** Between the answers to tap in one field: short, and unlikely inside a short answer. */
        private static final String CHOICE_SEPARATOR = "/";

        private final VerticalLayout form = new VerticalLayout();
        private final List<TextField> questions = new ArrayList<>();
        private final List<TextField> choices = new ArrayList<>();
        private final RadioButtonGroup<AnswerVisibility> visibility = new RadioButtonGroup<>();

        Editor(QuestionRound existing) {
            form.setPadding(false);
            List<String> current = existing == null ? List.of() : existing.questions();
            for (int i = 0; i < QuestionRound.MAX_QUESTIONS; i++) {
                TextField field = new TextField(form.getTranslation("round.question", i + 1));
                field.setMaxLength(QuestionRound.MAX_QUESTION_LENGTH);
                field.setWidthFull();
                TextField taps = new TextField(form.getTranslation("round.choices-field"));
                taps.setWidthFull();
                taps.addClassName("kring-choices-field");
                if (i < current.size()) {
                    field.setValue(current.get(i));
                    taps.setValue(String.join(" " + CHOICE_SEPARATOR + " ", existing.choicesFor(i)));
                }
                if (i == 0) {
                    field.setRequiredIndicatorVisible(true);
                    field.setHelperText(form.getTranslation("round.question-help"));
                    taps.setHelperText(form.getTranslation("round.choices-help"));
                }
                questions.add(field);
                choices.add(taps);
                form.add(field, taps);
            }
            visibility.setLabel(form.getTranslation("round.visibility"));
            visibility.setItems(AnswerVisibility.values());
            visibility.setItemLabelGenerator(v -> form.getTranslation("round.visibility." + v.name()));
            visibility.setValue(existing == null ? AnswerVisibility.NAMED : existing.visibility());
            form.add(visibility);
        }

        @Override
        public com.vaadin.flow.component.Component form() { // Spring's @Component is imported here
            return form;
        }

        @Override
        public Activity value() {
            return new QuestionRound(questions.stream().map(TextField::getValue).toList(), visibility.getValue(),
                    choices.stream().map(f -> List.of(f.getValue().split(CHOICE_SEPARATOR))).toList());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("questions", questions.getFirst());
            // which question's answers are wrong is not known here; the first field carries the message
            errors.bind("choices", choices.getFirst());
        }
    }
}
