package nl.kring.moodboard;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.moodboard.BoardLayout;
import nl.kring.domain.moodboard.CardOwner;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardId;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.Photo;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.moodboard.PhotoRepository;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AttemptCounter;
import nl.kring.session.Delivered;
import nl.kring.session.DistressCheck;
import nl.kring.session.SessionEndHandler;
import nl.kring.session.SubmissionHandler;
import nl.kring.session.TabletAtStep;
import nl.kring.session.TabletService;
import nl.kring.session.TabletSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tablet does on a moodboard: send a photo, put a card on the board, move or take
 * away its own cards. The same rule as {@link TabletService}: only with the tablet's own
 * token, in its live session, and only on the tablet's own cards.
 *
 * <p>A card comes through the tablet's outbox (docs/adr/0010), so it is put on the board it
 * was made for also when it arrives after a lost connection, a restart or the group moving
 * on. Its photo travels before it: the cleaned photo is kept at once, unplaced, and the card
 * names it. A photo no card came for is deleted when it is swapped for another and when the
 * session ends; nobody but the tablet knows its id meanwhile.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletMoodboardService implements SubmissionHandler, SessionEndHandler {

    /** Enough for a whole board of one's own; a runaway tablet cannot fill the board. */
    static final int MAX_CARDS_PER_PERSON = 40;

    private final TabletService tablets;
    private final ParticipantRepository participants;
    private final MoodCardRepository cards;
    private final PhotoRepository photos;
    private final PhotoPipeline pipeline;
    private final SessionEvents events;
    private final DistressCheck distress;
    /** Photos per tablet: 10 a minute, 60 an hour (each photo costs a decode). */
    private final AttemptCounter photoUploads;

    TabletMoodboardService(TabletService tablets, ParticipantRepository participants, MoodCardRepository cards,
                           PhotoRepository photos, PhotoPipeline pipeline, SessionEvents events, DistressCheck distress,
                           Clock clock) {
        this.distress = distress;
        this.tablets = tablets;
        this.participants = participants;
        this.cards = cards;
        this.photos = photos;
        this.pipeline = pipeline;
        this.events = events;
        this.photoUploads = new AttemptCounter(10, 60, clock);
    }

    /**
     * Cleans a photo the tablet sent (see {@link PhotoPipeline}); nothing is stored until
     * the card is put on the board.
     *
     * @throws InvalidValueException when the file is no usable photo, or the tablet sends too many
     */
    public CleanPhoto cleanPhoto(TabletToken token, StepId stepId, byte[] upload) {
        return cleanFor(atBoard(token, stepId), upload);
    }

    private CleanPhoto cleanFor(TabletAtStep at, byte[] upload) {
        String key = at.tablet().id().toString();
        if (photoUploads.isBlocked(key)) {
            throw new InvalidValueException("photo", "validation.photo-too-many");
        }
        photoUploads.recordFailure(key); // every photo counts, good or bad
        return pipeline.clean(upload);
    }

    /**
     * Cleans a photo the tablet sent and keeps it, unplaced, for the card that will name it.
     *
     * @return the photo with the id the card names it by
     * @throws InvalidValueException when the file is no usable photo, or the tablet sends too many
     */
    public KeptPhoto keepPhoto(TabletToken token, StepId stepId, byte[] upload) {
        // no transaction around the decoding: it can take seconds, and a pool connection must not wait on it
        TabletAtStep at = atBoard(token, stepId);
        CleanPhoto clean = cleanFor(at, upload);
        PhotoId id = PhotoId.newId();
        photos.save(new Photo(id, at.session().id(), clean.width(), clean.height(), clean.image(), clean.thumbnail()));
        return new KeptPhoto(id, clean);
    }

    /** The person chose another photo or none: the one kept for their card goes, if no card shows it. */
    @Transactional
    public void discardPhoto(TabletToken token, PhotoId photo) {
        tablets.find(token).ifPresent(tablet -> {
            if (photos.sessionOf(photo).filter(tablet.sessionId()::equals).isPresent()) {
                photos.deleteIfUnplaced(photo);
            }
        });
    }

    @Override
    public TabletSubmission.Kind kind() {
        return TabletSubmission.Kind.MOOD_CARD;
    }

    /**
     * Puts a card from the tablet's outbox on the board it was made for (any step the session
     * reached, also one it moved on from), once per key: the key is the card's id.
     */
    @Override
    @Transactional
    public Delivered store(TabletToken token, TabletSubmission submission) {
        TabletAtStep at = tablets.atStepOfLiveSession(token, submission.step(), Moodboard.class, "text");
        MoodCardId id = new MoodCardId(submission.key());
        Optional<MoodCard> before = cards.findById(id);
        if (before.isPresent()) {
            if (before.get().owner().isParticipant(at.participant())) {
                return Delivered.kept(); // a re-send after a lost answer
            }
            throw new InvalidValueException("card", "validation.card-gone");
        }
        int area = CardFields.area(submission);
        MoodCard.Content content = CardFields.content(submission);
        if (content.photo() != null && !photos.sessionOf(content.photo()).filter(at.session().id()::equals)
                .isPresent()) {
            // deleted when the session ended, or never arrived
            throw new InvalidValueException("photo", "validation.photo-gone");
        }
        place(at, id, area, content);
        return Delivered.kept();
    }

    @Override
    public void sessionEnded(SessionId session) {
        photos.deleteUnplaced(session);
    }

    /** Puts a card on the board, at the end of an area; a photo card stores its photo with it. */
    @Transactional
    public void addCard(TabletToken token, StepId stepId, int area, MoodCard.Content content, CleanPhoto photo) {
        TabletAtStep at = atBoard(token, stepId);
        MoodCard.Content stored = content;
        if (photo != null) {
            PhotoId photoId = PhotoId.newId();
            photos.save(new Photo(photoId, at.session().id(), photo.width(), photo.height(), photo.image(),
                    photo.thumbnail()));
            stored = MoodCard.Content.photo(photoId, content.text());
        }
        place(at, MoodCardId.newId(), area, stored);
    }

    private void place(TabletAtStep at, MoodCardId id, int area, MoodCard.Content content) {
        SessionId session = at.session().id();
        StepId stepId = at.step().id();
        MoodboardService.requireArea(at.step(), area);
        events.recordChange(session);
        List<MoodCard> board = board(session, stepId);
        if (board.stream().filter(c -> c.owner().isParticipant(at.participant())).count() >= MAX_CARDS_PER_PERSON) {
            throw new InvalidValueException("text", "validation.too-many-board-cards", MAX_CARDS_PER_PERSON);
        }
        String name = participants.findById(at.participant()).map(p -> p.displayName().value()).orElse("?");
        // words that suggest acute distress wait for the facilitator (a private alert on the console)
        boolean held = distress.suggestsDistress(content.text() + " " + content.artist());
        cards.insert(MoodCard.create(id, session, stepId, CardOwner.participant(at.participant(), name), area,
                new BoardLayout(board).nextRank(area), content, held));
    }

    /** Moves one of the tablet's own cards into an area, before another card or at the end. */
    @Transactional
    public void move(TabletToken token, StepId stepId, MoodCardId card, int area, MoodCardId before) {
        TabletAtStep at = atBoard(token, stepId);
        MoodboardService.requireArea(at.step(), area);
        events.recordChange(at.session().id());
        requireOwn(at, card);
        cards.update(new BoardLayout(board(at.session().id(), stepId)).move(card, area, before));
    }

    /** Takes one of the tablet's own cards off the board for good, with its photo. */
    @Transactional
    public void remove(TabletToken token, StepId stepId, MoodCardId card) {
        TabletAtStep at = atBoard(token, stepId);
        events.recordChange(at.session().id());
        MoodCard own = requireOwn(at, card);
        cards.update(new BoardLayout(board(at.session().id(), stepId)).ungroup(card));
        cards.delete(card);
        if (own.photo() != null) {
            photos.delete(own.photo());
        }
    }

    private MoodCard requireOwn(TabletAtStep at, MoodCardId card) {
        return cards.findById(card)
                .filter(c -> c.stepId().equals(at.step().id()) && c.owner().isParticipant(at.participant()))
                .orElseThrow(() -> new InvalidValueException("card", "validation.card-gone"));
    }

    private List<MoodCard> board(SessionId session, StepId stepId) {
        return cards.findBySession(session).stream().filter(c -> c.stepId().equals(stepId)).toList();
    }

    private TabletAtStep atBoard(TabletToken token, StepId stepId) {
        return tablets.atCurrentStep(token, stepId, Moodboard.class, "text");
    }
}
