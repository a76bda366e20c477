package nl.kring.domain.moodboard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.session.SessionId;

/** Port: the cards on the moodboards of sessions. */
public interface MoodCardRepository {

    void insert(MoodCard card);

    /** Stores where the cards lie and how they are shown (area, rank, group, highlight, hidden, distress). */
    void update(Collection<MoodCard> cards);

    void delete(MoodCardId id);

    Optional<MoodCard> findById(MoodCardId id);

    /** All cards of a session, in no particular order. */
    List<MoodCard> findBySession(SessionId session);
}
