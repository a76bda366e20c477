package nl.kring.moodboard;

import java.time.Clock;
import java.util.List;
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
import nl.kring.session.DistressCheck;
import nl.kring.session.TabletAtStep;
import nl.kring.session.TabletService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tablet does on a moodboard: clean a photo, put a card on the board, move or
 * take away its own cards. The same rule as {@link TabletService}: only with the tablet's
 * own token, at the current step of its live session, and only on the tablet's own cards.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletMoodboardService {

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
        TabletAtStep at = atBoard(token, stepId);
        String key = at.tablet().id().toString();
        if (photoUploads.isBlocked(key)) {
            throw new InvalidValueException("photo", "validation.photo-too-many");
        }
        photoUploads.recordFailure(key); // every photo counts, good or bad
        return pipeline.clean(upload);
    }

    /** Puts a card on the board, at the end of an area; a photo card stores its photo with it. */
    @Transactional
    public void addCard(TabletToken token, StepId stepId, int area, MoodCard.Content content, CleanPhoto photo) {
        TabletAtStep at = atBoard(token, stepId);
        SessionId session = at.session().id();
        MoodboardService.requireArea(at.step(), area);
        events.recordChange(session);
        List<MoodCard> board = board(session, stepId);
        if (board.stream().filter(c -> c.owner().isParticipant(at.participant())).count() >= MAX_CARDS_PER_PERSON) {
            throw new InvalidValueException("text", "validation.too-many-board-cards", MAX_CARDS_PER_PERSON);
        }
        MoodCard.Content stored = content;
        if (photo != null) {
            PhotoId photoId = PhotoId.newId();
            photos.save(new Photo(photoId, session, photo.width(), photo.height(), photo.image(), photo.thumbnail()));
            stored = MoodCard.Content.photo(photoId, content.text());
        }
        String name = participants.findById(at.participant()).map(p -> p.displayName().value()).orElse("?");
        // words that suggest acute distress wait for the facilitator (a private alert on the console)
        boolean held = distress.suggestsDistress(content.text() + " " + content.artist());
        cards.insert(MoodCard.create(session, stepId, CardOwner.participant(at.participant(), name), area,
                new BoardLayout(board).nextRank(area), stored, held));
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
