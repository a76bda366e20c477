package nl.kring.persistence.moodboard;

import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.moodboard.Photo;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.moodboard.PhotoRepository;
import nl.kring.domain.session.SessionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Photos as {@code bytea}: at most about 1 MB each after cleaning, read one at a time. */
@Repository
@Transactional
class JdbcPhotoRepository implements PhotoRepository {

    private final JdbcTemplate jdbc;

    JdbcPhotoRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Photo photo) {
        jdbc.update("insert into photo (id, session_id, width, height, image, thumbnail) values (?,?,?,?,?,?)",
                photo.id().value(), photo.sessionId().value(), photo.width(), photo.height(), photo.image(),
                photo.thumbnail());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Photo> findById(PhotoId id) {
        return jdbc.query("select id, session_id, width, height, image, thumbnail from photo where id = ?",
                (rs, row) -> new Photo(id, new SessionId(rs.getObject("session_id", UUID.class)), rs.getInt("width"),
                        rs.getInt("height"), rs.getBytes("image"), rs.getBytes("thumbnail")), id.value())
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionId> sessionOf(PhotoId id) {
        return jdbc.query("select session_id from photo where id = ?",
                (rs, row) -> new SessionId(rs.getObject(1, UUID.class)), id.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> bytes(PhotoId id, boolean thumbnail) {
        return jdbc.query("select " + (thumbnail ? "thumbnail" : "image") + " from photo where id = ?",
                (rs, row) -> rs.getBytes(1), id.value()).stream().findFirst();
    }

    @Override
    public void delete(PhotoId id) {
        jdbc.update("delete from photo where id = ?", id.value());
    }

    @Override
    public void deleteIfUnplaced(PhotoId id) {
        jdbc.update("delete from photo p where p.id = ? and not exists (select 1 from mood_card c where c.photo_id = p.id)",
                id.value());
    }

    @Override
    public void deleteUnplaced(SessionId session) {
        jdbc.update("delete from photo p where p.session_id = ?"
                + " and not exists (select 1 from mood_card c where c.photo_id = p.id)", session.value());
    }
}
