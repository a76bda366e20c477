package nl.kring.domain.thought;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.kring.domain.session.DistressPhrases;
import org.junit.jupiter.api.Test;

class ChallengeStateTest {

    private final ContributionId first = new ContributionId(UUID.randomUUID());
    private final ContributionId second = new ContributionId(UUID.randomUUID());

    @Test
    void questionsComeOneAtATimeAndTheHelpingThoughtStaysWithItsThought() {
        ChallengeState state = ChallengeState.notStarted();
        assertThat(state.asksQuestion()).isFalse();
        assertThatThrownBy(() -> ChallengeState.notStarted().toQuestion(1))
                .hasMessageContaining("validation.pick-thought-first");
        state = state.pick(first);
        assertThat(state.question()).isZero();
        assertThat(state.asksQuestion()).isTrue();
        state = state.toQuestion(2).toQuestion(ChallengeState.HELPING_THOUGHT);
        assertThat(state.asksQuestion()).isFalse();
        state = state.withHelpingThought("Een gedachte is geen feit.");
        state = state.pick(second).pick(first);
        assertThat(state.current().orElseThrow().helpingThought()).isEqualTo("Een gedachte is geen feit.");
        assertThat(state.challenged()).hasSize(2);
        assertThatThrownBy(() -> ChallengeState.notStarted().pick(first).withHelpingThought(" "))
                .hasMessageContaining("validation.required");
    }

    @Test
    void distressPhrasesMatchWholeWordsIgnoringCaseAccentsAndPunctuation() {
        DistressPhrases phrases = DistressPhrases.parse("# comment\nniet meer leven\nzelfmoord\nsuicide\n", "eind eraan");
        assertThat(phrases.size()).isEqualTo(4);
        assertThat(phrases.suggestsDistress("Ik wil NIET   meer leven.")).isTrue();
        assertThat(phrases.suggestsDistress("Zelfmoord!")).isTrue();
        assertThat(phrases.suggestsDistress("gedachten aan suïcide")).isTrue();
        assertThat(phrases.suggestsDistress("Ik maak er een eind eraan")).isTrue();
        assertThat(phrases.suggestsDistress("Niemand zit op mij te wachten")).isFalse();
        assertThat(phrases.suggestsDistress("zelfmoordpreventie")).isFalse();
    }
}
