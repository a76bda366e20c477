package nl.kring.session;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.base.BundledFonts;
import nl.kring.base.KringI18NProvider;
import nl.kring.base.KringTime;
import nl.kring.content.SeedTexts;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.scale.ScaleDistribution;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.session.AnswerableQuestions;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.ContributionId;
import nl.kring.security.AuditLog;
import nl.kring.security.Roles;
import nl.kring.session.LiveSnapshot.AnswerLine;
import nl.kring.session.LiveSnapshot.BoardItem;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF report of an ended session, for those who plan the group's sessions (its
 * facilitators and the coordinators): the plan as it ran, attendance, and per step what
 * the group made of it — with every anonymity rule of the screens kept: anonymous answers
 * and contributions without names, no scale spread below three answers, small steps only
 * counted, held-back distress texts and private notes left out.
 */
@Service
@PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
public class SessionReportService {

    /** Draws a moodboard step as a picture for the report (the moodboard feature plugs in here). */
    public interface BoardPicture {
        boolean draws(Step step);

        byte[] png(SessionId session, Step step, Locale locale);
    }

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x70);

    private final SessionAccess access;
    private final LiveSessionReader reader;
    private final GroupRepository groups;
    private final KringI18NProvider i18n;
    private final List<BoardPicture> pictures;
    private final SeedTexts seeds;

    private final AuditLog audit;

    SessionReportService(SessionAccess access, LiveSessionReader reader, GroupRepository groups,
                         KringI18NProvider i18n, List<BoardPicture> pictures, SeedTexts seeds,
                         AuditLog audit) {
        this.audit = audit;
        this.seeds = seeds;
        this.access = access;
        this.reader = reader;
        this.groups = groups;
        this.i18n = i18n;
        this.pictures = pictures;
    }

    @Transactional // the download goes into the audit trail
    public byte[] pdf(SessionId id, Locale locale) {
        Session session = access.requirePlannable(id);
        if (session.status() != SessionStatus.ENDED) {
            throw new InvalidValueException("session", "validation.report-after-end");
        }
        audit.record(AuditAction.DOWNLOADED_SESSION_REPORT, "bijeenkomst " + id.value().toString().substring(0, 8)
                + " · " + session.title());
        LiveSnapshot snapshot = reader.load(id).orElseThrow(SessionAccess::refused);
        return new Writer(session, snapshot, locale).write();
    }

    /** One report being written: the fonts, the words in the reader's language, the snapshot. */
    private final class Writer {
        private final Session session;
        private final LiveSnapshot snapshot;
        private final Locale locale;
        private final Map<ParticipantId, String> names;
        private Font title;
        private Font heading;
        private Font text;
        private Font muted;

        Writer(Session session, LiveSnapshot snapshot, Locale locale) {
            this.session = session;
            this.snapshot = snapshot;
            this.locale = locale;
            this.names = snapshot.roster().stream()
                    .collect(Collectors.toMap(LiveSnapshot.RosterName::id, LiveSnapshot.RosterName::name));
        }

        byte[] write() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 48, 48);
            try {
                BaseFont textFont = BundledFonts.pdfRegular();
                BaseFont boldFont = BundledFonts.pdfBold();
                title = new Font(boldFont, 18, Font.NORMAL, INK);
                heading = new Font(boldFont, 12.5f, Font.NORMAL, INK);
                text = new Font(textFont, 10, Font.NORMAL, INK);
                muted = new Font(textFont, 9, Font.NORMAL, MUTED);
                PdfWriter.getInstance(document, out);
                document.addTitle(session.title());
                document.addCreator("Kring");
                document.open();
                header(document);
                plan(document);
                attendance(document);
                for (Step step : session.steps()) {
                    step(document, step);
                }
                line(document, t("report.footer"), muted);
                document.close();
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("the session report could not be written", e);
            }
            return out.toByteArray();
        }

        private void header(Document document) {
            String group = groups.findById(session.groupId()).map(g -> g.name().value()).orElse("");
            String date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
                    .format(session.scheduledAt().atZone(KringTime.ZONE));
            document.add(new Paragraph(t("report.title", session.title()), title));
            line(document, group + " · " + date, muted);
            line(document, t("report.private"), muted);
        }

        private void plan(Document document) {
            section(document, t("report.plan"));
            int number = 1;
            for (Step step : session.steps()) {
                line(document, number++ + ". " + StepLabel.of(t("activity." + step.activity().type().name()),
                        step.activity()), text);
            }
        }

        private void attendance(Document document) {
            section(document, t("results.attendance"));
            if (snapshot.attendance().isEmpty()) {
                line(document, t("results.no-attendance"), muted);
            }
            snapshot.attendance().stream()
                    .sorted(Comparator.comparing(a -> names.getOrDefault(a.participantId(), "–")))
                    .forEach(a -> line(document, names.getOrDefault(a.participantId(), "–") + ": "
                            + t("attendance." + a.status().name()), text));
        }

        private void step(Document document, Step step) throws IOException {
            section(document, StepLabel.of(t("activity." + step.activity().type().name()), step.activity()));
            switch (step.activity().type()) {
                case QUESTION_ROUND, LOOK_BACK, WISHES_AND_IDEAS -> answers(document, step);
                case THOUGHT_WALL -> board(document, snapshot.visibleOn(step.id(), BoardKey.WALL), true);
                case THOUGHT_CHALLENGE -> challenge(document, step);
                case PERSPECTIVE_SWAP -> board(document, snapshot.visibleIn(step.id()), false);
                case SCALE_QUESTION -> scale(document, step);
                case SMALL_STEP -> line(document, t("smallstep.count", snapshot.smallStepsAt(step.id()).size()), text);
                case MOODBOARD -> picture(document, step);
                default -> line(document, t("report.nothing-collected"), muted);
            }
        }

        private void answers(Document document, Step step) {
            AnswerableQuestions round = (AnswerableQuestions) step.activity();
            List<AnswerLine> all = snapshot.answersTo(step.id());
            for (int q = 0; q < round.questions().size(); q++) {
                int question = q;
                line(document, round.questions().get(q), heading);
                List<AnswerLine> these = all.stream().filter(a -> a.question() == question)
                        // anonymous answers in alphabetical order: never the order they came in
                        .sorted(Comparator.comparing(AnswerLine::text)).toList();
                if (these.isEmpty()) {
                    line(document, t("round.no-answers-yet"), muted);
                }
                these.forEach(a -> line(document, "• " + (round.anonymous() || a.authorName() == null ? a.text()
                        : a.authorName() + ": " + a.text()), text));
            }
        }

        private void board(Document document, List<BoardItem> items, boolean patterns) {
            if (items.isEmpty()) {
                line(document, t("report.nothing-revealed"), muted);
            }
            for (BoardItem item : items) {
                StringBuilder words = new StringBuilder("• ").append(item.text());
                if (patterns && item.pattern() != null) {
                    words.append(" — ").append(t("pattern." + item.pattern().name()));
                }
                if (item.recognitions() > 0) {
                    words.append(" (").append(t("thought.recognised-by", item.recognitions())).append(')');
                }
                line(document, words.toString(), text);
            }
        }

        private void challenge(Document document, Step step) {
            ChallengeState state = snapshot.stateOf(step.id(), ChallengeState.class).orElse(ChallengeState.notStarted());
            if (state.challenged().isEmpty()) {
                line(document, t("report.nothing-revealed"), muted);
            }
            for (ChallengeState.Challenged challenged : state.challenged()) {
                ContributionId thought = challenged.thought();
                line(document, t("report.challenged", snapshot.item(thought).map(BoardItem::text).orElse("–")),
                        heading);
                List<String> questions = seeds.items(SeedTexts.TextList.THOUGHT_CHALLENGE_QUESTIONS,
                        locale);
                for (int q = 0; q < questions.size(); q++) {
                    List<BoardItem> answers = snapshot.visibleOn(step.id(), BoardKey.challengeQuestion(thought, q));
                    if (!answers.isEmpty()) {
                        line(document, questions.get(q), text);
                        answers.forEach(a -> line(document, "   • " + a.text(), text));
                    }
                }
                if (challenged.helpingThought() != null && !challenged.helpingThought().isBlank()) {
                    line(document, t("report.helping-thought", challenged.helpingThought()), text);
                }
            }
        }

        private void scale(Document document, Step step) {
            ScaleQuestion scale = (ScaleQuestion) step.activity();
            for (int q = 0; q < scale.questions().size(); q++) {
                ScaleDistribution spread = snapshot.scaleOf(step.id(), q);
                line(document, scale.questions().get(q), heading);
                if (!spread.mayBeShown()) {
                    line(document, t("report.scale-hidden", ScaleDistribution.MIN_ANSWERS, spread.total()), muted);
                    continue;
                }
                StringBuilder counts = new StringBuilder();
                for (int value = 0; value < spread.counts().size(); value++) {
                    if (spread.counts().get(value) > 0) {
                        counts.append(value).append(": ").append(spread.counts().get(value)).append("×  ");
                    }
                }
                line(document, t("report.scale", spread.total(), spread.median(), counts.toString().strip()), text);
            }
        }

        private void picture(Document document, Step step) throws IOException {
            for (BoardPicture picture : pictures) {
                if (picture.draws(step)) {
                    Image image = Image.getInstance(picture.png(session.id(), step, locale));
                    image.scaleToFit(document.getPageSize().getWidth() - 96, 520);
                    image.setAlignment(Element.ALIGN_CENTER);
                    document.add(image);
                    return;
                }
            }
            line(document, t("report.nothing-collected"), muted);
        }

        private void section(Document document, String name) {
            Paragraph paragraph = new Paragraph(name, heading);
            paragraph.setSpacingBefore(12);
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }

        private void line(Document document, String words, Font font) {
            document.add(new Paragraph(words, font));
        }

        private String t(String key, Object... arguments) {
            return i18n.getTranslation(key, locale, arguments);
        }
    }

}
