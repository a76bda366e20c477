package nl.kring.moodboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The photo pipeline on real files: metadata gone, photos upright, bombs and fakes refused. */
class PhotoPipelineTest {

    private final PhotoPipeline pipeline = new PhotoPipeline();

    @Test
    void aPhoneFileCarriesGpsCameraAndXmpAndTheCleanedPhotoCarriesNone() throws Exception {
        byte[] upload = TestPhotos.phonePhotoWithGpsTakenSideways();
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude())
                .isCloseTo(52.09, org.assertj.core.data.Offset.offset(0.01));
        assertThat(before.getFirstDirectoryOfType(XmpDirectory.class)).isNotNull();
        assertThat(new String(upload, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("KringTestCamera");

        CleanPhoto clean = pipeline.clean(upload);

        for (byte[] file : List.of(clean.image(), clean.thumbnail())) {
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
            assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
            assertThat(after.getFirstDirectoryOfType(ExifThumbnailDirectory.class)).isNull();
            assertThat(after.getFirstDirectoryOfType(XmpDirectory.class)).isNull();
            String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("KringTestCamera", "Annie", "Exif", "http://ns.adobe.com");
            List<String> kinds = new ArrayList<>();
            StreamSupport.stream(after.getDirectories().spliterator(), false).map(Directory::getName)
                    .forEach(kinds::add);
            assertThat(kinds).allMatch(kind -> kind.startsWith("JPEG") || kind.equals("JFIF") || kind.equals("Huffman")
                    || kind.equals("File Type"));
        }
    }

    @Test
    void aPhotoTakenSidewaysComesOutUpright() throws Exception {
        CleanPhoto clean = pipeline.clean(TestPhotos.phonePhotoWithGpsTakenSideways());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.image()));
        // stored 400 × 200 with red left; a quarter turn clockwise puts red on top
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(clean.width()).isEqualTo(200);
        assertThat(isRed(image.getRGB(100, 60))).isTrue();
        assertThat(isRed(image.getRGB(100, 340))).isFalse();
    }

    @Test
    void allEightOrientationsPutTheTopLeftCornerWhereTheCameraSawIt() {
        // a 3 × 2 image with one marked pixel at the stored top-left
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xffffff);
        int[][] corner = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = PhotoPipeline.upright(stored, orientation);
            int[] expected = corner[orientation - 1];
            assertThat(upright.getRGB(expected[0], expected[1]) & 0xffffff)
                    .as("orientation %d", orientation).isEqualTo(0xffffff);
        }
    }

    @Test
    void largePhotosAreScaledToTheLongSideAndGetAThumbnail() throws Exception {
        CleanPhoto clean = pipeline.clean(TestPhotos.png(TestPhotos.redLeftBlueRight(5000, 2500)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.image()));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(clean.thumbnail()));
        assertThat(image.getWidth()).isEqualTo(2048);
        assertThat(image.getHeight()).isEqualTo(1024);
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(clean.image()[0] & 0xff).isEqualTo(0xff); // a JPEG now
    }

    @Test
    void webpIsRead() {
        CleanPhoto clean = pipeline.clean(TestPhotos.WEBP);
        assertThat(clean.width()).isEqualTo(1);
    }

    @Test
    void bombsAreRefusedFromTheirHeaderWithoutDecoding() {
        Runtime runtime = Runtime.getRuntime();
        for (byte[] bomb : List.of(TestPhotos.pngBomb(), TestPhotos.jpegBomb())) {
            // decoding either would need 10+ GB, more than this test's heap: a refusal proves no decode
            assertThat(runtime.maxMemory()).isLessThan(10L * 1024 * 1024 * 1024);
            assertRefused(bomb, "validation.photo-too-many-pixels");
        }
    }

    @Test
    void fakesTruncatedAndOversizedFilesAreRefusedWithTheirOwnMessage() {
        assertRefused(TestPhotos.programNamedJpg(), "validation.photo-not-a-photo");
        assertRefused(TestPhotos.htmlNamedJpg(), "validation.photo-not-a-photo");
        assertRefused(TestPhotos.truncatedJpeg(), "validation.photo-broken");
        byte[] png = TestPhotos.png(TestPhotos.redLeftBlueRight(300, 300));
        assertRefused(java.util.Arrays.copyOf(png, png.length / 2), "validation.photo-broken");
        assertRefused(new byte[0], "validation.photo-empty");
        byte[] huge = new byte[PhotoPipeline.MAX_BYTES + 1];
        huge[0] = (byte) 0xff;
        huge[1] = (byte) 0xd8;
        huge[2] = (byte) 0xff;
        assertRefused(huge, "validation.photo-too-large");
        assertRefused(TestPhotos.heicBomb(), "validation.photo-too-many-pixels");
    }

    @Test
    void aHeicPhotoIsReadThroughLibheifAndWithoutItIsRefusedWithAnExplanation() throws Exception {
        byte[] heic = TestPhotos.heic().orElseThrow(() -> new org.opentest4j.TestAbortedException(
                "heif-enc is not installed (Debian: libheif-examples)"));
        CleanPhoto clean = pipeline.clean(heic);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.image()));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(isRed(image.getRGB(60, 100))).isTrue();
        assertThat(isRed(image.getRGB(340, 100))).isFalse();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(clean.image()))
                .getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();

        PhotoPipeline withoutLibheif = new PhotoPipeline(new HeifConverter(null));
        assertThatThrownBy(() -> withoutLibheif.clean(heic)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.photo-heic"));
    }

    private void assertRefused(byte[] upload, String key) {
        assertThatThrownBy(() -> pipeline.clean(upload)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }
}
