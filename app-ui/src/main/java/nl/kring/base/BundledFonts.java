package nl.kring.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * DejaVu Sans, shipped in the jar, for every picture and PDF Kring draws: the result does
 * not depend on the fonts of the server, and Dutch accents and quotes are always there.
 */
public final class BundledFonts {

    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private BundledFonts() {
    }

    public static byte[] regular() {
        return REGULAR.clone();
    }

    public static byte[] bold() {
        return BOLD.clone();
    }

    /** The fonts for OpenPDF, embedded (subset) with Unicode encoding. */
    public static BaseFont pdfRegular() throws DocumentException, IOException {
        return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null);
    }

    public static BaseFont pdfBold() throws DocumentException, IOException {
        return BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null);
    }

    private static byte[] load(String resource) {
        try (InputStream in = BundledFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
