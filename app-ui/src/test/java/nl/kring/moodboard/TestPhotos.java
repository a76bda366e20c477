package nl.kring.moodboard;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Real photo files for tests, made the way cameras and attackers make them: a phone
 * photo with GPS, camera and XMP metadata taken sideways, decompression bombs whose
 * headers promise billions of pixels, a truncated file, a program named .jpg.
 */
public final class TestPhotos {

    /** A 1×1 lossless WebP (the well-known feature-detection image). */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestPhotos() {
    }

    /** A photo stored 400 wide and 200 high: left half red, right half blue. */
    public static BufferedImage redLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A phone photo: taken sideways (EXIF orientation 6, "turn a quarter clockwise"), with
     * the place it was taken (GPS, Utrecht), the camera, and XMP with the owner's name.
     */
    public static byte[] phonePhotoWithGpsTakenSideways() {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(5.1214, 52.0907);
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "KringTestCamera");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "Phone 12");
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(redLeftBlueRight(400, 200)), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                            + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='Annie de Vries'/>"
                            + "</rdf:RDF></x:xmpmeta>");
            return withXmp.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG whose header says 50,000 × 50,000 pixels (2.5 gigapixels), a few hundred bytes long. */
    public static byte[] pngBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.write(int32(50_000));
            header.write(int32(50_000));
            header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bit, RGB
            chunk(out, "IHDR", header.toByteArray());
            Deflater deflater = new Deflater(9);
            deflater.setInput(new byte[1_000_000]); // zeros: the start of the promised pixels
            deflater.finish();
            byte[] buffer = new byte[100_000];
            int length = deflater.deflate(buffer);
            chunk(out, "IDAT", Arrays.copyOf(buffer, length));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small JPEG whose frame header was changed to say 60,000 × 60,000 pixels. */
    public static byte[] jpegBomb() {
        byte[] bytes = jpeg(redLeftBlueRight(64, 64));
        for (int i = 2; i < bytes.length - 9; i++) {
            if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xc0) { // SOF0
                bytes[i + 5] = (byte) (60_000 >> 8);
                bytes[i + 6] = (byte) (60_000 & 0xff);
                bytes[i + 7] = (byte) (60_000 >> 8);
                bytes[i + 8] = (byte) (60_000 & 0xff);
                return bytes;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    /** A noisy photo cut off after 60% of its bytes, as after a dropped connection. */
    public static byte[] truncatedJpeg() {
        BufferedImage noise = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        byte[] whole = jpeg(noise);
        return Arrays.copyOf(whole, whole.length * 6 / 10);
    }

    /**
     * A HEIC photo (red left, blue right, 400 × 200) made with libheif's {@code heif-enc};
     * empty where that tool is not installed.
     */
    public static java.util.Optional<byte[]> heic() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("kring-heic-test");
            java.nio.file.Path png = java.nio.file.Files.write(folder.resolve("in.png"),
                    png(redLeftBlueRight(400, 200)));
            java.nio.file.Path heic = folder.resolve("out.heic");
            Process process = new ProcessBuilder("heif-enc", "-q", "90", "-o", heic.toString(), png.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(java.nio.file.Files.readAllBytes(heic));
        } catch (IOException e) {
            return java.util.Optional.empty(); // no heif-enc here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** The start of a HEIC file whose image extents promise 60,000 × 60,000 pixels. */
    public static byte[] heicBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {0, 0, 0, 24});
            out.write("ftypheic".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new byte[4]);
            out.write("mif1heic".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(int32(20));
            out.write("ispe".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(new byte[4]);
            out.write(int32(60_000));
            out.write(int32(60_000));
            out.write(new byte[64]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A Windows program renamed to holiday.jpg. */
    public static byte[] programNamedJpg() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        new Random(3).nextBytes(Arrays.copyOfRange(bytes, 2, bytes.length));
        return bytes;
    }

    /** A web page renamed to photo.jpg. */
    public static byte[] htmlNamedJpg() {
        return "<html><body><script>alert('hoi')</script></body></html>".getBytes();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(int32(data.length));
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(int32((int) crc.getValue()));
    }

    private static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }
}
