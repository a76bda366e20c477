package nl.kring.moodboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.base.ui.ShownText;
import nl.kring.content.SeedTexts;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.MoodboardService;
import nl.kring.moodboard.PhotoPipeline;
import nl.kring.moodboard.TabletMoodboardService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.ui.activity.ActivityUi;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SpeakerButton;

/**
 * The shared moodboard. Tablets make cards (words, a photo, a song, a colour), see the
 * whole board or only their own cards ("mijn kaarten", to talk about in pairs), and move
 * or take away their own cards. The shared screen shows the board large. The console
 * shows every card with the leader's tools: move, group, highlight, hide. The results
 * keep the board, with PNG and PDF downloads.
 */
@org.springframework.stereotype.Component
class MoodboardUi implements ActivityUi {

    private final MoodboardService boards;
    private final TabletMoodboardService tabletBoards;
    private final boolean readsHeic;
    private final SeedTexts seeds;

    MoodboardUi(MoodboardService boards, TabletMoodboardService tabletBoards, PhotoPipeline photos,
                SeedTexts seeds) {
        this.seeds = seeds;
        this.boards = boards;
        this.tabletBoards = tabletBoards;
        this.readsHeic = photos.readsHeic();
    }

    @Override
    public ActivityType type() {
        return ActivityType.MOODBOARD;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new MoodboardEditor((Moodboard) existing,
                seeds.moodboardQuadrants(ReaderLocale.current()));
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new TabletBoard(step, context, tabletBoards, readsHeic);
    }

    @Override
    public LivePart screenPart(Step step) {
        Moodboard board = (Moodboard) step.activity();
        BoardView view = new BoardView(board, true, MoodCard::isShown, null, null, null);
        return new BoardPart(step, view, heading(board), view, source(board));
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return new ConsoleBoard(step, context.sessionId(), boards, readsHeic);
    }

    @Override
    public LivePart resultPart(Step step) {
        Moodboard board = (Moodboard) step.activity();
        BoardView view = new BoardView(board, false, MoodCard::isShown, null, null, null);
        Div exports = new Div();
        BoardPart part = new BoardPart(step, view, heading(board), view, source(board), exports);
        part.onFirstUpdate = snapshot -> exports.add(new ExportLinks(boards, snapshot.sessionId(), step.id()));
        return part;
    }

    static H2 heading(Moodboard board) {
        return new H2(board.prompt());
    }

    /** "Bron: Movisie" under a board whose areas carry the worksheet's questions. */
    static Paragraph source(Moodboard board) {
        Paragraph source = new Paragraph();
        source.addClassName("kring-source");
        if (board.areas().stream().anyMatch(a -> !a.questions().isEmpty())) {
            source.setText(source.getTranslation("moodboard.source"));
        }
        return source;
    }

    /** Runs a change; a refusal (the card was just taken away, the step moved on) becomes a message. */
    static void attempt(Component where, Runnable change) {
        try {
            change.run();
        } catch (InvalidValueException e) {
            Notifications.error(where.getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** A board that only shows (screen, results). */
    private static class BoardPart extends LivePart {
        private final Step step;
        private final BoardView view;
        Consumer<LiveSnapshot> onFirstUpdate;

        BoardPart(Step step, BoardView view, Component... content) {
            super(content);
            this.step = step;
            this.view = view;
            addClassName("kring-moodboard");
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            if (onFirstUpdate != null) {
                onFirstUpdate.accept(snapshot);
                onFirstUpdate = null;
            }
            view.show(snapshot.moodCardsOf(step.id()));
        }
    }

    /** The tablet: make a card; the whole board or only one's own cards; move or take away one's own. */
    private static final class TabletBoard extends LivePart {
        private final Step step;
        private final BoardView whole;
        private final BoardView mine;
        private final Button showWhole = new Button();
        private final Button showMine = new Button();
        private List<MoodCard> cards = List.of();

        TabletBoard(Step step, ParticipantContext context, TabletMoodboardService service, boolean readsHeic) {
            this.step = step;
            addClassName("kring-moodboard");
            addClassName("kring-tablet-moodboard");
            Moodboard board = (Moodboard) step.activity();
            Predicate<MoodCard> own = card -> card.owner().isParticipant(context.participantId());
            Function<MoodCard, Component> tools = card -> own.test(card)
                    ? ownTools(board, card, service, context) : null;
            BoardView.DropMove drop = (card, area) -> attempt(this,
                    () -> service.move(context.token(), step.id(), card, area, null));
            whole = new BoardView(board, false, card -> card.isShown() || own.test(card), tools, own, drop);
            mine = new BoardView(board, false, own, tools, own, drop);
            mine.addClassName("kring-my-board");
            CardForm form = CardForm.forTablet(board, step.id(), context, service, readsHeic);
            Div switcher = new Div(showWhole, showMine);
            switcher.addClassName("kring-board-switch");
            showWhole.setText(getTranslation("moodboard.view.whole"));
            showMine.setText(getTranslation("moodboard.view.mine"));
            showWhole.addClickListener(e -> showMine(false));
            showMine.addClickListener(e -> showMine(true));
            showWhole.addClassName("kring-big-button");
            showMine.addClassName("kring-big-button");
            add(SpeakerButton.beside(heading(board), board.prompt()), form, switcher,
                    whole, mine, source(board));
            showMine(false);
        }

        private void showMine(boolean onlyMine) {
            whole.setVisible(!onlyMine);
            mine.setVisible(onlyMine);
            // only the board in view is kept up to date; the other catches up when it is shown
            (onlyMine ? mine : whole).show(cards);
            showWhole.getElement().setAttribute("aria-pressed", String.valueOf(!onlyMine));
            showMine.getElement().setAttribute("aria-pressed", String.valueOf(onlyMine));
            if (onlyMine) {
                showMine.addThemeVariants(ButtonVariant.PRIMARY);
                showWhole.removeThemeVariants(ButtonVariant.PRIMARY);
            } else {
                showWhole.addThemeVariants(ButtonVariant.PRIMARY);
                showMine.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        }

        private Component ownTools(Moodboard board, MoodCard card, TabletMoodboardService service,
                                   ParticipantContext context) {
            Button move = new Button(getTranslation("moodboard.move.open"), e -> MoveDialog.open(board, card,
                    area -> attempt(this, () -> service.move(context.token(), step.id(), card.id(), area, null))));
            move.addClassName("kring-move-card");
            Button remove = new Button(getTranslation("moodboard.remove"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("moodboard.remove.title"),
                        getTranslation("moodboard.remove.text"), getTranslation("moodboard.remove.confirm"),
                        ok -> attempt(this, () -> service.remove(context.token(), step.id(), card.id())));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("kring-remove-card");
            return new Div(move, remove);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            cards = snapshot.moodCardsOf(step.id());
            (mine.isVisible() ? mine : whole).show(cards);
        }
    }

    /** The console: every card, with the leader's tools; a card of one's own; the downloads. */
    private static final class ConsoleBoard extends LivePart {
        private final Step step;
        private final BoardView view;
        private final Paragraph count = new Paragraph();
        private List<MoodCard> cards = List.of();

        ConsoleBoard(Step step, SessionId session, MoodboardService service, boolean readsHeic) {
            this.step = step;
            addClassName("kring-moodboard");
            Moodboard board = (Moodboard) step.activity();
            view = new BoardView(board, false, card -> true, card -> leaderTools(board, card, session, service),
                    card -> true, (card, area) -> attempt(this,
                            () -> service.move(session, step.id(), card, area, null))).forLeader();
            count.addClassName("kring-mood-count");
            CardForm form = new CardForm(board, bytes -> service.cleanPhoto(session, bytes), readsHeic,
                    (area, content, photo) -> service.addCard(session, step.id(), area, content, photo));
            Details own = new Details(getTranslation("moodboard.console.own-card"), form);
            own.addClassName("kring-own-card");
            add(heading(board), count, view, own, new ExportLinks(service, session, step.id()), source(board));
        }

        private Component leaderTools(Moodboard board, MoodCard card, SessionId session, MoodboardService service) {
            Div tools = new Div();
            tools.add(tool("moodboard.move.open", () -> MoveDialog.open(board, card,
                    area -> attempt(this, () -> service.move(session, step.id(), card.id(), area, null)))));
            tools.add(tool(card.highlighted() ? "moodboard.unhighlight" : "moodboard.highlight",
                    () -> attempt(this, () -> service.highlight(session, step.id(), card.id(), !card.highlighted()))));
            tools.add(tool("moodboard.group.open", () -> openGroup(card, session, service)));
            if (card.group() != null) {
                tools.add(tool("moodboard.ungroup",
                        () -> attempt(this, () -> service.ungroup(session, step.id(), card.id()))));
            }
            Button hide = tool(card.hidden() ? "moodboard.show" : "moodboard.hide",
                    () -> attempt(this, () -> service.hide(session, step.id(), card.id(), !card.hidden())));
            hide.addClassName(card.hidden() ? "kring-show-card" : "kring-hide-card");
            tools.add(hide);
            return tools;
        }

        private Button tool(String key, Runnable action) {
            Button button = new Button(getTranslation(key), e -> action.run());
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return button;
        }

        /** "Bij een kaart zetten": choose the card to put this one with. */
        private void openGroup(MoodCard card, SessionId session, MoodboardService service) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("moodboard.group.title"));
            Div choices = new Div();
            choices.addClassName("kring-group-choices");
            boolean anonymous = ((Moodboard) step.activity()).anonymous();
            cards.stream().filter(other -> !other.id().equals(card.id()) && !other.hidden()).forEach(other -> {
                Button choice = new Button(label(other, anonymous), e -> {
                    dialog.close();
                    attempt(this, () -> service.groupWith(session, step.id(), card.id(), other.id()));
                });
                choices.add(choice);
            });
            if (choices.getChildren().findAny().isEmpty()) {
                choices.add(new Paragraph(getTranslation("moodboard.group.none")));
            }
            dialog.add(choices);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
            dialog.open();
        }

        /** A card's words (or its kind), with whose it is unless the board is anonymous. */
        private String label(MoodCard card, boolean anonymous) {
            String words = card.text().isEmpty() ? getTranslation("moodboard.kind." + card.kind().name()) : card.text();
            return anonymous ? words : card.owner().firstName() + ": " + words;
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            List<MoodCard> now = snapshot.moodCardsOf(step.id());
            if (Objects.equals(now, cards)) {
                return;
            }
            cards = now;
            view.show(now);
            ShownText.set(count, getTranslation("moodboard.console.count", now.size(),
                    now.stream().filter(MoodCard::hidden).count()));
        }
    }
}
