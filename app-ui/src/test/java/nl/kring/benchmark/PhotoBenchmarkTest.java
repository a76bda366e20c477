package nl.kring.benchmark;

import nl.kring.testing.TestContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.CardOwner;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.moodboard.BoardPrint;
import nl.kring.moodboard.CleanPhoto;
import nl.kring.moodboard.MoodboardExport;
import nl.kring.moodboard.PhotoPipeline;
import nl.kring.moodboard.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What a moodboard photo and an export cost on this machine: time per photo through the
 * pipeline (a 12 MP phone photo, a 40 MP one, a bomb refused), bytes allocated per photo,
 * and the time to draw a full board as PNG and PDF. Writes
 * {@code app-ui/target/benchmark/moodboard.md}. Run with {@code -Dkring.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "kring.benchmark", matches = "true")
class PhotoBenchmarkTest {

    private static final int RUNS = 10;

    private final PhotoPipeline pipeline = new PhotoPipeline();
    private final MoodboardExport export = new MoodboardExport();

    @Test
    void photosAndExports() throws Exception {
        byte[] twelve = phoneLikeJpeg(4000, 3000);
        byte[] forty = phoneLikeJpeg(7700, 5190);
        byte[] bomb = TestPhotos.pngBomb();
        List<String> rows = new ArrayList<>();
        rows.add(row("12 MP phone JPEG (" + twelve.length / 1024 + " KB) → clean", () -> pipeline.clean(twelve)));
        rows.add(row("40 MP JPEG (" + forty.length / 1024 + " KB) → clean", () -> pipeline.clean(forty)));
        rows.add(row("2.5 GP PNG bomb → refused", () -> {
            try {
                pipeline.clean(bomb);
            } catch (RuntimeException refused) {
                return refused;
            }
            throw new IllegalStateException("the bomb was not refused");
        }));
        CleanPhoto clean = pipeline.clean(twelve);
        BoardPrint print = board(clean);
        rows.add(row("export a 4-area board, 32 cards, 8 photos → PNG", () -> export.png(print)));
        rows.add(row("export the same board → PDF", () -> export.pdf(print)));

        String report = "# Moodboard photos and exports\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB. " + RUNS + " runs after 2 warm-up runs.\n\n"
                + "| what | min ms | median ms | max ms | allocated MB per run |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\nCleaned 12 MP photo: " + clean.image().length / 1024
                + " KB (" + clean.width() + "×" + clean.height() + "), thumbnail " + clean.thumbnail().length / 1024
                + " KB.\n";
        Path out = Path.of("target", "benchmark", "moodboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(report).contains("PNG bomb");
    }

    private static String row(String what, Supplier<Object> work) {
        return TimedRuns.row(what, RUNS, work);
    }

    /** Smooth light and some grain, so the JPEG is about as large as a phone's. */
    private static byte[] phoneLikeJpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), width, height, new Color(240, 200, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(1);
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(200), 20 + random.nextInt(200));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static BoardPrint board(CleanPhoto photo) {
        SessionId session = SessionId.newId();
        StepId step = StepId.newId();
        Moodboard board = TestContent.SEEDS.quadrantBoard("Wat is voor jou van waarde?", false, TestContent.DUTCH);
        List<List<MoodCard>> perArea = new ArrayList<>();
        Map<PhotoId, byte[]> photos = new HashMap<>();
        for (int area = 0; area < 4; area++) {
            List<MoodCard> cards = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CardOwner owner = CardOwner.participant(ParticipantId.newId(), "Deelnemer " + i);
                MoodCard.Content content = switch (i % 4) {
                    case 0 -> {
                        PhotoId id = PhotoId.newId();
                        photos.put(id, photo.thumbnail()); // as the service exports
                        yield MoodCard.Content.photo(id, "Een foto van iets dat ertoe doet");
                    }
                    case 1 -> MoodCard.Content.song("Zij gelooft in mij", "André Hazes");
                    case 2 -> MoodCard.Content.colour(CardColour.GROEN, "De tuin in de zomer");
                    default -> MoodCard.Content.text("Mijn kleinkinderen komen elke zondag op bezoek");
                };
                cards.add(MoodCard.create(session, step, owner, area, i, content));
            }
            perArea.add(cards);
        }
        return new BoardPrint("Een gesprek van waarde", "24 november 2026", board, perArea, photos,
                Map.of("source", "Bron: Movisie", "empty", "Nog geen kaarten."));
    }
}
