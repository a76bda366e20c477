package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.base.ui.ShownText;
import nl.kring.content.SeedTexts;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import nl.kring.domain.swap.PerspectiveCards;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.BoardKey;
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
 * Perspective swap: a situation in the middle, a perspective card per participant, views
 * written anonymously and revealed per card, "herken jij dit perspectief?", and every next
 * round the cards swapped (the dealing rules are in {@link nl.kring.domain.swap.PerspectiveDealer}).
 * Who holds which card is never shown on the console or the screen.
 */
@org.springframework.stereotype.Component
class PerspectiveSwapUi implements ActivityUi {

    private final ThoughtWorkService work;
    private final TabletContributionService contributions;

    private final SeedTexts seeds;

    PerspectiveSwapUi(ThoughtWorkService work, TabletContributionService contributions,
                      SeedTexts seeds) {
        this.work = work;
        this.contributions = contributions;
        this.seeds = seeds;
    }

    @Override
    public ActivityType type() {
        return ActivityType.PERSPECTIVE_SWAP;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor(existing != null ? (PerspectiveSwap) existing : seeds.perspectiveSwap("", ReaderLocale.current()));
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new TabletSwap(step, context);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new SharedSwap(step, null);
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return new SharedSwap(step, context);
    }

    @Override
    public LivePart resultPart(Step step) {
        return new SwapResults(step);
    }

    static SwapState stateOf(LiveSnapshot snapshot, Step step) {
        return snapshot.stateOf(step.id(), SwapState.class)
                .orElseGet(() -> SwapState.planned((PerspectiveSwap) step.activity()));
    }

    /** The question on a card: the seed's wording for the seed's cards, a general one for others. */
    String cardQuestion(Component any, String card) {
        return seeds.perspectiveQuestion(card, ReaderLocale.of(any))
                .orElseGet(() -> any.getTranslation("swap.card-question", card));
    }

    /** The tablet: the situation, this person's card, the box, and the revealed views per card. */
    private final class TabletSwap extends LivePart {
        private final Step step;
        private final ParticipantContext context;
        private final Marks marks;
        private final H2 situation = new H2();
        private final Div mine = new Div();
        private final Div views = new Div();
        private final Map<String, BoardCards> boards = new LinkedHashMap<>();
        private int shownRound = -1;
        private LiveSnapshot latest;

        TabletSwap(Step step, ParticipantContext context) {
            this.step = step;
            this.context = context;
            this.marks = new Marks(context, contributions, "swap.recognise");
            addClassName("kring-swap-tablet");
            situation.addClassName("kring-quote");
            add(situation, mine, views);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            latest = snapshot;
            SwapState state = stateOf(snapshot, step);
            ShownText.set(situation, state.situation().isEmpty() ? getTranslation("swap.waiting-situation")
                    : state.situation());
            if (state.round() != shownRound) {
                shownRound = state.round();
                dealt(state);
            }
            showViews();
        }

        private void dealt(SwapState state) {
            mine.removeAll();
            views.removeAll();
            boards.clear();
            if (state.round() == 0) {
                mine.add(new Paragraph(getTranslation("swap.waiting-card")));
                return;
            }
            Optional<String> card = contributions.myCard(context.token(), step.id());
            if (card.isEmpty()) {
                mine.add(new Paragraph(getTranslation("swap.waiting-card")));
                return;
            }
            Div cardBox = new Div();
            cardBox.addClassName("kring-perspective-card");
            Paragraph yours = new Paragraph(getTranslation("swap.your-card"));
            yours.addClassName("kring-muted");
            H3 name = new H3(card.get());
            name.addClassName("kring-card-name");
            String question = cardQuestion(this, card.get());
            cardBox.add(yours, name, SpeakerButton.beside(new Paragraph(question),
                    question));
            mine.add(cardBox, new ContributionBox(getTranslation("swap.your-view"), context,
                    TabletSubmission.Draft.contribution(step.id(), BoardKey.perspective(state.round(), card.get()))));
        }

        /** The revealed views per card of the current round, from the latest snapshot (also after a mark). */
        private void showViews() {
            SwapState state = stateOf(latest, step);
            if (state.round() == 0) {
                return;
            }
            for (String card : state.currentCards()) {
                List<BoardItem> onCard = latest.visibleOn(step.id(), BoardKey.perspective(state.round(), card));
                if (onCard.isEmpty()) {
                    continue;
                }
                BoardCards cards = boards.computeIfAbsent(card, c -> {
                    BoardCards created = new BoardCards(item -> marks.button(item, this::showViews));
                    views.add(new H3(c), created);
                    return created;
                });
                marks.learn(onCard);
                cards.show(onCard, marks.state());
            }
        }
    }

    /** The shared screen and the console: situation, round, and the views per card; on the console the tools. */
    private final class SharedSwap extends LivePart {
        private final Step step;
        private final ConsoleContext console;
        private final H2 situation = new H2();
        private final Paragraph round = new Paragraph();
        private final Div perCard = new Div();
        private final Map<String, BoardCards> boards = new LinkedHashMap<>();
        private final Map<String, RevealControl> reveals = new LinkedHashMap<>();
        private final Map<String, Paragraph> holders = new LinkedHashMap<>();
        private int shownRound = -1;
        private List<String> shownCards;
        private List<BoardItem> shownChoices;
        private final Div tools = new Div();

        SharedSwap(Step step, ConsoleContext console) {
            this.step = step;
            this.console = console;
            addClassName(console == null ? "kring-swap-screen" : "kring-swap-console");
            situation.addClassName("kring-quote");
            round.addClassName("kring-muted");
            add(situation, round, perCard);
            if (console != null) {
                tools.addClassName("kring-swap-tools");
                add(tools);
            }
            Paragraph source = new Paragraph(getTranslation("source.movisie-gedachten"));
            source.addClassName("kring-muted");
            add(source);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            SwapState state = stateOf(snapshot, step);
            ShownText.set(situation, state.situation().isEmpty() ? getTranslation("swap.waiting-situation")
                    : state.situation());
            ShownText.set(round, state.round() == 0 ? getTranslation("swap.not-dealt")
                    : getTranslation("swap.round", state.round()));
            List<String> cards = state.currentCards();
            if (state.round() != shownRound || !cards.equals(shownCards)) {
                shownRound = state.round();
                shownCards = cards;
                buildCards(state);
            }
            if (state.round() > 0) {
                Map<String, Integer> counts = state.holdersPerCard();
                for (String card : cards) {
                    String board = BoardKey.perspective(state.round(), card);
                    boards.get(card).show(snapshot.visibleOn(step.id(), board), null);
                    if (console != null) {
                        reveals.get(card).update(snapshot, step.id(), board);
                        ShownText.set(holders.get(card), getTranslation("swap.holders", counts.getOrDefault(card, 0)));
                    }
                }
            }
            if (console != null && (!snapshot.wallThoughts().equals(shownChoices) || tools.getComponentCount() == 0)) {
                shownChoices = snapshot.wallThoughts();
                buildTools(state, shownChoices);
            }
        }

        private void buildCards(SwapState state) {
            perCard.removeAll();
            boards.clear();
            reveals.clear();
            holders.clear();
            if (state.round() == 0) {
                return;
            }
            for (String card : state.currentCards()) {
                Div block = new Div();
                block.addClassName("kring-perspective");
                block.add(new H3(card));
                BoardCards cards = new BoardCards(console == null ? null
                        : item -> ModeratorTools.forAnswer(work, console.sessionId(), item));
                if (console != null) {
                    Paragraph count = new Paragraph();
                    count.addClassName("kring-muted");
                    holders.put(card, count);
                    RevealControl reveal = new RevealControl(work, console.sessionId(), step.id(),
                            BoardKey.perspective(state.round(), card));
                    reveals.put(card, reveal);
                    block.add(count, reveal);
                }
                boards.put(card, cards);
                block.add(cards);
                perCard.add(block);
            }
        }

        private void buildTools(SwapState state, List<BoardItem> choices) {
            tools.removeAll();
            TextField typed = new TextField(getTranslation("swap.situation"));
            typed.setMaxLength(PerspectiveSwap.MAX_SITUATION_LENGTH);
            typed.setWidthFull();
            typed.setValue(state.situation());
            Div situationForm = new Div();
            FormErrors errors = new FormErrors(situationForm).bind("situation", typed);
            Button put = new Button(getTranslation("swap.put-in-middle"), e -> errors.attempt(() ->
                    work.putSituation(console.sessionId(), step.id(), typed.getValue())));
            situationForm.add(typed, put);
            ComboBox<BoardItem> fromWall = new ComboBox<>(getTranslation("swap.from-wall"));
            fromWall.setItems(choices);
            fromWall.setItemLabelGenerator(BoardItem::text);
            fromWall.setWidthFull();
            fromWall.setEnabled(!choices.isEmpty());
            fromWall.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    work.putThoughtInMiddle(console.sessionId(), step.id(), e.getValue().id());
                }
            });

            VerticalLayout cardsForm = new VerticalLayout();
            cardsForm.setPadding(false);
            cardsForm.add(new H3(getTranslation("swap.cards-next-round")));
            List<TextField> cardFields = new ArrayList<>();
            for (int i = 0; i < PerspectiveCards.MAX_CARDS; i++) {
                TextField card = new TextField();
                card.setAriaLabel(getTranslation("swap.card", i + 1));
                card.setPlaceholder(getTranslation("swap.card", i + 1));
                card.setMaxLength(PerspectiveCards.MAX_NAME_LENGTH);
                card.setWidthFull();
                if (i < state.cards().size()) {
                    card.setValue(state.cards().get(i));
                }
                cardFields.add(card);
                cardsForm.add(card);
            }
            FormErrors cardErrors = new FormErrors(cardsForm).bind("cards", cardFields.getFirst());
            Button saveCards = new Button(getTranslation("swap.save-cards"), e -> cardErrors.attempt(() ->
                    work.setCards(console.sessionId(), step.id(),
                            cardFields.stream().map(TextField::getValue).filter(Objects::nonNull).toList())));
            cardsForm.add(saveCards);

            Button deal = new Button(getTranslation(state.round() == 0 ? "swap.deal" : "swap.next-round"),
                    e -> work.dealNextRound(console.sessionId(), step.id()));
            deal.addThemeVariants(ButtonVariant.PRIMARY);
            deal.addClassName("kring-deal");
            tools.add(situationForm, fromWall, deal, cardsForm);
        }
    }

    /** After the session: the situation and the revealed views per round and card. */
    private static final class SwapResults extends LivePart {
        private final Step step;

        SwapResults(Step step) {
            this.step = step;
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            removeAll();
            SwapState state = stateOf(snapshot, step);
            if (!state.situation().isEmpty()) {
                Paragraph situation = new Paragraph(state.situation());
                situation.addClassName("kring-quote");
                add(situation);
            }
            Map<String, List<BoardItem>> byBoard = new LinkedHashMap<>();
            snapshot.visibleIn(step.id()).forEach(item ->
                    byBoard.computeIfAbsent(item.board(), b -> new ArrayList<>()).add(item));
            byBoard.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                // board keys are "r<round>:<card>"
                String key = entry.getKey();
                int colon = key.indexOf(':');
                add(new H3(getTranslation("swap.round", key.substring(1, colon)) + " · " + key.substring(colon + 1)));
                BoardCards cards = new BoardCards(null);
                cards.show(entry.getValue(), null);
                add(cards);
            });
            if (byBoard.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("swap.none"));
                none.addClassName("kring-muted");
                add(none);
            }
        }
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField situation = new TextField();
        private final List<TextField> cards = new ArrayList<>();

        Editor(PerspectiveSwap existing) {
            form.setPadding(false);
            situation.setLabel(form.getTranslation("swap.situation"));
            situation.setHelperText(form.getTranslation("swap.situation-help"));
            situation.setMaxLength(PerspectiveSwap.MAX_SITUATION_LENGTH);
            situation.setWidthFull();
            List<String> current = existing.cards();
            situation.setValue(existing.situation());
            form.add(situation, new H3(form.getTranslation("swap.cards")));
            for (int i = 0; i < PerspectiveCards.MAX_CARDS; i++) {
                TextField card = new TextField(form.getTranslation("swap.card", i + 1));
                card.setMaxLength(PerspectiveCards.MAX_NAME_LENGTH);
                card.setWidthFull();
                if (i < current.size()) {
                    card.setValue(current.get(i));
                }
                cards.add(card);
                form.add(card);
            }
            Paragraph source = new Paragraph(form.getTranslation("source.movisie-gedachten"));
            source.addClassName("kring-muted");
            form.add(source);
        }

        @Override
        public Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new PerspectiveSwap(situation.getValue(), cards.stream().map(TextField::getValue).toList());
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("situation", situation);
            errors.bind("cards", cards.getFirst());
        }
    }
}
