package nl.kring.persistence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionChangeListener;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** Contract tests of the live session ports (plans, live state, tablets, answers, change relay). */
@Import(LiveSessionPortsIT.RecordingListenerConfiguration.class)
class LiveSessionPortsIT extends PostgresTestBase {

    @TestConfiguration
    static class RecordingListenerConfiguration {
        @Bean
        RecordingListener recordingListener() {
            return new RecordingListener();
        }
    }

    /** Remembers the highest sequence number heard per session. */
    static class RecordingListener implements SessionChangeListener {
        final Map<SessionId, Long> heard = new ConcurrentHashMap<>();

        @Override
        public void sessionChanged(SessionId sessionId, long sequence) {
            heard.merge(sessionId, sequence, Math::max);
        }

        @Override
        public void changesMayHaveBeenMissed() {
        }
    }

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SessionRepository sessions;
    @Autowired
    TabletRepository tablets;
    @Autowired
    AnswerRepository answers;
    @Autowired
    SessionEvents events;
    @Autowired
    RecordingListener listener;
    @Autowired
    TransactionTemplate transactions;

    Group group;
    Participant anna;

    @BeforeEach
    void group() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        anna = participants.save(Participant.join(group.id(), new PersonName("Anna")));
    }

    private Session plannedWithTwoSteps() {
        return Session.plan(group.id(), "Kennismaken", Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .withStepAdded(Step.of(new InformationCard("Welkom", "Fijn dat je er bent.", null), null))
                .withStepAdded(Step.of(new QuestionRound(List.of("Hoe is het met je?", "Wat deed je vandaag?"),
                        AnswerVisibility.ANONYMOUS), Duration.ofMinutes(5)));
    }

    @Test
    void aPlanIsStoredWithItsStepsInOrderAndReorderedInPlace() {
        Session saved = sessions.save(plannedWithTwoSteps());
        Session moved = sessions.save(saved.withStepMoved(saved.steps().get(1).id(), -1));

        Session read = sessions.findById(moved.id()).orElseThrow();
        assertThat(read.steps()).extracting(s -> s.activity().headline())
                .containsExactly("Hoe is het met je?", "Welkom");
        assertThat(read.steps().getFirst().activity()).isEqualTo(saved.steps().get(1).activity());
        assertThat(read.steps().getFirst().timer()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> sessions.save(saved.withDetails("Oud", saved.scheduledAt())))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aJoinCodeFindsOnlyALiveSession() {
        Session live = sessions.save(plannedWithTwoSteps().start(new JoinCode("ABCDEF"), "screen-" + UUID.randomUUID(),
                Instant.now(), Duration.ofMinutes(15)));
        assertThat(sessions.findLiveByJoinCode(new JoinCode("ABCDEF"))).map(Session::id).contains(live.id());
        assertThat(sessions.findByScreenToken(live.live().screenToken())).isPresent();

        sessions.save(sessions.findById(live.id()).orElseThrow().end(Instant.now()));
        assertThat(sessions.findLiveByJoinCode(new JoinCode("ABCDEF"))).isEmpty();
        // after the end the code may be used again by another session
        Session next = sessions.save(plannedWithTwoSteps().start(new JoinCode("ABCDEF"), "screen-" + UUID.randomUUID(),
                Instant.now(), Duration.ofMinutes(15)));
        assertThat(sessions.findLiveByJoinCode(new JoinCode("ABCDEF"))).map(Session::id).contains(next.id());
        sessions.save(sessions.findById(next.id()).orElseThrow().end(Instant.now()));
    }

    @Test
    void aTabletIsFoundByItsTokenHashOnly() {
        Session live = sessions.save(plannedWithTwoSteps().start(new JoinCode("GHJKMN"), "s-" + UUID.randomUUID(),
                Instant.now(), null));
        TabletToken token = TabletToken.random();
        Instant bound = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Tablet tablet = tablets.save(Tablet.arrived(live.id(), token, Instant.now()).boundTo(anna.id(), bound));

        assertThat(tablets.findByTokenHash(token.hash())).map(Tablet::participantId).contains(anna.id());
        assertThat(tablets.findById(tablet.id()).orElseThrow().showsHistory()).isFalse();
        tablets.save(tablets.findById(tablet.id()).orElseThrow().confirmed(bound));
        assertThat(tablets.findById(tablet.id()).orElseThrow()).satisfies(t -> {
            assertThat(t.boundAt()).isEqualTo(bound);
            assertThat(t.showsHistory()).isTrue();
        });
        assertThat(tablets.findByTokenHash(TabletToken.random().hash())).isEmpty();
        Instant later = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        tablets.markSeen(List.of(tablet.id()), later);
        assertThat(tablets.findById(tablet.id()).orElseThrow().lastSeenAt()).isEqualTo(later);
        tablets.delete(tablet.id());
        assertThat(tablets.findBySession(live.id())).isEmpty();
        sessions.save(sessions.findById(live.id()).orElseThrow().end(Instant.now()));
    }

    @Test
    void anAnswerSentTwiceIsStoredOnceAndAnonymousOnesCarryNoAuthorOrTime() {
        Session session = sessions.save(plannedWithTwoSteps());
        var step = session.steps().get(1).id();
        UUID key = UUID.randomUUID();
        assertThat(answers.saveOnce(Answer.anonymous(session.id(), step, 0, "Moe", key))).isTrue();
        assertThat(answers.saveOnce(Answer.anonymous(session.id(), step, 0, "Moe", key))).isFalse();
        answers.saveOnce(Answer.named(session.id(), step, 1, anna.id(), "Gewandeld", UUID.randomUUID(),
                Instant.now()));

        List<Answer> stored = answers.findBySession(session.id());
        assertThat(stored).extracting(Answer::text).containsExactly("Gewandeld", "Moe");
        assertThat(stored.get(1).authorId()).isNull();
        assertThat(stored.get(1).answeredAt()).isNull();
        // the anonymous one waits for its batch until the step's waiting answers are shown
        assertThat(stored.get(1).awaitsShowing()).isTrue();
        answers.showWaiting(step);
        assertThat(answers.findBySession(session.id())).noneMatch(Answer::awaitsShowing);
    }

    @Test
    void changesAreCountedPerSessionAndHeardAfterCommitThroughNotify() {
        Session session = sessions.save(plannedWithTwoSteps());
        long first = transactions.execute(status -> events.recordChange(session.id()));
        long second = transactions.execute(status -> events.recordChange(session.id()));

        assertThat(second).isEqualTo(first + 1);
        assertThat(events.lastSequences(List.of(session.id()))).containsEntry(session.id(), second);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.heard.getOrDefault(session.id(), 0L) == second);

        // a rolled back change is never announced
        transactions.executeWithoutResult(status -> {
            events.recordChange(session.id());
            status.setRollbackOnly();
        });
        assertThat(events.lastSequences(List.of(session.id()))).containsEntry(session.id(), second);
    }
}
