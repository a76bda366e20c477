package nl.kring.moodboard;

import nl.kring.testing.TestContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.LiveSessionService;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.TabletSubmission;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The moodboard's rules on the real database: moves at the same time lose nothing, only
 * your own cards are yours to move, photos reach only the session's people, a tablet
 * that sends photo after photo is slowed down, and the exports hold what the board holds.
 */
class MoodboardServiceTest extends KringTestBase {

    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletMoodboardService tabletBoards;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    MoodboardService boards;
    @Autowired
    PhotoService photos;
    @Autowired
    nl.kring.session.DistressService distress;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestGroups testGroups;

    private SessionId sessionId;
    private StepId board;
    private final List<TabletToken> tokens = new ArrayList<>();

    @BeforeEach
    void startASession() {
        var created = testGroups.create("Waarde", true, "Annie", "Gerrit");
        Group group = created.group();
        List<Participant> people = created.people();
        Session started = signedIn.as("a-facilitator", () -> {
            Session planned = plans.plan(group.id(), "Een gesprek van waarde", Instant.parse("2026-11-24T09:00:00Z"),
                    Optional.empty());
            planned = plans.addStep(planned.id(), TestContent.SEEDS.quadrantBoard("Wat is voor jou van waarde?", false, TestContent.DUTCH), null,
                    planned.version());
            return live.start(planned.id());
        });
        sessionId = started.id();
        board = started.steps().getFirst().id();
        JoinCode code = started.live().joinCode();
        for (Participant person : people) {
            signedIn.anonymous(() -> tablets.open(code.value(), "10.3.0.1"));
            tokens.add(signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty())));
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private List<MoodCard> cards() {
        return signedIn.as("a-facilitator", () -> live.snapshot(sessionId)).moodCardsOf(board);
    }

    private void addText(int tablet, int area, String text) {
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(tablet), board, area, MoodCard.Content.text(text),
                null));
    }

    @Test
    void aFacilitatorAndATabletMovingCardsAtTheSameTimeLoseNoCard() throws Exception {
        addText(0, 0, "kleinkinderen");
        addText(0, 1, "zingen");
        addText(1, 2, "fietsen");
        List<MoodCard> start = cards();
        MoodCard annies = start.stream().filter(c -> c.text().equals("kleinkinderen")).findFirst().orElseThrow();
        MoodCard gerrits = start.stream().filter(c -> c.text().equals("fietsen")).findFirst().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Random random = new Random(5);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int facilitatorTo = random.nextInt(4);
                int tabletTo = random.nextInt(4);
                done.add(pool.submit((Callable<Void>) () -> {
                    signedIn.as("a-facilitator", () -> boards.move(sessionId, board, annies.id(), facilitatorTo,
                            gerrits.id()));
                    return null;
                }));
                done.add(pool.submit((Callable<Void>) () -> {
                    signedIn.anonymous(() -> tabletBoards.move(tokens.get(1), board, gerrits.id(), tabletTo, null));
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        List<MoodCard> after = cards();
        assertThat(after).extracting(MoodCard::text).containsExactlyInAnyOrder("kleinkinderen", "zingen", "fietsen");
        for (int area = 0; area < 4; area++) {
            int a = area;
            List<Long> ranks = after.stream().filter(c -> c.area() == a).map(MoodCard::rank).toList();
            assertThat(ranks).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCardWhoseWordsSuggestDistressWaitsForTheFacilitatorAndStaysOffTheSharedScreens() {
        addText(1, 0, "Soms wil ik niet meer leven");
        var snapshot = signedIn.as("a-facilitator", () -> live.snapshot(sessionId));
        assertThat(snapshot.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.source()).isEqualTo(nl.kring.session.LiveSnapshot.DistressAlert.Source.MOOD_CARD);
            assertThat(alert.text()).isEqualTo("Soms wil ik niet meer leven");
        });
        MoodCard held = cards().getFirst();
        assertThat(held.isShown()).isFalse();
        var alert = snapshot.alerts().getFirst();
        signedIn.as("a-facilitator", () -> distress.decide(sessionId, alert.source(), alert.id(), false));
        assertThat(signedIn.as("a-facilitator", () -> live.snapshot(sessionId)).alerts()).isEmpty();
        assertThat(cards().getFirst().isShown()).isFalse();
        byte[] pdf = signedIn.as("a-facilitator", () -> boards.export(sessionId, board, true, Locale.of("nl")));
        assertThat(squash(pdfText(pdf))).doesNotContain(squash("niet meer leven"));
    }

    private static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            return text;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTabletMovesAndRemovesOnlyItsOwnCardsAndNotAfterTheSessionEnded() {
        addText(0, 0, "kleinkinderen");
        MoodCard annies = cards().getFirst();
        assertThatThrownBy(() -> signedIn.anonymous(() -> tabletBoards.move(tokens.get(1), board, annies.id(), 3,
                null))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.card-gone"));
        assertThatThrownBy(() -> signedIn.anonymous(() -> tabletBoards.remove(tokens.get(1), board, annies.id())))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(0), board, 9,
                MoodCard.Content.text("nergens"), null))).isInstanceOf(InvalidValueException.class);
        signedIn.anonymous(() -> tabletBoards.remove(tokens.get(0), board, annies.id()));
        assertThat(cards()).isEmpty();

        signedIn.as("a-facilitator", () -> live.end(sessionId));
        assertThatThrownBy(() -> addText(0, 0, "te laat")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> signedIn.as("a-other", () -> boards.hide(sessionId, board, annies.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCardFromTheOutboxIsPutOnItsBoardOnceAndAPhotoNoCardCameForGoesWhenTheSessionEnds() {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.redLeftBlueRight(64, 48));
        KeptPhoto swapped = signedIn.anonymous(() -> tabletBoards.keepPhoto(tokens.get(0), board, jpeg));
        KeptPhoto chosen = signedIn.anonymous(() -> tabletBoards.keepPhoto(tokens.get(0), board, jpeg));
        // swapped for another: it goes (nobody but the tablet knows its id)
        assertThat(stored(swapped.id())).isTrue();
        signedIn.anonymous(() -> tabletBoards.discardPhoto(tokens.get(0), swapped.id()));
        assertThat(stored(swapped.id())).isFalse();

        UUID key = UUID.randomUUID();
        TabletSubmission photoCard = TabletSubmission.Draft.moodCard(board).with(key, "", Map.of(
                CardFields.KIND, "PHOTO", CardFields.CAPTION, "Mijn tuin", CardFields.AREA, "1",
                CardFields.PHOTO, chosen.id().value().toString(), CardFields.WORDS, "niet deze"));
        assertThat(signedIn.anonymous(() -> delivery.deliver(tokens.get(0), photoCard)).stored()).isTrue();
        // sent again after a lost answer: still one card
        assertThat(signedIn.anonymous(() -> delivery.deliver(tokens.get(0), photoCard)).stored()).isTrue();
        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(card.id().value()).isEqualTo(key);
            assertThat(card.area()).isEqualTo(1);
            assertThat(card.text()).isEqualTo("Mijn tuin");
            assertThat(card.photo()).isEqualTo(chosen.id());
        });
        // another tablet cannot claim that card by its key
        assertThatThrownBy(() -> signedIn.anonymous(() -> delivery.deliver(tokens.get(1), photoCard)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.card-gone"));

        // a colour travels as its place in the palette; a choice that is not there is refused in words
        signedIn.anonymous(() -> delivery.deliver(tokens.get(1), TabletSubmission.Draft.moodCard(board).with(
                UUID.randomUUID(), "", Map.of(CardFields.KIND, "COLOUR", CardFields.COLOUR, "2", CardFields.AREA, "3"))));
        assertThat(cards()).anySatisfy(card -> assertThat(card.colour()).isEqualTo(CardColour.values()[2]));
        assertThatThrownBy(() -> signedIn.anonymous(() -> delivery.deliver(tokens.get(1),
                TabletSubmission.Draft.moodCard(board).with(UUID.randomUUID(), "",
                        Map.of(CardFields.KIND, "TEXT", CardFields.WORDS, "ergens")))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.choose-area"));
        assertThatThrownBy(() -> signedIn.anonymous(() -> delivery.deliver(tokens.get(1),
                TabletSubmission.Draft.moodCard(board).with(UUID.randomUUID(), "",
                        Map.of(CardFields.KIND, "TEXT", CardFields.WORDS, "ergens", CardFields.AREA, "9")))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.area-gone"));

        // a photo whose card never came is deleted with the session's end; a placed one stays
        KeptPhoto neverPlaced = signedIn.anonymous(() -> tabletBoards.keepPhoto(tokens.get(1), board, jpeg));
        signedIn.as("a-facilitator", () -> live.end(sessionId));
        assertThat(stored(neverPlaced.id())).isFalse();
        assertThat(stored(chosen.id())).isTrue();
        // and its card, arriving late, says so instead of going silent
        assertThatThrownBy(() -> signedIn.anonymous(() -> delivery.deliver(tokens.get(1),
                TabletSubmission.Draft.moodCard(board).with(UUID.randomUUID(), "", Map.of(CardFields.KIND, "PHOTO",
                        CardFields.AREA, "0", CardFields.PHOTO, neverPlaced.id().value().toString())))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.photo-gone"));
    }

    private boolean stored(PhotoId photo) {
        return signedIn.anonymous(() -> photos.photo(photo, true, Set.of(sessionId))).isPresent();
    }

    @Test
    void aPhotoReachesOnlyTheSessionsBrowsersAndItsGroupsStaff() {
        CleanPhoto photo = signedIn.anonymous(() -> tabletBoards.cleanPhoto(tokens.get(0), board,
                TestPhotos.phonePhotoWithGpsTakenSideways()));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(0), board, 0, MoodCard.Content.text("x"), photo));
        PhotoId id = cards().getFirst().photo();
        assertThat(id).isNotNull();

        assertThat(signedIn.anonymous(() -> photos.photo(id, true, Set.of()))).isEmpty();
        assertThat(signedIn.anonymous(() -> photos.photo(id, true, Set.of(SessionId.newId())))).isEmpty();
        assertThat(signedIn.anonymous(() -> photos.photo(id, false, Set.of(sessionId))))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(photo.image()));
        assertThat(signedIn.as("a-expert", () -> photos.photo(id, true, Set.of())))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(photo.thumbnail()));
        assertThat(signedIn.as("a-other", () -> photos.photo(id, true, Set.of()))).isEmpty();
        assertThat(signedIn.as("b-facilitator", () -> photos.photo(id, true, Set.of()))).isEmpty();
    }

    @Test
    void aTabletThatSendsPhotoAfterPhotoIsAskedToWaitAndNothingIsStored() {
        byte[] good = TestPhotos.jpeg(TestPhotos.redLeftBlueRight(64, 64));
        int accepted = 0;
        InvalidValueException refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            try {
                signedIn.anonymous(() -> tabletBoards.cleanPhoto(tokens.get(1), board, good));
                accepted++;
            } catch (InvalidValueException e) {
                refused = e;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(refused.messageKey()).isEqualTo("validation.photo-too-many");
        // the other tablet is not slowed down by it
        assertThat(signedIn.anonymous(() -> tabletBoards.cleanPhoto(tokens.get(0), board, good)).width())
                .isEqualTo(64);
        assertThat(cards()).isEmpty();
    }

    @Test
    void theExportsHoldTheBoardItsPhotoAndItsWordsAsPlainText() throws Exception {
        CleanPhoto photo = signedIn.anonymous(() -> tabletBoards.cleanPhoto(tokens.get(0), board,
                TestPhotos.jpeg(TestPhotos.redLeftBlueRight(600, 400))));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(0), board, 0,
                MoodCard.Content.text("Mijn kleinkinderen <script>alert(1)</script>"), null));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(1), board, 1, MoodCard.Content.text("de tuin"),
                photo));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(1), board, 3,
                MoodCard.Content.song("Zij gelooft in mij", "André Hazes"), null));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(1), board, 2,
                MoodCard.Content.colour(CardColour.GEEL, "verborgen woorden"), null));
        MoodCard hidden = cards().stream().filter(c -> c.text().equals("verborgen woorden")).findFirst().orElseThrow();
        signedIn.as("a-facilitator", () -> boards.hide(sessionId, board, hidden.id(), true));

        byte[] pdf = signedIn.as("a-expert", () -> boards.export(sessionId, board, true, Locale.of("nl")));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        // table cells wrap lines anywhere: compare without white space
        String text = squash(new PdfTextExtractor(reader).getTextFromPage(1));
        reader.close();
        for (String expected : List.of("Een gesprek van waarde", "24 november 2026", "Hart", "Ziel", "Lichaam",
                "Hoofd", "Wie zijn belangrijk voor je?", "Mijn kleinkinderen <script>alert(1)</script>", "de tuin",
                "Zij gelooft in mij – André Hazes", "Annie", "Gerrit", "Bron: Movisie")) {
            assertThat(text).contains(squash(expected));
        }
        assertThat(text).doesNotContain(squash("verborgen woorden"));
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");

        byte[] png = signedIn.as("a-facilitator", () -> boards.export(sessionId, board, false, Locale.of("nl")));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isBetween(500, 4000);
        int red = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                if (c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60) {
                    red++;
                }
            }
        }
        assertThat(red).as("the photo's red half is drawn").isGreaterThan(500);
        assertThatThrownBy(() -> signedIn.as("b-facilitator", () -> boards.export(sessionId, board, true,
                Locale.of("nl")))).isInstanceOf(AccessDeniedException.class);
    }
}
