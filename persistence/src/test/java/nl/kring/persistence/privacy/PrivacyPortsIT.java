package nl.kring.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.attendance.AttendanceFacts;
import nl.kring.domain.attendance.SessionTally;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import nl.kring.domain.privacy.PersonalDataStore;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Contract test of the privacy ports: erasure keeps the numbers, retention removes only what is due, the trail is append-only. */
class PrivacyPortsIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    SessionRepository sessions;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    AttendanceFacts facts;
    @Autowired
    PersonalDataStore store;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anErasedPersonIsGoneButTheGroupsFiguresStayTheSame() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        Participant annie = participants.save(Participant.join(group.id(), new PersonName("Annie")));
        Participant gerrit = participants.save(Participant.join(group.id(), new PersonName("Gerrit")));
        Instant week1 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(14, ChronoUnit.DAYS);
        Session first = sessions.save(Session.plan(group.id(), "Week 1", week1).ended());
        Session second = sessions.save(Session.plan(group.id(), "Week 2", week1.plus(7, ChronoUnit.DAYS)).ended());
        sessions.saveAttendance(new Attendance(first.id(), annie.id(), AttendanceStatus.PRESENT, ""));
        sessions.saveAttendance(new Attendance(first.id(), gerrit.id(), AttendanceStatus.PRESENT, ""));
        sessions.saveAttendance(new Attendance(second.id(), annie.id(), AttendanceStatus.EXCUSED, "ziek"));
        sessions.saveAttendance(new Attendance(second.id(), gerrit.id(), AttendanceStatus.PRESENT, ""));
        jdbc.update("insert into answer (id, session_id, step_id, question, participant_id, text, submission_key, "
                + "answered_at) values (?,?,?,0,?,?,?,now())", UUID.randomUUID(), first.id().value(), UUID.randomUUID(),
                annie.id().value(), "Ik wandel graag", UUID.randomUUID());
        // a photo card of Annie's, whose tablet row was released (issue 21: the photo stayed behind)
        UUID photo = UUID.randomUUID();
        jdbc.update("insert into photo (id, session_id, width, height, image, thumbnail) values (?,?,1,1,?,?)", photo,
                first.id().value(), new byte[] {1}, new byte[] {1});
        jdbc.update("insert into mood_card (id, session_id, step_id, owner_participant, owner_name, area, rank, kind,"
                + " photo_id) values (?,?,?,?,'Annie',0,1,'PHOTO',?)", UUID.randomUUID(), first.id().value(),
                UUID.randomUUID(), annie.id().value(), photo);
        jdbc.update("insert into tablet (id, session_id, token_hash, participant_id, newcomer_name, joined_at,"
                + " last_seen_at) values (?,?,?,?,'Annie',now(),now())", UUID.randomUUID(), second.id().value(),
                UUID.randomUUID().toString(), annie.id().value());
        List<SessionTally> before = facts.tallies(List.of(group.id()), week1.minusSeconds(1), Instant.now());

        assertThat(store.collect(annie.id())).hasValueSatisfying(data -> {
            assertThat(data.name()).isEqualTo("Annie");
            assertThat(data.attendance()).hasSize(2);
            assertThat(data.answers()).extracting(l -> l.text()).containsExactly("Ik wandel graag");
        });
        assertThat(store.erase(annie.id())).isTrue();

        assertThat(participants.findById(annie.id())).isEmpty();
        assertThat(store.collect(annie.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class,
                first.id().value())).isZero();
        // every table read back: nothing of Annie's is left
        assertThat(jdbc.queryForObject("select count(*) from photo where id = ?", Integer.class, photo)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mood_card where owner_participant = ?", Integer.class,
                annie.id().value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tablet where session_id in (?, ?)", Integer.class,
                first.id().value(), second.id().value())).isZero();
        for (String table : List.of("attendance", "answer", "small_step", "scale_answer")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where participant_id = ?",
                    Integer.class, annie.id().value())).as(table).isZero();
        }
        assertThat(facts.marksOf(annie.id())).isEmpty();
        assertThat(facts.tallies(List.of(group.id()), week1.minusSeconds(1), Instant.now())).isEqualTo(before);
        assertThat(store.erase(annie.id())).as("erasing twice erases nothing").isFalse();
        assertThat(facts.marksOf(gerrit.id())).hasSize(2);
    }

    @Test
    void retentionRemovesOnlyContentsAndPeoplePastTheirDate() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Woensdag"));
        Participant stays = participants.save(Participant.join(group.id(), new PersonName("Riet")));
        Participant leftLongAgo = participants.save(Participant.join(group.id(), new PersonName("Kees")));
        leftLongAgo = participants.save(leftLongAgo.withStatus(ParticipantStatus.LEFT));
        jdbc.update("update participant set left_at = now() - interval '30 months' where id = ?",
                leftLongAgo.id().value());
        Session old = sessions.save(Session.plan(group.id(), "Lang geleden",
                Instant.now().minus(500, ChronoUnit.DAYS)).ended());
        Session recent = sessions.save(Session.plan(group.id(), "Vorige week",
                Instant.now().minus(7, ChronoUnit.DAYS)).ended());
        for (Session s : List.of(old, recent)) {
            sessions.saveAttendance(new Attendance(s.id(), stays.id(), AttendanceStatus.PRESENT, ""));
            jdbc.update("insert into answer (id, session_id, step_id, question, participant_id, text, submission_key,"
                    + " answered_at) values (?,?,?,0,?,?,?,now())", UUID.randomUUID(), s.id().value(),
                    UUID.randomUUID(), stays.id().value(), "Antwoord", UUID.randomUUID());
        }

        for (Session s : List.of(old, recent)) {
            jdbc.update("insert into tablet (id, session_id, token_hash, newcomer_name, joined_at, last_seen_at)"
                    + " values (?,?,?,'Nieuwe Truus',now(),now())", UUID.randomUUID(), s.id().value(),
                    UUID.randomUUID().toString());
        }

        var result = store.removeExpired(organisation.id(), Instant.now().minus(365, ChronoUnit.DAYS),
                Instant.now().minus(730, ChronoUnit.DAYS));

        assertThat(result.sessionsCleared()).isEqualTo(1);
        assertThat(result.participantsErased()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class,
                old.id().value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from answer where session_id = ?", Integer.class,
                recent.id().value())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from tablet where session_id = ?", Integer.class,
                old.id().value())).as("who joined when, and a newcomer's name never confirmed").isZero();
        assertThat(jdbc.queryForObject("select count(*) from tablet where session_id = ?", Integer.class,
                recent.id().value())).isOne();
        assertThat(participants.findById(leftLongAgo.id())).isEmpty();
        assertThat(participants.findById(stays.id())).isPresent();
        assertThat(facts.marksOf(stays.id())).as("attendance stays").hasSize(2);
        assertThat(sessions.findById(old.id())).isPresent();
        assertThat(store.removeExpired(organisation.id(), Instant.now().minus(365, ChronoUnit.DAYS),
                Instant.now().minus(730, ChronoUnit.DAYS))).as("nothing twice")
                .isEqualTo(new PersonalDataStore.RetentionResult(0, 0));
    }

    @Test
    void retentionDeletesCardPicturesNoPlanUsesAfterADay() {
        UUID used = UUID.randomUUID();
        UUID unused = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        for (UUID image : List.of(used, unused, fresh)) {
            jdbc.update("insert into card_image (id, content_type, bytes, created_at) values (?, 'image/png', ?, "
                    + (image.equals(fresh) ? "now()" : "now() - interval '2 days'") + ")", image, new byte[] {1});
        }
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Plaatjes"));
        Session plan = sessions.save(Session.plan(group.id(), "Met plaatje", Instant.now()));
        jdbc.update("insert into session_step (id, session_id, position, activity_type, settings) values (?,?,0,"
                + "'INFORMATION_CARD',?)", UUID.randomUUID(), plan.id().value(),
                "{\"title\":\"Welkom\",\"image\":\"" + used + "\"}");

        assertThat(store.removeUnusedCardImages(Instant.now().minus(1, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select id from card_image where id in (?,?,?)", UUID.class, used, unused,
                fresh)).containsExactlyInAnyOrder(used, fresh);
    }

    @Test
    void theAuditTrailCannotBeChangedOrEmptied() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        var coordinator = accounts.save(TestOrganisations.staff(organisation, "c-" + UUID.randomUUID(),
                Role.COORDINATOR));
        trail.record(AuditEntry.now(organisation.id(), coordinator.id(), "Carla", AuditAction.VIEWED_PARTICIPANT,
                "deelnemer 1234abcd · groep Dinsdag"));
        assertThat(trail.latest(organisation.id(), 10)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.VIEWED_PARTICIPANT));
        assertThatThrownBy(() -> jdbc.update("update audit_entry set staff_name = 'Niemand' where organisation_id = ?",
                organisation.id().value())).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where organisation_id = ?",
                organisation.id().value())).hasMessageContaining("cannot be changed");
        assertThat(trail.latest(organisation.id(), 10)).singleElement()
                .satisfies(e -> assertThat(e.staffName()).isEqualTo("Carla"));
    }
}
