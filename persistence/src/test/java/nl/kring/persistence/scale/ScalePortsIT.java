package nl.kring.persistence.scale;

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
import nl.kring.domain.scale.ScaleAnswer;
import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.scale.ScalePoint;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.Step;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contract test of the scale-answer port: one number per person per question, and a person's own line. */
class ScalePortsIT extends PostgresTestBase {

    private static final ScaleQuestion SCALE = new ScaleQuestion(java.util.List.of(
            "Hoe gemotiveerd ben je om de afgesproken stap te zetten?", "Hoeveel vertrouwen heb je?"));

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SessionRepository sessions;
    @Autowired
    ScaleAnswerRepository answers;

    @Test
    void aNumberIsReplacedNotAddedAndAPersonsLineFollowsTheirGroupsSessions() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        Group other = groups.save(TestOrganisations.group(organisation, "Donderdag"));
        Participant annie = participants.save(Participant.join(group.id(), new PersonName("Annie")));
        Participant gerrit = participants.save(Participant.join(group.id(), new PersonName("Gerrit")));
        Instant week1 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(14, ChronoUnit.DAYS);
        Session first = sessions.save(Session.plan(group.id(), "Week 1", week1)
                .withStepAdded(Step.of(SCALE, null)));
        Session second = sessions.save(Session.plan(group.id(), "Week 3", week1.plus(14, ChronoUnit.DAYS))
                .withStepAdded(Step.of(SCALE, null)));
        Session elsewhere = sessions.save(Session.plan(other.id(), "Elders", week1)
                .withStepAdded(Step.of(SCALE, null)));
        String motivation = SCALE.questions().getFirst();

        answers.save(new ScaleAnswer(first.id(), first.steps().getFirst().id(), 0, motivation, annie.id(), 4));
        answers.save(new ScaleAnswer(first.id(), first.steps().getFirst().id(), 0, motivation, annie.id(), 5));
        answers.save(new ScaleAnswer(first.id(), first.steps().getFirst().id(), 0, motivation, gerrit.id(), 9));
        answers.save(new ScaleAnswer(second.id(), second.steps().getFirst().id(), 0, motivation, annie.id(), 7));
        answers.save(new ScaleAnswer(elsewhere.id(), elsewhere.steps().getFirst().id(), 0, motivation, annie.id(), 1));

        assertThat(answers.findBySession(first.id())).extracting(ScaleAnswer::value).containsExactlyInAnyOrder(5, 9);
        assertThat(answers.historyOf(annie.id(), group.id())).extracting(ScalePoint::value).containsExactly(5, 7);
        assertThat(answers.historyOf(annie.id(), group.id()).getFirst().sessionAt()).isEqualTo(week1);
    }
}
