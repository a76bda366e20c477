package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "card_image")
class CardImageEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "content_type", nullable = false, length = 40)
    String contentType;

    @Column(name = "bytes", nullable = false)
    byte[] bytes;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
