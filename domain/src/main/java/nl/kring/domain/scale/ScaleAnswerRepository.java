package nl.kring.domain.scale;

import java.util.List;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.SessionId;

/** Port: the numbers given to scale questions. */
public interface ScaleAnswerRepository {

    /** Stores a person's number, replacing the number they gave this question before. */
    void save(ScaleAnswer answer);

    List<ScaleAnswer> findBySession(SessionId session);

    /** A person's own numbers in the sessions of a group, oldest session first. */
    List<ScalePoint> historyOf(ParticipantId participant, GroupId group);
}
