package nl.kring.session.ui.activity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.WishesAndIdeas;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.LiveSessionService;
import nl.kring.session.TabletSubmission;
import org.springframework.stereotype.Component;

/**
 * Wishes and ideas: a tablet taps one of the seed's wishes (or writes its own) and adds
 * ideas; the console and the shared screen show them as they come in, with names or
 * anonymously. The seven forms of support (Bouwman &amp; Van Tilburg, 2020) are one tap away.
 */
@Component
class WishesAndIdeasUi implements ActivityUi {

    private final SeedTexts seeds;
    private final LiveSessionService live;

    WishesAndIdeasUi(SeedTexts seeds, LiveSessionService live) {
        this.seeds = seeds;
        this.live = live;
    }

    @Override
    public ActivityType type() {
        return ActivityType.WISHES_AND_IDEAS;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor(existing != null ? (WishesAndIdeas) existing
                : seeds.wishesAndIdeas(AnswerVisibility.NAMED, ReaderLocale.current()));
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        QuestionRoundUi.TabletRound round = new QuestionRoundUi.TabletRound(step, (WishesAndIdeas) step.activity(),
                context);
        Div examples = new Div();
        examples.addClassName("kring-wish-examples");
        examples.add(new Paragraph(round.getTranslation("wishes.examples-title")));
        for (String wish : seeds.items(SeedTexts.TextList.WISH_EXAMPLES, ReaderLocale.of(round))) {
            // through the outbox like a typed answer; tapping it twice stores it once
            Button choose = new SendButton(wish, context, TabletSubmission.Draft.answer(step.id(), 0), wish,
                    result -> {
                        if (result.refused() == null) {
                            Notifications.success(round.getTranslation("wishes.chosen"));
                        } else {
                            Notifications.error(round.getTranslation(result.refused().messageKey(),
                                    result.refused().arguments()));
                        }
                    });
            choose.addClassName("kring-wish-example");
            examples.add(choose);
        }
        round.addComponentAsFirst(examples);
        round.add(supportForms(round, seeds));
        return round;
    }

    @Override
    public LivePart screenPart(Step step) {
        return new QuestionRoundUi.AnswersBoard(step, "kring-round-screen");
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        QuestionRoundUi.AnswersBoard answers = QuestionRoundUi.AnswersBoard.forConsole(step, context, live);
        answers.add(supportForms(answers, seeds));
        return answers;
    }

    @Override
    public LivePart resultPart(Step step) {
        return new QuestionRoundUi.AnswersBoard(step, "kring-round-results");
    }

    /** The seven forms of support, folded away until someone wants inspiration. */
    static Details supportForms(com.vaadin.flow.component.Component owner, SeedTexts seeds) {
        UnorderedList forms = new UnorderedList();
        for (SeedTexts.SupportForm form : seeds.supportForms(ReaderLocale.of(owner))) {
            forms.add(new ListItem(new H3(form.title()), new Span(form.text())));
        }
        Paragraph source = new Paragraph(owner.getTranslation("content.source",
                seeds.supportFormsSource(ReaderLocale.of(owner))));
        source.addClassName("kring-source");
        Details details = new Details(owner.getTranslation("wishes.support.title"), forms, source);
        details.addClassName("kring-support-forms");
        return details;
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField wish = new TextField();
        private final TextField ideas = new TextField();
        private final RadioButtonGroup<AnswerVisibility> visibility = new RadioButtonGroup<>();

        Editor(WishesAndIdeas existing) {
            form.setPadding(false);
            WishesAndIdeas start = existing;
            wish.setLabel(form.getTranslation("wishes.editor.wish"));
            ideas.setLabel(form.getTranslation("wishes.editor.ideas"));
            for (TextField field : new TextField[] {wish, ideas}) {
                field.setMaxLength(QuestionRound.MAX_QUESTION_LENGTH);
                field.setWidthFull();
            }
            wish.setValue(start.wishQuestion());
            ideas.setValue(start.ideasQuestion());
            visibility.setLabel(form.getTranslation("round.visibility"));
            visibility.setItems(AnswerVisibility.values());
            visibility.setItemLabelGenerator(v -> form.getTranslation("round.visibility." + v.name()));
            visibility.setValue(start.visibility());
            Paragraph note = new Paragraph(form.getTranslation("wishes.editor.note"));
            note.addClassName("kring-muted");
            form.add(wish, ideas, visibility, note);
        }

        @Override
        public com.vaadin.flow.component.Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new WishesAndIdeas(wish.getValue(), ideas.getValue(), visibility.getValue());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("wishQuestion", wish).bind("ideasQuestion", ideas);
        }
    }
}
