package nl.kring.scale.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.base.ui.ShownText;
import nl.kring.content.SeedTexts;
import nl.kring.domain.scale.ScaleAnswer;
import nl.kring.domain.scale.ScaleDistribution;
import nl.kring.domain.scale.ScalePoint;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.scale.ScaleSpread;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.scale.ScaleSpreadService;
import nl.kring.scale.TabletScaleService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.ActivityUi;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SendButton;
import nl.kring.session.ui.activity.SpeakerButton;

/**
 * Scale questions. The tablet shows eleven big buttons, 0 to 10 (no slider), the person's
 * choice, and their own numbers from earlier sessions as a line. The console and the shared
 * screen show the spread as bars with the median — only from three answers on. The console
 * adds the seed's hint to ask on about the number.
 */
@org.springframework.stereotype.Component
class ScaleQuestionUi implements ActivityUi {

    private final TabletScaleService scales;
    private final ScaleSpreadService spreads;

    private final SeedTexts seeds;

    ScaleQuestionUi(TabletScaleService scales, ScaleSpreadService spreads, SeedTexts seeds) {
        this.scales = scales;
        this.spreads = spreads;
        this.seeds = seeds;
    }

    @Override
    public ActivityType type() {
        return ActivityType.SCALE_QUESTION;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        return new Editor(existing != null ? (ScaleQuestion) existing : seeds.scaleQuestion(ReaderLocale.current()));
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return new TabletScale(step, context, scales);
    }

    @Override
    public LivePart screenPart(Step step) {
        return new Spreads(step, null);
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        return new Spreads(step, showNow(step, context));
    }

    /** On the console: how many new numbers wait for the next showing, and "toon de verdeling nu". */
    private HorizontalLayout showNow(Step step, ConsoleContext context) {
        Span waiting = new Span();
        waiting.addClassName("kring-waiting");
        Button show = new Button(waiting.getTranslation("scale.show-now"), e -> spreads.showNow(context.sessionId(),
                step.id()));
        show.addClassName("kring-scale-show-now");
        HorizontalLayout row = new HorizontalLayout(waiting, show);
        row.addClassName("kring-scale-waiting");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public LivePart resultPart(Step step) {
        return new Spreads(step, null);
    }

    /** Each question with the spread of its numbers, or how many answers are still needed. */
    private static final class Spreads extends LivePart {
        private final Step step;
        private final List<Div> bars = new ArrayList<>();
        private final List<Paragraph> summaries = new ArrayList<>();
        private final List<ScaleDistribution> shown = new ArrayList<>();
        private final HorizontalLayout waitingRow;

        /** @param waitingRow the console's count of new numbers and its "show now"; {@code null} elsewhere */
        Spreads(Step step, HorizontalLayout waitingRow) {
            this.waitingRow = waitingRow;
            boolean console = waitingRow != null;
            this.step = step;
            addClassName("kring-scale");
            ScaleQuestion scale = (ScaleQuestion) step.activity();
            for (String question : scale.questions()) {
                H2 title = new H2(question);
                Div chart = new Div();
                chart.addClassName("kring-scale-bars");
                chart.getElement().setAttribute("role", "img");
                Paragraph summary = new Paragraph();
                summary.addClassName("kring-scale-summary");
                add(title, chart, summary);
                bars.add(chart);
                summaries.add(summary);
                shown.add(null);
            }
            if (console) {
                add(waitingRow);
                Paragraph hint = new Paragraph(getTranslation("scale.console-hint"));
                hint.addClassName("kring-tip");
                add(hint);
            }
            Paragraph source = new Paragraph(getTranslation("scale.source"));
            source.addClassName("kring-source");
            add(source);
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            if (waitingRow != null) {
                int fresh = snapshot.newScaleAnswersAt(step.id());
                waitingRow.setVisible(fresh > 0);
                ShownText.set((Span) waitingRow.getComponentAt(0), getTranslation("scale.new-since-shown", fresh,
                        ScaleSpread.BATCH));
            }
            for (int q = 0; q < bars.size(); q++) {
                ScaleDistribution spread = snapshot.shownScaleOf(step.id(), q);
                if (Objects.equals(spread, shown.get(q))) {
                    continue;
                }
                shown.set(q, spread);
                Div chart = bars.get(q);
                chart.removeAll();
                if (!spread.mayBeShown()) {
                    chart.setVisible(false);
                    // no count here: a count going up by one would tell the room that someone just tapped
                    ShownText.set(summaries.get(q), getTranslation("scale.waiting", ScaleDistribution.MIN_ANSWERS));
                    continue;
                }
                chart.setVisible(true);
                StringBuilder description = new StringBuilder();
                for (int value = ScaleAnswer.MIN; value <= ScaleAnswer.MAX; value++) {
                    int count = spread.counts().get(value);
                    Div column = new Div();
                    column.addClassName("kring-scale-column");
                    Div bar = new Div();
                    bar.addClassName("kring-scale-bar");
                    bar.getStyle().set("height", (count * 100 / Math.max(1, spread.highest())) + "%");
                    Span countLabel = new Span(count == 0 ? "" : String.valueOf(count));
                    countLabel.addClassName("kring-scale-count");
                    Span valueLabel = new Span(String.valueOf(value));
                    valueLabel.addClassName("kring-scale-value-label");
                    column.add(countLabel, bar, valueLabel);
                    chart.add(column);
                    if (count > 0) {
                        description.append(getTranslation("scale.bar-description", value, count)).append(' ');
                    }
                }
                chart.getElement().setAttribute("aria-label", description.toString().strip());
                ShownText.set(summaries.get(q), getTranslation("scale.summary", spread.total(),
                        formatMedian(spread.median())));
            }
        }

        private static String formatMedian(double median) {
            return median == Math.rint(median) ? String.valueOf((int) median)
                    : String.format(Locale.ROOT, "%.1f", median).replace('.', ',');
        }
    }

    /** The tablet: the buttons 0–10 per question, the person's choice, and their own earlier line. */
    private static final class TabletScale extends LivePart {
        private final Step step;
        private final ParticipantContext context;
        private final List<List<Button>> buttons = new ArrayList<>();
        private final List<Paragraph> choices = new ArrayList<>();
        /** Per question, where the person's own earlier numbers go once the leader has seen who this tablet is. */
        private final List<Div> earlierLines = new ArrayList<>();
        private final TabletScaleService scales;
        private boolean historyShown;

        TabletScale(Step step, ParticipantContext context, TabletScaleService scales) {
            this.step = step;
            this.context = context;
            this.scales = scales;
            addClassName("kring-scale-tablet");
            ScaleQuestion scale = (ScaleQuestion) step.activity();
            Paragraph privacy = new Paragraph(getTranslation("scale.private-note"));
            privacy.addClassName("kring-reassure");
            add(privacy);
            for (int q = 0; q < scale.questions().size(); q++) {
                int question = q;
                String text = scale.questions().get(q);
                H3 title = new H3(text);
                Div row = new Div();
                row.addClassName("kring-scale-buttons");
                row.getElement().setAttribute("role", "group");
                row.getElement().setAttribute("aria-label", text);
                List<Button> these = new ArrayList<>();
                for (int value = ScaleAnswer.MIN; value <= ScaleAnswer.MAX; value++) {
                    int chosen = value;
                    // through the tablet's outbox: a tap during a lost connection still counts
                    Button button = new SendButton(String.valueOf(value), context,
                            TabletSubmission.Draft.scale(step.id(), question, chosen), "", result -> {
                                if (result.refused() != null) {
                                    Notifications.error(getTranslation(result.refused().messageKey(),
                                            result.refused().arguments()));
                                }
                            });
                    button.addClassName("kring-scale-value");
                    button.getElement().setAttribute("aria-pressed", "false");
                    these.add(button);
                    row.add(button);
                }
                Div ends = new Div(new Span(getTranslation("scale.low")), new Span(getTranslation("scale.high")));
                ends.addClassName("kring-scale-ends");
                Paragraph choice = new Paragraph();
                choice.addClassName("kring-scale-choice");
                choice.getElement().setAttribute("role", "status");
                buttons.add(these);
                choices.add(choice);
                Div earlierLine = new Div();
                earlierLines.add(earlierLine);
                add(SpeakerButton.beside(title, text), row, ends, choice, earlierLine);
            }
        }

        /** The person's own line from earlier sessions: private history, so only once the binding is seen. */
        private void showHistoryOnce(LiveSnapshot snapshot) {
            if (historyShown || !context.showsHistory(snapshot)) {
                return;
            }
            historyShown = true;
            List<ScalePoint> earlier;
            try {
                earlier = scales.earlierAnswers(context.token(), step.id());
            } catch (InvalidValueException stepMovedOn) {
                return; // the next snapshot shows the step that is current now
            }
            List<String> questions = ((ScaleQuestion) step.activity()).questions();
            for (int q = 0; q < questions.size(); q++) {
                String text = questions.get(q);
                List<ScalePoint> mine = earlier.stream().filter(p -> p.questionText().equals(text)).toList();
                if (!mine.isEmpty()) {
                    earlierLines.get(q).add(new EarlierLine(mine));
                }
            }
        }

        @Override
        public void update(LiveSnapshot snapshot) {
            showHistoryOnce(snapshot);
            for (int q = 0; q < buttons.size(); q++) {
                Integer mine = snapshot.scaleOf(step.id(), q, context.participantId()).orElse(null);
                List<Button> these = buttons.get(q);
                for (int value = 0; value < these.size(); value++) {
                    boolean pressed = mine != null && mine == value;
                    Button button = these.get(value);
                    button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
                    if (pressed) {
                        button.addClassName("kring-scale-chosen");
                    } else {
                        button.removeClassName("kring-scale-chosen");
                    }
                }
                ShownText.set(choices.get(q), mine == null ? getTranslation("scale.choose")
                        : getTranslation("scale.chosen", mine));
            }
        }
    }

    /**
     * A person's own numbers from earlier sessions, as a small line (an SVG drawn from
     * numbers only) with the same numbers in words beside it for screen readers.
     */
    private static final class EarlierLine extends Div {
        EarlierLine(List<ScalePoint> points) {
            addClassName("kring-scale-earlier");
            Paragraph title = new Paragraph(getTranslation("scale.earlier"));
            title.addClassName("kring-scale-earlier-title");
            int width = 300;
            int height = 110;
            int step = points.size() == 1 ? 0 : (width - 40) / (points.size() - 1);
            StringBuilder line = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            List<String> words = new ArrayList<>();
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", getLocale());
            for (int i = 0; i < points.size(); i++) {
                int x = 20 + i * step;
                int y = 10 + (10 - points.get(i).value()) * 9;
                line.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
                dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\"></circle>")
                        .append("<text x=\"").append(x).append("\" y=\"").append(y - 9)
                        .append("\" text-anchor=\"middle\">").append(points.get(i).value()).append("</text>");
                words.add(day.format(points.get(i).sessionAt().atZone(KringTime.ZONE)) + ": " + points.get(i).value());
            }
            Html chart = new Html("<svg viewBox=\"0 0 " + width + " " + height + "\" class=\"kring-scale-line\" "
                    + "aria-hidden=\"true\"><path d=\"" + line + "\"></path>" + dots + "</svg>");
            Paragraph text = new Paragraph(String.join(" · ", words));
            text.addClassName("kring-scale-earlier-words");
            add(title, chart, text);
        }
    }

    private static final class Editor implements ActivityEditor {
        private final VerticalLayout form = new VerticalLayout();
        private final TextField first = new TextField();
        private final TextField second = new TextField();

        Editor(ScaleQuestion existing) {
            form.setPadding(false);
            List<String> questions = existing.questions();
            first.setLabel(form.getTranslation("scale.editor.first"));
            second.setLabel(form.getTranslation("scale.editor.second"));
            for (TextField field : List.of(first, second)) {
                field.setMaxLength(ScaleQuestion.MAX_QUESTION_LENGTH);
                field.setWidthFull();
            }
            first.setValue(questions.getFirst());
            second.setValue(questions.size() > 1 ? questions.get(1) : "");
            second.setHelperText(form.getTranslation("scale.editor.second-help"));
            Paragraph source = new Paragraph(form.getTranslation("scale.editor.note"));
            source.addClassName("kring-muted");
            form.add(first, second, source);
        }

        @Override
        public com.vaadin.flow.component.Component form() {
            return form;
        }

        @Override
        public Activity value() {
            return new ScaleQuestion(List.of(first.getValue(), second.getValue()));
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("questions", first);
        }
    }
}
