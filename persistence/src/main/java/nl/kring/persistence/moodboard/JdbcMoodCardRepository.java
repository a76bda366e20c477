package nl.kring.persistence.moodboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.CardOwner;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardId;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Moodboard cards in plain SQL: one flat table, read per session. */
@Repository
@Transactional
class JdbcMoodCardRepository implements MoodCardRepository {

    private static final String COLUMNS = "id, session_id, step_id, owner_participant, owner_staff, owner_name, "
            + "area, rank, kind, text, artist, colour, photo_id, card_group, highlighted, hidden, distress";

    private final JdbcTemplate jdbc;

    JdbcMoodCardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(MoodCard c) {
        jdbc.update("insert into mood_card (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id().value(), c.sessionId().value(), c.stepId().value(),
                c.owner().participant() == null ? null : c.owner().participant().value(),
                c.owner().staff() == null ? null : c.owner().staff().value(), c.owner().firstName(), c.area(),
                c.rank(), c.kind().name(), c.text(), c.artist(), c.colour() == null ? null : c.colour().name(),
                c.photo() == null ? null : c.photo().value(), c.group(), c.highlighted(), c.hidden(),
                c.distress().name());
    }

    @Override
    public void update(Collection<MoodCard> cards) {
        jdbc.batchUpdate("update mood_card set area = ?, rank = ?, card_group = ?, highlighted = ?, hidden = ?, "
                        + "distress = ? where id = ?",
                cards.stream().map(c -> new Object[] {c.area(), c.rank(), c.group(), c.highlighted(), c.hidden(),
                        c.distress().name(), c.id().value()}).toList());
    }

    @Override
    public void delete(MoodCardId id) {
        jdbc.update("delete from mood_card where id = ?", id.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MoodCard> findById(MoodCardId id) {
        return jdbc.query("select " + COLUMNS + " from mood_card where id = ?", this::map, id.value())
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MoodCard> findBySession(SessionId session) {
        return jdbc.query("select " + COLUMNS + " from mood_card where session_id = ?", this::map,
                session.value());
    }

    private MoodCard map(ResultSet rs, int row) throws SQLException {
        UUID participant = rs.getObject("owner_participant", UUID.class);
        UUID staff = rs.getObject("owner_staff", UUID.class);
        String colour = rs.getString("colour");
        UUID photo = rs.getObject("photo_id", UUID.class);
        return new MoodCard(new MoodCardId(rs.getObject("id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)), new StepId(rs.getObject("step_id", UUID.class)),
                new CardOwner(participant == null ? null : new ParticipantId(participant),
                        staff == null ? null : new StaffId(staff), rs.getString("owner_name")),
                rs.getInt("area"), rs.getLong("rank"), CardKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getString("artist"), colour == null ? null : CardColour.valueOf(colour),
                photo == null ? null : new PhotoId(photo), rs.getObject("card_group", UUID.class),
                rs.getBoolean("highlighted"), rs.getBoolean("hidden"), Distress.valueOf(rs.getString("distress")));
    }
}
