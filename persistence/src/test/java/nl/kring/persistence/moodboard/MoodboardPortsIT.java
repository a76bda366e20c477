package nl.kring.persistence.moodboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.moodboard.Area;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.CardOwner;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.Photo;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.moodboard.PhotoRepository;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.Step;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contract tests of the moodboard ports: cards and photos, as PostgreSQL stores them. */
class MoodboardPortsIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    SessionRepository sessions;
    @Autowired
    MoodCardRepository cards;
    @Autowired
    PhotoRepository photos;

    Session session;
    Step board;

    @BeforeEach
    void session() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        session = sessions.save(Session.plan(group.id(), "Van waarde", Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .withStepAdded(Step.of(new Moodboard("Wat is van waarde?", java.util.List.of(
                        new Area("Hart", java.util.List.of("Wie zijn belangrijk voor je?")),
                        new Area("Ziel", java.util.List.of()), new Area("Lichaam", java.util.List.of()),
                        new Area("Hoofd", java.util.List.of())), false), null)));
        board = session.steps().getFirst();
    }

    @Test
    void cardsOfEveryKindAreStoredMovedAndDeleted() {
        PhotoId photoId = PhotoId.newId();
        photos.save(new Photo(photoId, session.id(), 4, 3, new byte[] {1, 2, 3}, new byte[] {4}));
        MoodCard text = MoodCard.create(session.id(), board.id(), CardOwner.participant(ParticipantId.newId(),
                "Annie de Vries"), 0, 0, MoodCard.Content.text("Mijn kleinzoon"));
        MoodCard song = MoodCard.create(session.id(), board.id(), CardOwner.staff(StaffId.newId(), "Sanne"), 1, 0,
                MoodCard.Content.song("Zij gelooft in mij", "André Hazes"));
        MoodCard colour = MoodCard.create(session.id(), board.id(), CardOwner.participant(ParticipantId.newId(),
                "Gerrit"), 2, 0, MoodCard.Content.colour(CardColour.GROEN, "de tuin"));
        MoodCard photo = MoodCard.create(session.id(), board.id(), CardOwner.participant(ParticipantId.newId(),
                "Riet"), 3, 0, MoodCard.Content.photo(photoId, ""));
        List.of(text, song, colour, photo).forEach(cards::insert);

        assertThat(cards.findBySession(session.id())).containsExactlyInAnyOrder(text, song, colour, photo);
        assertThat(cards.findById(text.id()).orElseThrow().owner().firstName()).isEqualTo("Annie");
        UUID group = UUID.randomUUID();
        cards.update(List.of(text.placed(1, 1, group).withHighlight(true), song.placed(1, 0, group).withHidden(true)));
        MoodCard moved = cards.findById(text.id()).orElseThrow();
        assertThat(moved.area()).isEqualTo(1);
        assertThat(moved.group()).isEqualTo(group);
        assertThat(moved.highlighted()).isTrue();
        assertThat(cards.findById(song.id()).orElseThrow().hidden()).isTrue();
        assertThat(cards.findById(photo.id()).orElseThrow().kind()).isEqualTo(CardKind.PHOTO);

        assertThat(photos.sessionOf(photoId)).contains(session.id());
        assertThat(photos.bytes(photoId, true)).hasValueSatisfying(b -> assertThat(b).containsExactly(4));
        photos.delete(photoId); // the card goes with its photo
        assertThat(cards.findById(photo.id())).isEmpty();
        cards.delete(text.id());
        assertThat(cards.findBySession(session.id())).hasSize(2);
    }
}
