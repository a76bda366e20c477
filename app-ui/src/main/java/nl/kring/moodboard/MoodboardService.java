package nl.kring.moodboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.base.KringI18NProvider;
import nl.kring.base.KringTime;
import nl.kring.domain.moodboard.BoardLayout;
import nl.kring.domain.moodboard.CardOwner;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardId;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.Photo;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.moodboard.PhotoRepository;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import nl.kring.session.SessionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the session's leaders (the group's facilitators and experience experts) do on a
 * moodboard while it runs: add cards of their own, move, group, highlight and hide any
 * card. Every change takes the session's lock first ({@link SessionEvents#recordChange}),
 * so moves by several people are applied one after the other on the board as it is.
 */
@Service
@PreAuthorize(Roles.ANY_STAFF)
public class MoodboardService {

    private final SessionAccess access;
    private final MoodCardRepository cards;
    private final PhotoRepository photos;
    private final SessionEvents events;
    private final CurrentStaff currentStaff;
    private final MoodboardExport export;
    private final PhotoPipeline pipeline;
    private final AuditLog audit;
    private final KringI18NProvider i18n;

    MoodboardService(SessionAccess access, MoodCardRepository cards, PhotoRepository photos, SessionEvents events,
                     CurrentStaff currentStaff, MoodboardExport export, KringI18NProvider i18n,
                     PhotoPipeline pipeline, AuditLog audit) {
        this.audit = audit;
        this.pipeline = pipeline;
        this.export = export;
        this.i18n = i18n;
        this.access = access;
        this.cards = cards;
        this.photos = photos;
        this.events = events;
        this.currentStaff = currentStaff;
    }

    /** Cleans a photo for a leader's own card (see {@link PhotoPipeline}); nothing is stored yet. */
    public CleanPhoto cleanPhoto(SessionId id, byte[] upload) {
        access.requireLeader(id);
        return pipeline.clean(upload);
    }

    /** A leader's own card (an experience expert's photo or song, say), labelled with their first name. */
    @Transactional
    public void addCard(SessionId id, StepId stepId, int area, MoodCard.Content content, CleanPhoto photo) {
        Step step = liveBoard(id, stepId);
        requireArea(step, area);
        StaffPrincipal me = currentStaff.require();
        MoodCard.Content stored = content;
        if (photo != null) {
            PhotoId photoId = PhotoId.newId();
            photos.save(new Photo(photoId, id, photo.width(), photo.height(), photo.image(), photo.thumbnail()));
            stored = MoodCard.Content.photo(photoId, content.text());
        }
        cards.insert(MoodCard.create(id, stepId, CardOwner.staff(me.staffId(), me.name()), area,
                layout(id, stepId).nextRank(area), stored));
    }

    /** Moves any card into an area, before another card or at the end. */
    @Transactional
    public void move(SessionId id, StepId stepId, MoodCardId card, int area, MoodCardId before) {
        requireArea(liveBoard(id, stepId), area);
        cards.update(layout(id, stepId).move(card, area, before));
    }

    /** Puts a card with another, in one group. */
    @Transactional
    public void groupWith(SessionId id, StepId stepId, MoodCardId card, MoodCardId with) {
        liveBoard(id, stepId);
        cards.update(layout(id, stepId).groupWith(card, with));
    }

    @Transactional
    public void ungroup(SessionId id, StepId stepId, MoodCardId card) {
        liveBoard(id, stepId);
        cards.update(layout(id, stepId).ungroup(card));
    }

    @Transactional
    public void highlight(SessionId id, StepId stepId, MoodCardId card, boolean on) {
        liveBoard(id, stepId);
        cards.update(List.of(card(id, stepId, card).withHighlight(on)));
    }

    /** Takes a card off the board and the shared screen, or puts it back. Its owner still sees it as theirs. */
    @Transactional
    public void hide(SessionId id, StepId stepId, MoodCardId card, boolean hidden) {
        liveBoard(id, stepId);
        cards.update(List.of(card(id, stepId, card).withHidden(hidden)));
    }

    /**
     * The board of a step as a PNG picture or a PDF document, for anyone who may see the
     * session (during it and afterwards, with the results). Hidden and held-back cards are left out.
     */
    @Transactional // the download goes into the audit trail
    public byte[] export(SessionId id, StepId stepId, boolean pdf, Locale locale) {
        Session session = access.requireVisible(id);
        Step step = session.steps().stream().filter(s -> s.id().equals(stepId) && s.activity() instanceof Moodboard)
                .findFirst().orElseThrow(() -> new InvalidValueException("step", "validation.step-moved-on"));
        audit.record(AuditAction.DOWNLOADED_MOODBOARD, "bijeenkomst " + id.value().toString().substring(0, 8)
                + " · " + session.title() + (pdf ? " · PDF" : " · PNG"));
        Moodboard board = (Moodboard) step.activity();
        BoardLayout layout = layout(id, stepId);
        List<List<MoodCard>> perArea = new ArrayList<>();
        Map<PhotoId, byte[]> images = new HashMap<>();
        for (int area = 0; area < board.areas().size(); area++) {
            List<MoodCard> shown = layout.clusters(area).stream().flatMap(List::stream)
                    .filter(MoodCard::isShown).toList();
            perArea.add(shown);
            // the thumbnails (480 px) are sharp at the size a card has in the export
            shown.stream().filter(c -> c.photo() != null).forEach(c ->
                    photos.bytes(c.photo(), true).ifPresent(bytes -> images.put(c.photo(), bytes)));
        }
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                .format(session.scheduledAt().atZone(KringTime.ZONE));
        Map<String, String> labels = Map.of(
                "source", i18n.getTranslation("moodboard.export.source", locale),
                "empty", i18n.getTranslation("moodboard.export.empty", locale));
        BoardPrint print = new BoardPrint(session.title(), date, board, perArea, images, labels);
        return pdf ? export.pdf(print) : export.png(print);
    }

    private MoodCard card(SessionId id, StepId stepId, MoodCardId card) {
        return cards.findById(card).filter(c -> c.sessionId().equals(id) && c.stepId().equals(stepId))
                .orElseThrow(() -> new InvalidValueException("card", "validation.card-gone"));
    }

    private BoardLayout layout(SessionId id, StepId stepId) {
        return new BoardLayout(cards.findBySession(id).stream().filter(c -> c.stepId().equals(stepId)).toList());
    }

    static void requireArea(Step step, int area) {
        if (!((Moodboard) step.activity()).hasArea(area)) {
            throw new InvalidValueException("area", "validation.area-gone");
        }
    }

    /** The leader check, the session's lock, and the moodboard step of the live session. */
    private Step liveBoard(SessionId id, StepId stepId) {
        Session session = access.requireLeader(id);
        if (!session.isLive()) {
            throw new InvalidValueException("session", "validation.session-not-live");
        }
        events.recordChange(id);
        return session.steps().stream().filter(s -> s.id().equals(stepId) && s.activity() instanceof Moodboard)
                .findFirst().orElseThrow(() -> new InvalidValueException("step", "validation.step-moved-on"));
    }
}
