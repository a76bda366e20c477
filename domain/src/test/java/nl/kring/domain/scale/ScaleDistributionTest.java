package nl.kring.domain.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScaleDistributionTest {

    @Test
    void countsEveryNumberAndTakesTheMedian() {
        ScaleDistribution odd = ScaleDistribution.of(List.of(7, 3, 10, 7, 0));
        assertThat(odd.counts()).containsExactly(1, 0, 0, 1, 0, 0, 0, 2, 0, 0, 1);
        assertThat(odd.total()).isEqualTo(5);
        assertThat(odd.median()).isEqualTo(7.0);
        assertThat(odd.highest()).isEqualTo(2);
        assertThat(ScaleDistribution.of(List.of(4, 5, 8, 6)).median()).isEqualTo(5.5);
    }

    @Test
    void fewerThanThreeAnswersAreNeverShown() {
        assertThat(ScaleDistribution.of(List.of()).mayBeShown()).isFalse();
        assertThat(ScaleDistribution.of(List.of(8)).mayBeShown()).isFalse();
        assertThat(ScaleDistribution.of(List.of(8, 2)).mayBeShown()).isFalse();
        assertThat(ScaleDistribution.of(List.of(8, 2, 5)).mayBeShown()).isTrue();
    }

    @Test
    void aNumberIsFromZeroToTenAndTheSeedHasTwoQuestions() {
        SessionId session = SessionId.newId();
        assertThatThrownBy(() -> new ScaleAnswer(session, StepId.newId(), 0, "q", ParticipantId.newId(), 11))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ScaleAnswer(session, StepId.newId(), 0, "q", ParticipantId.newId(), -1))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new ScaleQuestion(List.of("Hoe gemotiveerd ben je?", " ", "Hoeveel vertrouwen heb je?"))
                .questions()).containsExactly("Hoe gemotiveerd ben je?", "Hoeveel vertrouwen heb je?");
        assertThatThrownBy(() -> new ScaleQuestion(List.of("a", "b", "c"))).isInstanceOf(InvalidValueException.class);
    }
}
