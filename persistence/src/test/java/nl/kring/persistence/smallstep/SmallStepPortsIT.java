package nl.kring.persistence.smallstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.Step;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepRepository;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contract test of the small-step port: one step per person per round, and what a later session looks back on. */
class SmallStepPortsIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SessionRepository sessions;
    @Autowired
    SmallStepRepository steps;

    @Test
    void eachPersonsLatestEarlierStepIsLookedBackOnUntilAnsweredThere() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        Participant annie = participants.save(Participant.join(group.id(), new PersonName("Annie")));
        Participant gerrit = participants.save(Participant.join(group.id(), new PersonName("Gerrit")));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(21, ChronoUnit.DAYS);
        Session one = session(group, start);
        Session two = session(group, start.plus(7, ChronoUnit.DAYS));
        Session three = session(group, start.plus(14, ChronoUnit.DAYS));

        steps.save(SmallStep.written(one.id(), one.steps().getFirst().id(), annie.id(), "Groenteboer groeten"));
        one = end(one, start.plus(1, ChronoUnit.HOURS));
        steps.save(SmallStep.written(two.id(), two.steps().getFirst().id(), annie.id(), "Wandelen"));
        steps.save(SmallStep.written(two.id(), two.steps().getFirst().id(), annie.id(), "Elke dag wandelen"));
        steps.save(SmallStep.written(two.id(), two.steps().getFirst().id(), gerrit.id(), "Buurman bellen"));
        assertThat(steps.findWrittenIn(two.id())).extracting(SmallStep::text)
                .containsExactlyInAnyOrder("Elke dag wandelen", "Buurman bellen");
        // while session two runs, a session looks back only on the ended one
        assertThat(steps.findToLookBackOn(group.id(), three.id())).extracting(SmallStep::text)
                .containsExactly("Groenteboer groeten");
        two = end(two, start.plus(7, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS));

        var toLookBackOn = steps.findToLookBackOn(group.id(), three.id());
        assertThat(toLookBackOn).extracting(SmallStep::text)
                .containsExactlyInAnyOrder("Elke dag wandelen", "Buurman bellen");
        SmallStep annies = toLookBackOn.stream().filter(s -> s.participant().equals(annie.id())).findFirst()
                .orElseThrow();
        steps.recordOutcome(annies.answered(Outcome.PARTLY, three.id()));
        assertThat(steps.findToLookBackOn(group.id(), three.id())).filteredOn(s -> !s.isOpen())
                .singleElement().satisfies(s -> assertThat(s.outcome()).isEqualTo(Outcome.PARTLY));
    }

    private Session end(Session session, Instant when) {
        Session started = sessions.save(session.start(nl.kring.domain.session.JoinCode.random(new java.util.Random()),
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""),
                when.minus(1, ChronoUnit.HOURS), null));
        return sessions.save(started.end(when));
    }

    private Session session(Group group, Instant when) {
        return sessions.save(Session.plan(group.id(), "Bijeenkomst", when)
                .withStepAdded(Step.of(new SmallStepRound("Wat is jouw kleine stap?"), null)));
    }
}
