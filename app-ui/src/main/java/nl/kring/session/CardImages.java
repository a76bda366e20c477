package nl.kring.session;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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

    CardImage clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidValueException("image", "validation.image-empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidValueException("image", "validation.image-too-large", MAX_BYTES / (1024 * 1024));
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
                    : new CardImage(ImageId.newId(), "image/jpeg", jpeg(scaled));
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

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
