package nl.kring.session;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import nl.kring.base.ImageFiles;
import nl.kring.domain.session.CardImage;
import nl.kring.domain.session.ImageId;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into a picture that is safe to show: it must decode as an image;
 * it is scaled down to at most {@value #MAX_SIDE} pixels and written anew, which drops all
 * metadata (camera, location) and anything hidden in the file.
 */
@Component
class CardImages {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_SIDE = 1600;
    static final long MAX_PIXELS = 40_000_000L;

    CardImage clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidValueException("image", "validation.image-empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidValueException("image", "validation.image-too-large", MAX_BYTES / (1024 * 1024));
        }
        // a picture that promises more pixels than a photo has is not decoded at all
        if (ImageFiles.pixelsInHeader(upload).orElse(0) > MAX_PIXELS) {
            throw new InvalidValueException("image", "validation.image-too-many-pixels", MAX_PIXELS / 1_000_000);
        }
        BufferedImage read;
        try {
            read = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            read = null;
        }
        if (read == null || read.getWidth() < 1 || read.getHeight() < 1) {
            throw new InvalidValueException("image", "validation.image-unreadable");
        }
        boolean transparent = read.getColorModel().hasAlpha();
        BufferedImage scaled = scale(read, transparent);
        try {
            return transparent
                    ? new CardImage(ImageId.newId(), "image/png", png(scaled))
                    : new CardImage(ImageId.newId(), "image/jpeg", ImageFiles.jpeg(scaled, 0.85f));
        } catch (IOException e) {
            throw new InvalidValueException("image", "validation.image-unreadable");
        }
    }

    private static BufferedImage scale(BufferedImage source, boolean transparent) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
