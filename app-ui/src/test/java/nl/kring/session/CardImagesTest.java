package nl.kring.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import nl.kring.domain.session.CardImage;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Uploaded pictures are checked, scaled down and written anew; broken files get a clear message. */
class CardImagesTest {

    private final CardImages images = new CardImages();

    @Test
    void aBrokenOrEmptyFileIsRefusedWithAMessage() {
        assertThatThrownBy(() -> images.clean("<html>not a picture</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.image-unreadable");
        assertThatThrownBy(() -> images.clean(new byte[0])).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.image-empty");
        byte[] truncated = java.util.Arrays.copyOf(jpeg(400, 300, "Exif-camera-and-GPS"), 200);
        assertThatThrownBy(() -> images.clean(truncated)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        assertThatThrownBy(() -> images.clean(nl.kring.moodboard.TestPhotos.pngBomb()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.image-too-many-pixels");
    }

    @Test
    void aLargePhotoIsScaledDownAndLosesItsMetadata() throws Exception {
        byte[] upload = jpeg(3200, 2400, "Exif-camera-and-GPS");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif-camera-and-GPS");

        CardImage cleaned = images.clean(upload);

        assertThat(cleaned.contentType()).isEqualTo("image/jpeg");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        assertThat(Math.max(read.getWidth(), read.getHeight())).isEqualTo(CardImages.MAX_SIDE);
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif-camera-and-GPS");
    }

    /** A JPEG with a comment segment standing in for camera metadata. */
    private static byte[] jpeg(int width, int height, String metadata) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
            byte[] plain = out.toByteArray();
            byte[] comment = metadata.getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream withComment = new ByteArrayOutputStream();
            withComment.write(plain, 0, 2); // SOI
            withComment.write(0xFF);
            withComment.write(0xFE); // COM segment
            withComment.write((comment.length + 2) >> 8);
            withComment.write((comment.length + 2) & 0xFF);
            withComment.write(comment);
            withComment.write(plain, 2, plain.length - 2);
            return withComment.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
