package nl.kring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.JoinCodeThrottledException;
import nl.kring.session.JoinableSession;
import nl.kring.session.LiveSessionService;
import nl.kring.session.TabletService;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import nl.kring.testing.TestSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fault-suite scenarios that need no browser (docs/reliability.md): join-code guessing
 * (scenario 5), tokens and screen addresses bound to one session (part of 11) and 30 tablets
 * sending in the same second, twice (scenario 12), on the real services and PostgreSQL.
 */
class AbuseScenariosTest extends KringTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    TestSessions testSessions;
    @Autowired
    TabletService tablets;
    @Autowired
    LiveSessionService live;
    @Autowired
    SignedIn signedIn;
    @Autowired
    nl.kring.session.SharedScreenService screens;
    @Autowired
    nl.kring.domain.session.SessionRepository sessions;

    @Test
    void tenThousandGuessedCodesFromOneAddressAreThrottledFindNothingAndOthersStillJoin() {
        TestGroups.NewGroup group = testGroups.create("Raden", false, "Annie");
        TestSessions.Started started = signedIn.as("a-facilitator", () -> testSessions.start(group, "Raden",
                Instant.now(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED)));
        JoinCode real = signedIn.as("a-facilitator", () -> live.snapshot(started.id()).joinCode());
        Random random = new Random(9);
        int answered = 0;
        int throttled = 0;
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            String guess = JoinCode.random(random).value();
            try {
                Optional<JoinableSession> session = signedIn.anonymous(() -> tablets.open(guess, "198.51.100.7"));
                answered++;
                found += session.isPresent() ? 1 : 0;
            } catch (JoinCodeThrottledException e) {
                throttled++;
            }
        }
        // ten wrong codes a minute from one address; everything after that is refused unseen
        assertThat(answered).isEqualTo(10);
        assertThat(throttled).isEqualTo(9_990);
        assertThat(found).isZero();
        // even the right code is refused to the guesser now, and answered for a real tablet elsewhere
        assertThat(signedIn.anonymous(() -> {
            try {
                tablets.open(real.value(), "198.51.100.7");
                return false;
            } catch (JoinCodeThrottledException e) {
                return true;
            }
        })).isTrue();
        assertThat(signedIn.anonymous(() -> tablets.open(real.value(), "198.51.100.8"))).isPresent();
    }

    @Test
    void thirtyTabletsSendingInTheSameSecondTwiceAreAllStoredOnceAndAllShown() throws Exception {
        String[] people = IntStream.rangeClosed(1, 30).mapToObj(i -> "Deelnemer " + i).toArray(String[]::new);
        TestGroups.NewGroup group = testGroups.create("Tegelijk", false, people);
        TestSessions.Started started = signedIn.as("a-facilitator", () -> testSessions.start(group, "Tegelijk",
                Instant.now(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED)));
        var round = started.step(0).id();

        List<UUID> firstKeys = burst(started.tokens(), round, "Eerste", List.of());
        // the second burst: new answers, and every first answer sent again at the same moment (a resend)
        burst(started.tokens(), round, "Tweede", firstKeys);

        var answers = signedIn.as("a-facilitator", () -> live.snapshot(started.id()).answersTo(round));
        assertThat(answers).hasSize(60);
        assertThat(answers.stream().map(a -> a.text()).distinct()).hasSize(60);
        for (int i = 1; i <= 30; i++) {
            String name = "Deelnemer " + i;
            assertThat(answers).filteredOn(a -> a.authorName().equals(name))
                    .extracting(a -> a.text()).containsExactlyInAnyOrder("Eerste van " + name, "Tweede van " + name);
        }
    }

    /** Scenario 11: a tablet's rejoin token and a screen's address belong to one session only, and cannot be guessed. */
    @Test
    void aTabletTokenOrScreenAddressOpensNothingOfAnotherSession() {
        TestGroups.NewGroup first = testGroups.create("Eerste kring", false, "Annie");
        TestGroups.NewGroup second = testGroups.create("Tweede kring", false, "Bep");
        TestSessions.Started one = signedIn.as("a-facilitator", () -> testSessions.start(first, "Een", Instant.now(),
                new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED)));
        TestSessions.Started two = signedIn.as("a-facilitator", () -> testSessions.start(second, "Twee",
                Instant.now(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED)));
        TabletToken annies = one.tokens().getFirst();

        // Annie's token shows her own session, and cannot answer in the other one
        assertThat(signedIn.anonymous(() -> tablets.snapshot(annies)).orElseThrow().sessionId()).isEqualTo(one.id());
        var otherRound = two.step(0).id();
        assertThatThrownBy(() -> signedIn.anonymous(() -> {
            tablets.answer(annies, otherRound, 0, "Ingebroken", UUID.randomUUID());
            return null;
        })).isInstanceOf(nl.kring.domain.shared.InvalidValueException.class);
        assertThat(signedIn.as("a-facilitator", () -> live.snapshot(two.id()).answersTo(otherRound))).isEmpty();
        // choosing a name in the other session with Annie's token gives a new token, not hers
        JoinCode twoCode = signedIn.as("a-facilitator", () -> live.snapshot(two.id()).joinCode());
        var bep = second.people().getFirst().id();
        TabletToken given = signedIn.anonymous(() -> tablets.chooseName(twoCode, bep, Optional.of(annies)));
        assertThat(given).isNotEqualTo(annies);

        // the shared screen's address: its own session only; a made-up one, nothing
        String screen = signedIn.as("a-facilitator", () -> sessions.findById(one.id()).orElseThrow().live()
                .screenToken());
        assertThat(signedIn.anonymous(() -> screens.snapshot(screen)).orElseThrow().sessionId()).isEqualTo(one.id());
        assertThat(signedIn.anonymous(() -> screens.snapshot("A".repeat(screen.length())))).isEmpty();
        // 256 random bits each: 10,000 tokens, all different, all 43 URL-safe characters
        assertThat(screen).matches("[A-Za-z0-9_-]{43}");
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> TabletToken.random().value()).distinct().count())
                .isEqualTo(10_000);
    }

    /** Every tablet sends at the same moment (after one gate); returns the keys they used. */
    private List<UUID> burst(List<TabletToken> tokens, nl.kring.domain.session.StepId round, String word,
                             List<UUID> resend) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<UUID> keys = new ArrayList<>();
        List<Future<?>> sent = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tokens.size(); i++) {
                TabletToken token = tokens.get(i);
                String name = "Deelnemer " + (i + 1);
                UUID key = UUID.randomUUID();
                keys.add(key);
                sent.add(pool.submit(() -> send(gate, token, round, word + " van " + name, key, failures)));
                if (!resend.isEmpty()) {
                    UUID again = resend.get(i);
                    sent.add(pool.submit(() -> send(gate, token, round, "Eerste van " + name, again, failures)));
                }
            }
            gate.countDown();
            for (Future<?> one : sent) {
                one.get();
            }
        }
        assertThat(failures).hasValue(0);
        return keys;
    }

    private Void send(CountDownLatch gate, TabletToken token, nl.kring.domain.session.StepId round, String text,
                      UUID key, AtomicInteger failures) throws InterruptedException {
        gate.await();
        try {
            signedIn.anonymous(() -> {
                tablets.answer(token, round, 0, text, key);
                return null;
            });
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
        return null;
    }
}
