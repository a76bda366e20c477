package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ThoughtWall;
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
 * The anonymous thought wall. Tablets write thoughts and, once the wall is revealed, mark
 * "herken ik"; the console sees only how many wait until it reveals them, and then tags
 * and hides; the shared screen shows the revealed wall with its counts. No screen is ever
 * given a thought that is not revealed: the snapshot does not contain it.
 */
@org.springframework.stereotype.Component
class ThoughtWallUi implements ActivityUi {

    private final ThoughtWorkService work;
    private final TabletContributionService contributions;
    private final SeedTexts seeds;

    ThoughtWallUi(ThoughtWorkService work, TabletContributionService contributions, SeedTexts seeds) {
        this.work = work;
        this.contributions = contributions;
        this.seeds = seeds;
    }

    @Override
    public ActivityType type() {
        return ActivityType.THOUGHT_WALL;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor((ThoughtWall) existing);
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        ThoughtWall wall = (ThoughtWall) step.activity();
        ContributionBox box = new ContributionBox(wall.prompt(), "thought.send", context,
                TabletSubmission.Draft.contribution(step.id(), BoardKey.WALL));
        box.addClassName("kring-thought-box");
        // typing is optional: the seed's example thoughts can be tapped
        Locale locale = ReaderLocale.current();
        var examples = seeds.texts(SeedTexts.TextList.EXAMPLE_THOUGHTS, locale);
        box.withChoices(box.getTranslation("thought.examples"), examples.items(),
                box.getTranslation("content.source", examples.source()));
        return new TabletWall(step, new Marks(context, contributions, "thought.recognise"),
                SpeakerButton.beside(new H2(wall.prompt()), wall.prompt()),
                box);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new WallPart(step, null, "thought.screen-empty");
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        WallPart part = new WallPart(step, item -> ModeratorTools.forThought(work, context.sessionId(), item),
                "thought.console-empty");
        RevealControl reveal = new RevealControl(work, context.sessionId(), step.id(), BoardKey.WALL);
        part.addComponentAtIndex(1, reveal);
        part.onUpdate = snapshot -> reveal.update(snapshot, step.id(), BoardKey.WALL);
        if (context.may().experienceExpert()) {
            part.add(new ExpertThought(work, context, step));
        }
        return part;
    }

    @Override
    public LivePart resultPart(Step step) {
        return new WallPart(step, null, "thought.results-empty");
    }

    /** The prompt and the revealed wall; on the console with the leader's tools and the reveal. */
    private static final class WallPart extends LivePart {
        private final Step step;
        private final BoardCards cards;
        private final Paragraph empty = new Paragraph();
        Consumer<LiveSnapshot> onUpdate = snapshot -> { };

        WallPart(Step step, Function<BoardItem, Component> actions, String emptyKey) {
            this.step = step;
            this.cards = new BoardCards(actions);
            addClassName("kring-wall");
            empty.setText(getTranslation(emptyKey));
            empty.addClassName("kring-muted");
            add(new H2(((ThoughtWall) step.activity()).prompt()), cards, empty);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            onUpdate.accept(snapshot);
            List<BoardItem> items = snapshot.visibleOn(step.id(), BoardKey.WALL);
            cards.show(items, null);
            empty.setVisible(items.isEmpty());
        }
    }

    /** An experience expert adds a thought of their own, labelled as theirs on the wall. */
    private static final class ExpertThought extends VerticalLayout {
        ExpertThought(ThoughtWorkService work, ConsoleContext context, Step step) {
            setPadding(false);
            addClassName("kring-expert-thought");
            H3 title = new H3(getTranslation("thought.expert.title"));
            TextField text = new TextField(getTranslation("thought.expert.label"));
            text.setMaxLength(Contribution.MAX_LENGTH);
            text.setWidthFull();
            text.setHelperText(getTranslation("thought.expert.help"));
            FormErrors errors = new FormErrors(this).bind("text", text);
            Button add = new Button(getTranslation("thought.expert.add"), e -> errors.attempt(() -> {
                work.addExpertThought(context.sessionId(), step.id(), text.getValue(), UUID.randomUUID());
                text.clear();
            }));
            add(title, text, add);
        }
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField prompt = new TextField();

        Editor(ThoughtWall existing) {
            form.setPadding(false);
            prompt.setLabel(form.getTranslation("thought.prompt"));
            prompt.setHelperText(form.getTranslation("thought.prompt-help"));
            prompt.setMaxLength(ThoughtWall.MAX_PROMPT_LENGTH);
            prompt.setWidthFull();
            prompt.setValue(existing == null ? form.getTranslation("thought.prompt-default") : existing.prompt());
            Paragraph source = new Paragraph(form.getTranslation("thought.editor-note"));
            source.addClassName("kring-muted");
            form.add(prompt, source);
        }

        @Override
        public Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new ThoughtWall(prompt.getValue());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("prompt", prompt);
        }
    }

    /** The tablet: the prompt, the box, and the revealed wall with "herken ik". */
    private static final class TabletWall extends LivePart {
        private final Step step;
        private final Marks marks;
        private final BoardCards cards;
        private final H3 heading = new H3();
        private List<BoardItem> items = List.of();

        TabletWall(Step step, Marks marks, Component... above) {
            super(above);
            this.step = step;
            this.marks = marks;
            this.cards = new BoardCards(item -> marks.button(item, this::redraw));
            addClassName("kring-tablet-board");
            heading.setText(getTranslation("thought.on-the-wall"));
            heading.setVisible(false);
            add(heading, cards);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            items = snapshot.visibleOn(step.id(), BoardKey.WALL);
            marks.learn(items);
            heading.setVisible(!items.isEmpty());
            redraw();
        }

        private void redraw() {
            cards.show(items, marks.state());
        }
    }
}
