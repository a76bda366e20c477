package nl.kring.session.ui.activity;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.LookBack;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Step;
import org.springframework.stereotype.Component;

/**
 * The look back: the tablets answer the seed's questions like a question round; the
 * console and the results collect the answers with names, with the seed's reminder for the
 * facilitator; the shared screen only thanks everyone (the answers are for the leaders).
 */
@Component
class LookBackUi implements ActivityUi {

    private final SeedTexts seeds;

    LookBackUi(SeedTexts seeds) {
        this.seeds = seeds;
    }

    @Override
    public ActivityType type() {
        return ActivityType.LOOK_BACK;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor(existing != null ? (LookBack) existing : seeds.lookBack(ReaderLocale.current()));
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        QuestionRoundUi.TabletRound round = new QuestionRoundUi.TabletRound(step, (LookBack) step.activity(),
                context);
        Paragraph forLeaders = new Paragraph(round.getTranslation("lookback.tablet-note"));
        forLeaders.addClassName("kring-reassure");
        round.addComponentAsFirst(forLeaders);
        return round;
    }

    @Override
    public LivePart screenPart(Step step) {
        LivePart part = new LivePart();
        part.addClassName("kring-look-back-screen");
        part.add(new H2(part.getTranslation("lookback.screen-title")),
                new Paragraph(part.getTranslation("lookback.screen-text")));
        return part;
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        QuestionRoundUi.AnswersBoard answers = new QuestionRoundUi.AnswersBoard(step, "kring-round-console");
        Paragraph tip = new Paragraph(answers.getTranslation("lookback.console-tip"));
        tip.addClassName("kring-tip");
        answers.add(tip);
        return answers;
    }

    @Override
    public LivePart resultPart(Step step) {
        return new QuestionRoundUi.AnswersBoard(step, "kring-round-results");
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final List<TextField> questions = new ArrayList<>();

        Editor(LookBack existing) {
            form.setPadding(false);
            List<String> current = existing.questions();
            for (int i = 0; i < LookBack.MAX_QUESTIONS; i++) {
                TextField field = new TextField(form.getTranslation("round.question", i + 1));
                field.setMaxLength(QuestionRound.MAX_QUESTION_LENGTH);
                field.setWidthFull();
                field.setValue(i < current.size() ? current.get(i) : "");
                questions.add(field);
                form.add(field);
            }
            Paragraph note = new Paragraph(form.getTranslation("lookback.editor-note"));
            note.addClassName("kring-muted");
            form.add(note);
        }

        @Override
        public com.vaadin.flow.component.Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new LookBack(questions.stream().map(TextField::getValue).toList());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("questions", questions.getFirst());
        }
    }
}
