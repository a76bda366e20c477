package nl.kring.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.LiveSnapshot.BoardItem;
import org.junit.jupiter.api.Test;

/** What a screen reader on a tablet hears when others add to the step: a count, never a flood. */
class ContributionAnnouncerTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private final Step wall = Step.of(new ThoughtWall("Welke gedachte zit je soms dwars?"), null);
    private final Step next = Step.of(new ThoughtWall("Nog een muur"), null);
    private final ContributionAnnouncer announcer = new ContributionAnnouncer();

    @Test
    void aBusyRoundIsOneAnnouncementPerQuietPeriodWithTheCountOfNow() {
        assertThat(announcer.next(shown(wall, 2), wall, START)).as("what was there at the step's start")
                .isEmpty();
        assertThat(announcer.next(shown(wall, 3), wall, START.plusSeconds(1))).isEqualTo(OptionalInt.of(3));
        // five more within the quiet period: silence
        for (int i = 4; i <= 8; i++) {
            assertThat(announcer.next(shown(wall, i), wall, START.plusSeconds(i))).isEmpty();
        }
        // after it, one announcement with the number there is now
        assertThat(announcer.next(shown(wall, 9), wall, START.plusSeconds(17))).isEqualTo(OptionalInt.of(9));
        // nothing new: nothing said
        assertThat(announcer.next(shown(wall, 9), wall, START.plusSeconds(40))).isEmpty();
    }

    @Test
    void aNewStepStartsCountingAgain() {
        announcer.next(shown(wall, 0), wall, START);
        assertThat(announcer.next(shown(wall, 1), wall, START.plusSeconds(1))).isEqualTo(OptionalInt.of(1));
        assertThat(announcer.next(shown(next, 4), next, START.plusSeconds(60))).isEmpty();
        assertThat(announcer.next(shown(next, 5), next, START.plusSeconds(80))).isEqualTo(OptionalInt.of(5));
    }

    private LiveSnapshot shown(Step step, int thoughts) {
        List<BoardItem> items = new ArrayList<>();
        for (int i = 0; i < thoughts; i++) {
            items.add(new BoardItem(ContributionId.newId(), step.id(), "wall", "gedachte " + i, false, null, 0));
        }
        return new LiveSnapshot(SessionId.newId(), new GroupId(java.util.UUID.randomUUID()), "Kring",
                SessionStatus.LIVE, false, 1, List.of(wall, next), 0, null, null, false, List.of(), List.of(), List.of(),
                List.of(), items, List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                LiveSnapshot.JoinDoor.CLOSED);
    }
}
