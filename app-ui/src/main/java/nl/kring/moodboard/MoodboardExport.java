package nl.kring.moodboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.kring.base.BundledFonts;
import nl.kring.domain.moodboard.Area;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.PhotoId;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Draws a moodboard as a PNG picture and as a PDF document, laid out like the worksheet:
 * the areas side by side (two per row), each with its title, its questions and its cards;
 * photos included. Texts are drawn as plain text (what someone typed as HTML is printed
 * as those characters). Both use the DejaVu Sans font shipped with Kring, so the result
 * does not depend on the fonts of the server.
 */
@Component
public class MoodboardExport {

    private static final int PNG_WIDTH = 1600;
    private static final int MARGIN = 40;
    private static final int GAP = 16;
    private static final int CARDS_PER_ROW = 3;
    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x64, 0x70);
    private static final Color LINE = new Color(0xc9, 0xcf, 0xd6);
    private static final Color CARD = new Color(0xf3, 0xf4, 0xf6);
    private static final Color HIGHLIGHT = new Color(0x1a, 0x6b, 0x5c);


    // ---- PNG ----

    /** The board as one picture, {@value #PNG_WIDTH} pixels wide and as high as its cards need. */
    public byte[] png(BoardPrint print) {
        try {
            Font text = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.regular()));
            Font heading = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bold()));
            // each photo is decoded once, not once per measuring and drawing pass
            Map<PhotoId, BufferedImage> decoded = new HashMap<>();
            print.photos().forEach((id, bytes) -> decoded.put(id, image(bytes)));
            Fonts fonts = new Fonts(decoded, heading.deriveFont(34f), text.deriveFont(20f), heading.deriveFont(26f),
                    text.deriveFont(17f), text.deriveFont(18f), text.deriveFont(15f));
            // measure first on a scratch canvas, then draw on one of the right height
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D measure = scratch.createGraphics();
            int height = drawBoard(measure, print, fonts, false);
            measure.dispose();
            BufferedImage image = new BufferedImage(PNG_WIDTH, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            drawBoard(g, print, fonts, true);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the moodboard could not be drawn", e);
        }
    }

    private record Fonts(Map<PhotoId, BufferedImage> photos, Font title, Font subtitle, Font area, Font question, Font card, Font owner) {
    }

    /** Draws (or only measures) the board; returns the height used. */
    private int drawBoard(Graphics2D g, BoardPrint print, Fonts fonts, boolean draw) {
        int y = MARGIN;
        y = text(g, fonts.title(), INK, print.sessionTitle(), MARGIN, y, PNG_WIDTH - 2 * MARGIN, draw);
        y = text(g, fonts.subtitle(), MUTED, print.date() + " · " + print.board().prompt(), MARGIN, y + 4,
                PNG_WIDTH - 2 * MARGIN, draw) + GAP;
        List<Area> areas = print.board().areas();
        int columns = areas.size() == 1 ? 1 : areas.size() <= 4 ? 2 : 3;
        int areaWidth = (PNG_WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
        for (int first = 0; first < areas.size(); first += columns) {
            int rowHeight = 0;
            for (int i = first; i < Math.min(first + columns, areas.size()); i++) {
                rowHeight = Math.max(rowHeight, drawArea(g, print, fonts, i, 0, 0, areaWidth, 0, false));
            }
            for (int i = first; i < Math.min(first + columns, areas.size()); i++) {
                int x = MARGIN + (i - first) * (areaWidth + GAP);
                drawArea(g, print, fonts, i, x, y, areaWidth, rowHeight, draw);
            }
            y += rowHeight + GAP;
        }
        y = text(g, fonts.owner(), MUTED, print.label("source"), MARGIN, y, PNG_WIDTH - 2 * MARGIN, draw);
        return y + MARGIN;
    }

    private int drawArea(Graphics2D g, BoardPrint print, Fonts fonts, int index, int x, int top, int width,
                         int height, boolean draw) {
        Area area = print.board().areas().get(index);
        int inner = width - 2 * GAP;
        int y = top + GAP;
        y = text(g, fonts.area(), INK, area.title(), x + GAP, y, inner, draw);
        for (String question : area.questions()) {
            y = text(g, fonts.question(), MUTED, "• " + question, x + GAP, y + 2, inner, draw);
        }
        y += GAP / 2;
        List<MoodCard> cards = print.cardsPerArea().get(index);
        if (cards.isEmpty()) {
            y = text(g, fonts.question(), MUTED, print.label("empty"), x + GAP, y, inner, draw);
        }
        int cardWidth = (inner - (CARDS_PER_ROW - 1) * GAP / 2) / CARDS_PER_ROW;
        for (int first = 0; first < cards.size(); first += CARDS_PER_ROW) {
            int rowHeight = 0;
            for (int i = first; i < Math.min(first + CARDS_PER_ROW, cards.size()); i++) {
                rowHeight = Math.max(rowHeight, drawCard(g, print, fonts, cards.get(i), 0, 0, cardWidth, 0, false));
            }
            for (int i = first; i < Math.min(first + CARDS_PER_ROW, cards.size()); i++) {
                int cardX = x + GAP + (i - first) * (cardWidth + GAP / 2);
                drawCard(g, print, fonts, cards.get(i), cardX, y, cardWidth, rowHeight, draw);
            }
            y += rowHeight + GAP / 2;
        }
        int used = y - top + GAP / 2;
        if (draw) {
            g.setColor(LINE);
            g.setStroke(new BasicStroke(2));
            g.drawRoundRect(x, top, width, Math.max(height, used), 16, 16);
        }
        return used;
    }

    private int drawCard(Graphics2D g, BoardPrint print, Fonts fonts, MoodCard card, int x, int top, int width,
                         int height, boolean draw) {
        int pad = 10;
        int y = top + pad;
        BufferedImage photo = card.kind() == CardKind.PHOTO ? fonts.photos().get(card.photo()) : null;
        int photoHeight = 0;
        if (photo != null) {
            photoHeight = Math.min(width - 2 * pad, photo.getHeight() * (width - 2 * pad) / photo.getWidth());
        }
        if (draw) {
            g.setColor(card.colour() == null ? CARD : Color.decode(card.colour().hex()));
            g.fillRoundRect(x, top, width, height, 12, 12);
            if (card.highlighted()) {
                g.setColor(HIGHLIGHT);
                g.setStroke(new BasicStroke(4));
                g.drawRoundRect(x, top, width, height, 12, 12);
            }
            if (photo != null) {
                int photoWidth = photo.getWidth() * photoHeight / photo.getHeight();
                g.drawImage(photo, x + (width - photoWidth) / 2, y, photoWidth, photoHeight, null);
            }
        }
        y += photoHeight + (photo != null ? pad / 2 : 0);
        String words = print.wordsOf(card);
        if (!words.isEmpty()) {
            y = text(g, fonts.card(), INK, words, x + pad, y, width - 2 * pad, draw);
        }
        String owner = print.ownerOf(card);
        if (!owner.isEmpty()) {
            y = text(g, fonts.owner(), MUTED, owner, x + pad, y + 2, width - 2 * pad, draw);
        }
        return y - top + pad;
    }

    /** Draws wrapped text from its top edge; returns the y below it. */
    private static int text(Graphics2D g, Font font, Color colour, String text, int x, int y, int width,
                            boolean draw) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int line = metrics.getHeight();
        for (String wrapped : wrap(text, metrics, width)) {
            if (draw) {
                g.setColor(colour);
                g.drawString(wrapped, x, y + metrics.getAscent());
            }
            y += line;
        }
        return y;
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
            // a very long word is cut to the width
            while (metrics.stringWidth(current.toString()) > width && current.length() > 1) {
                int fit = current.length() - 1;
                while (fit > 1 && metrics.stringWidth(current.substring(0, fit)) > width) {
                    fit--;
                }
                lines.add(current.substring(0, fit));
                current.delete(0, fit);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return bytes == null ? null : ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    // ---- PDF ----

    /** The board as an A4 landscape PDF; long boards continue on the next page. */
    public byte[] pdf(BoardPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont textFont = BundledFonts.pdfRegular();
            BaseFont boldFont = BundledFonts.pdfBold();
            var title = new org.openpdf.text.Font(boldFont, 18, org.openpdf.text.Font.NORMAL, INK);
            var subtitle = new org.openpdf.text.Font(textFont, 11, org.openpdf.text.Font.NORMAL, MUTED);
            var areaFont = new org.openpdf.text.Font(boldFont, 13, org.openpdf.text.Font.NORMAL, INK);
            var small = new org.openpdf.text.Font(textFont, 8.5f, org.openpdf.text.Font.NORMAL, MUTED);
            var cardFont = new org.openpdf.text.Font(textFont, 10, org.openpdf.text.Font.NORMAL, INK);
            PdfWriter.getInstance(document, out);
            document.addTitle(print.sessionTitle());
            document.addCreator("Kring");
            document.open();
            document.add(new Paragraph(print.sessionTitle(), title));
            Paragraph under = new Paragraph(print.date() + " · " + print.board().prompt(), subtitle);
            under.setSpacingAfter(8);
            document.add(under);
            List<Area> areas = print.board().areas();
            int columns = areas.size() == 1 ? 1 : areas.size() <= 4 ? 2 : 3;
            PdfPTable board = new PdfPTable(columns);
            board.setWidthPercentage(100);
            for (int i = 0; i < areas.size(); i++) {
                board.addCell(areaCell(print, i, areaFont, small, cardFont));
            }
            board.completeRow();
            document.add(board);
            Paragraph source = new Paragraph(print.label("source"), small);
            source.setSpacingBefore(6);
            document.add(source);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the moodboard could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private PdfPCell areaCell(BoardPrint print, int index, org.openpdf.text.Font areaFont,
                              org.openpdf.text.Font small, org.openpdf.text.Font cardFont) throws IOException {
        Area area = print.board().areas().get(index);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderColor(LINE);
        cell.addElement(new Paragraph(area.title(), areaFont));
        for (String question : area.questions()) {
            cell.addElement(new Paragraph("• " + question, small));
        }
        List<MoodCard> cards = print.cardsPerArea().get(index);
        if (cards.isEmpty()) {
            cell.addElement(new Paragraph(print.label("empty"), small));
            return cell;
        }
        PdfPTable grid = new PdfPTable(CARDS_PER_ROW);
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(6);
        grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        for (MoodCard card : cards) {
            PdfPCell tile = new PdfPCell();
            tile.setPadding(5);
            tile.setBorderColor(card.highlighted() ? HIGHLIGHT : Color.WHITE);
            tile.setBorderWidth(card.highlighted() ? 2 : 1);
            tile.setBackgroundColor(card.colour() == null ? CARD : Color.decode(card.colour().hex()));
            byte[] photo = card.kind() == CardKind.PHOTO ? print.photos().get(card.photo()) : null;
            if (photo != null) {
                Image image = Image.getInstance(photo);
                image.setAlignment(Element.ALIGN_CENTER);
                image.scaleToFit(110, 110);
                tile.addElement(image);
            }
            String words = print.wordsOf(card);
            if (!words.isEmpty()) {
                tile.addElement(new Phrase(words, cardFont));
            }
            String owner = print.ownerOf(card);
            if (!owner.isEmpty()) {
                tile.addElement(new Paragraph(owner, small));
            }
            grid.addCell(tile);
        }
        grid.completeRow();
        cell.addElement(grid);
        return cell;
    }

}
