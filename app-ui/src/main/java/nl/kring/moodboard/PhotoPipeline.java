package nl.kring.moodboard;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import nl.kring.base.ImageFiles;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into one that is safe to keep and show. In this order:
 * <ol>
 * <li>at most {@value #MAX_BYTES} bytes;</li>
 * <li>the type from the first bytes (JPEG, PNG, WebP; HEIC through libheif where it is
 *     installed, see {@link HeifConverter}, and otherwise refused with an explanation);</li>
 * <li>the size in pixels from the header only, and at most {@value #MAX_PIXELS} pixels
 *     <em>before</em> anything is decoded, so a decompression bomb costs nothing;</li>
 * <li>the EXIF orientation read;</li>
 * <li>decoded at a reduced resolution where the photo is much larger than needed, at most
 *     {@value #DECODING_AT_ONCE} at a time (memory stays bounded under a burst), refused if
 *     the decoder reports a broken or truncated file;</li>
 * <li>turned upright, scaled to at most {@value #MAX_SIDE} px (and a {@value #THUMBNAIL_SIDE} px
 *     thumbnail), flattened on white, and written anew as JPEG with no metadata at all:
 *     no GPS, camera, XMP or embedded thumbnail survives, because nothing of the original
 *     file is copied.</li>
 * </ol>
 */
@Component
public class PhotoPipeline {

    public static final int MAX_BYTES = 15 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2048;
    static final int THUMBNAIL_SIDE = 480;
    static final int DECODING_AT_ONCE = 2;

    /**
     * kring.photo.clean: one upload made safe, from bytes to clean JPEG and thumbnail (refusals
     * too). On Spring Boot's registry through the global one, which Boot joins by default.
     */
    private static final Timer CLEANING = Timer.builder("kring.photo.clean")
            .description("Time to make one uploaded photo safe (decode, upright, scale, re-encode), refusals included")
            .publishPercentileHistogram().register(Metrics.globalRegistry);

    private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE, true);
    private final HeifConverter heif;

    public PhotoPipeline() {
        this(HeifConverter.fromPath());
    }

    PhotoPipeline(HeifConverter heif) {
        this.heif = heif;
    }

    static {
        // decode in memory: no temporary files with photo data on the server's disk
        ImageIO.setUseCache(false);
    }

    /** Whether HEIC photos can be read here (libheif installed); otherwise pages should not ask for them. */
    public boolean readsHeic() {
        return heif.isAvailable();
    }

    /**
     * @throws InvalidValueException with a message key under {@code validation.photo-*}
     */
    public CleanPhoto clean(byte[] upload) {
        return CLEANING.record(() -> cleanNow(upload));
    }

    private CleanPhoto cleanNow(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("validation.photo-empty");
        }
        if (upload.length > MAX_BYTES) {
            throw refused("validation.photo-too-large", MAX_BYTES / (1024 * 1024));
        }
        PhotoType type = PhotoType.of(upload).orElseThrow(() -> refused("validation.photo-not-a-photo"));
        int orientation;
        byte[] readable;
        if (type == PhotoType.HEIF) {
            readable = heifAsPng(upload);
            type = PhotoType.PNG;
            orientation = 1; // libheif has applied the file's own rotation; EXIF orientation is informative only
        } else {
            readable = upload;
            orientation = orientation(upload);
        }
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(readable))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw refused("validation.photo-broken");
            }
            if ((long) width * height > MAX_PIXELS) {
                throw refused("validation.photo-too-many-pixels", MAX_PIXELS / 1_000_000);
            }
            BufferedImage decoded = decode(reader, Math.max(width, height));
            BufferedImage upright = upright(flatten(decoded), orientation);
            BufferedImage image = scale(upright, MAX_SIDE);
            BufferedImage thumbnail = scale(image, THUMBNAIL_SIDE);
            return new CleanPhoto(image.getWidth(), image.getHeight(), ImageFiles.jpeg(image, 0.85f),
                    ImageFiles.jpeg(thumbnail, 0.8f));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw refused("validation.photo-broken");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(PhotoType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.readerFormat());
        if (!readers.hasNext()) {
            throw refused("validation.photo-not-a-photo");
        }
        return readers.next();
    }

    /**
     * A HEIC photo as PNG, through libheif where it is installed: the size its header
     * promises is checked first, and the conversion counts as one of the decodes at a time.
     */
    private byte[] heifAsPng(byte[] upload) {
        if (!heif.isAvailable()) {
            throw refused("validation.photo-heic");
        }
        long pixels = HeifConverter.largestDeclaredPixels(upload).orElseThrow(() -> refused("validation.photo-broken"));
        if (pixels > MAX_PIXELS) {
            throw refused("validation.photo-too-many-pixels", MAX_PIXELS / 1_000_000);
        }
        acquireDecoding();
        try {
            return heif.toPng(upload);
        } catch (IOException e) {
            throw refused("validation.photo-broken");
        } finally {
            decoding.release();
        }
    }

    private void acquireDecoding() {
        try {
            if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
                throw refused("validation.photo-busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("validation.photo-busy");
        }
    }

    private BufferedImage decode(ImageReader reader, int longSide) throws IOException {
        ImageReadParam parameters = reader.getDefaultReadParam();
        // decode every n-th pixel when the photo is at least twice as large as needed
        int step = Math.max(1, longSide / MAX_SIDE);
        parameters.setSourceSubsampling(step, step, 0, 0);
        AtomicBoolean damaged = new AtomicBoolean();
        // a file that ends too early decodes to a grey half-photo with only a warning; other
        // warnings (some cameras write a few stray bytes) leave a good photo and are let through
        reader.addIIOReadWarningListener((source, warning) -> {
            String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature") || text.contains("truncat") || text.contains("end of")) {
                damaged.set(true);
            }
        });
        acquireDecoding();
        try {
            BufferedImage image = reader.read(0, parameters);
            if (damaged.get() || image == null) {
                throw refused("validation.photo-broken");
            }
            return image;
        } finally {
            decoding.release();
        }
    }

    /** The EXIF orientation (1 = upright); 1 when the file has none or it cannot be read. */
    static int orientation(byte[] upload) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (Exception e) {
            // no readable metadata: take the photo as it is
        }
        return 1;
    }

    /** Plain RGB on white: transparency, grey and CMYK all end up as one kind of image. */
    private static BufferedImage flatten(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB || source.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return source; // already plain RGB: no second copy of a large photo
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Applies an EXIF orientation (1–8), so the photo comes out the way it was taken. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);  // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);  // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);   // mirrored, quarter turn
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);  // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored, quarter turn back
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);  // a quarter turn anticlockwise
            default -> null;
        };
        if (turn == null) {
            return source;
        }
        boolean sideways = orientation >= 5;
        BufferedImage target = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.drawImage(source, turn, null);
        g.dispose();
        return target;
    }

    /** Scales down (never up) so the long side is at most {@code maxSide}, halving first for quality. */
    static BufferedImage scale(BufferedImage source, int maxSide) {
        BufferedImage current = source;
        while (Math.max(current.getWidth(), current.getHeight()) > maxSide) {
            double factor = Math.max(0.5, (double) maxSide / Math.max(current.getWidth(), current.getHeight()));
            int width = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int height = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage next = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, width, height, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    private static InvalidValueException refused(String key, Object... arguments) {
        return new InvalidValueException("photo", key, arguments);
    }
}
