package nl.kring.domain.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Everything Kring holds about one participant, for an export on request (AVG art. 15/20):
 * the roster entry, attendance, their named answers and cards, small steps and their own
 * scale answers. Anonymous contributions are not here: they were never linked to anyone.
 */
public record PersonalData(String name, String groupName, String status, String privateNote, Instant joinedAt,
                           Instant leftAt, List<Line> attendance, List<Line> answers, List<Line> moodCards,
                           List<Line> smallSteps, List<Line> scaleAnswers, List<Line> followUps) {

    /** One dated item: the session (or day) and what was recorded. */
    public record Line(Instant at, String session, String text) {
    }
}
