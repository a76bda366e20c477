package nl.kring.moodboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The moodboard in real Chromium: a tablet uploads a phone photo (taken sideways, with GPS)
 * and the shared screen shows it upright; a fake photo is refused in Dutch; a browser
 * outside the session cannot load the photo; cards move and hide on every screen; the
 * console downloads the board as PDF.
 */
class MoodboardIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final LocatorAssertions.ContainsTextOptions SOON_TEXT = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(15_000);

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("moodboard", "256m");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static Page newPage(int width, int height) {
        return app.newPage(width, height);
    }

    private static Page tablet(String joinCode, String name) {
        Page tablet = newPage(1024, 768);
        tablet.navigate(app.url("/join/" + joinCode));
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(tablet.getByText("Maak een kaart", new Page.GetByTextOptions().setExact(true))).isVisible(SOON);
        return tablet;
    }

    private static Locator area(Page page, String title) {
        return page.locator(".kring-mood-area[data-area='" + title + "']").first();
    }

    @Test
    void aTabletsPhotoReachesTheSharedScreenUprightAndOnlyThere() {
        Page console = newPage(1280, 900);
        String joinCode = DemoSession.start(console, app.url(""));
        console.locator(".kring-plan-step").nth(7).click(); // the moodboard, step 8 of the demo plan
        assertThat(console.locator(".kring-console-step").getByText("Wat is voor jou van waarde?").first())
                .isVisible(SOON);
        String href = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = newPage(1920, 1080);
        screen.navigate(app.url("/" + href));
        assertThat(area(screen, "Hart")).isVisible(SOON);

        Page annie = tablet(joinCode, "Annie");
        Page gerrit = tablet(joinCode, "Gerrit");

        // a web page renamed to .jpg: refused in words, nothing on the board
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Foto").setExact(true)).click();
        Locator gallery = annie.locator(".kring-photo-gallery input[type=file]");
        gallery.setInputFiles(new FilePayload("vakantie.jpg", "image/jpeg", TestPhotos.htmlNamedJpg()));
        assertThat(annie.getByText("Dit is geen foto die Kring kan lezen")).isVisible(SOON);

        // a phone photo, taken sideways with the place in it
        gallery.setInputFiles(new FilePayload("IMG_0042.jpg", "image/jpeg",
                TestPhotos.phonePhotoWithGpsTakenSideways()));
        assertThat(annie.getByText("Je foto is klaar")).isVisible(SOON);
        annie.getByLabel("Wil je er iets bij schrijven? (mag leeg)").fill("Mijn kleindochter");
        annie.locator(".kring-area-choice").getByText("Hart", new Locator.GetByTextOptions().setExact(true)).click();
        annie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op het bord")).click();
        assertThat(annie.getByText("Je kaart staat op het bord.")).isVisible(SOON);

        Locator onScreen = area(screen, "Hart").locator("img.kring-mood-photo");
        assertThat(onScreen).isVisible(SOON);
        screen.waitForFunction("img => img.complete && img.naturalWidth > 0", onScreen.elementHandle());
        // stored 400 × 200 and turned a quarter: upright it is 200 wide and 400 high
        assertThat(onScreen.evaluate("img => img.naturalWidth + 'x' + img.naturalHeight")).isEqualTo("200x400");
        assertThat(area(screen, "Hart").getByText("Mijn kleindochter")).isVisible();
        assertThat(area(console, "Hart").getByText("Annie")).isVisible(SOON);

        // the photo's address alone opens nothing for a browser outside the session
        String photoPath = onScreen.getAttribute("src");
        assertThat(photoPath).startsWith("/foto/");
        Page outsider = newPage(800, 600);
        assertThat(outsider.request().get(app.url(photoPath)).status()).isEqualTo(404);
        assertThat(screen.request().get(app.url(photoPath)).status()).isEqualTo(200);

        // Gerrit writes (HTML stays text) and moves his card without dragging
        gerrit.getByLabel("Wat wil je laten zien?").fill("<b>Samen koken</b>");
        gerrit.locator(".kring-area-choice").getByText("Hoofd", new Locator.GetByTextOptions().setExact(true)).click();
        gerrit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op het bord")).click();
        assertThat(area(screen, "Hoofd").getByText("<b>Samen koken</b>")).isVisible(SOON);
        gerrit.locator(".kring-mood-card", new Page.LocatorOptions().setHasText("Samen koken"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verplaats naar…")).first().click();
        gerrit.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Ziel").setExact(true)).click();
        assertThat(area(screen, "Ziel").getByText("<b>Samen koken</b>")).isVisible(SOON);
        assertThat(area(console, "Ziel").getByText("<b>Samen koken</b>")).isVisible(SOON);
        assertThat(area(annie, "Ziel").getByText("<b>Samen koken</b>")).isVisible(SOON);

        // the facilitator hides the photo: off the shared screen, still on the console
        console.locator(".kring-mood-card", new Page.LocatorOptions().setHasText("Mijn kleindochter"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verbergen")).click();
        assertThat(area(screen, "Hart").locator("img.kring-mood-photo")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(15_000));
        assertThat(area(console, "Hart").getByText("Verborgen: niet op het bord")).isVisible(SOON);

        // the board as PDF, from the console
        Download pdf = console.waitForDownload(() -> console.getByText("Download als PDF").click());
        byte[] bytes = readAll(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        abuseLeavesTheBoardAndTheServerAsTheyWere(annie, console, screen, photoPath, joinCode);
    }

    /** Bad photos each get their own message; a 100 MB upload past the browser's check is cut off. */
    private static void abuseLeavesTheBoardAndTheServerAsTheyWere(Page annie, Page console, Page screen,
                                                                  String photoPath, String joinCode) {
        Locator gallery = annie.locator(".kring-photo-gallery input[type=file]");
        // a slow connection: the upload shows its progress and can be stopped; nothing arrives
        var network = annie.context().newCDPSession(annie);
        com.google.gson.JsonObject slow = new com.google.gson.JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 100);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", 20_000); // 20 kB/s: a 1 MB photo takes almost a minute
        network.send("Network.emulateNetworkConditions", slow);
        gallery.setInputFiles(new FilePayload("langzaam.png", "image/png",
                TestPhotos.png(noise(600, 500))));
        assertThat(annie.locator(".kring-photo-gallery vaadin-progress-bar").first()).isVisible(SOON);
        annie.locator(".kring-photo-gallery").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Stoppen")).first().click();
        assertThat(annie.locator(".kring-photo-gallery vaadin-upload-file")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(15_000));
        slow.addProperty("uploadThroughput", -1);
        slow.addProperty("latency", 0);
        network.send("Network.emulateNetworkConditions", slow);
        assertThat(annie.getByText("Je foto is klaar")).hasCount(0);

        // Kring's own sentence under the upload (vaadin-upload may also announce a refused file
        // for a moment, in a live region with the file's name: the same words twice on the page)
        Locator problem = annie.locator(".kring-photo-problem");
        gallery.setInputFiles(new FilePayload("groot.jpg", "image/jpeg", new byte[16 * 1024 * 1024]));
        assertThat(problem).containsText("Deze foto is te groot: hoogstens 15 MB.", SOON_TEXT);
        gallery.setInputFiles(new FilePayload("bom.png", "image/png", TestPhotos.pngBomb()));
        assertThat(problem).containsText("Deze foto heeft te veel beeldpunten", SOON_TEXT);
        gallery.setInputFiles(new FilePayload("half.jpg", "image/jpeg", TestPhotos.truncatedJpeg()));
        assertThat(problem).containsText("Deze foto is beschadigd of niet helemaal aangekomen", SOON_TEXT);

        // straight to the upload address, as a script would, with the tablet's own session
        String target = (String) annie.locator(".kring-photo-gallery").first().evaluate("u => u.target");
        String cookies = annie.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(postHundredMegabytes(app.url("/" + target), cookies)).isNotEqualTo(200);
        assertThat(annie.request().get(app.url("/readyz")).status()).isEqualTo(200);
        assertThat(console.locator(".kring-mood-count")).hasText("2 kaarten, waarvan 1 verborgen");

        // fault suite, scenario 8: what is served (photo and thumbnail) carries no EXIF, GPS, XMP or thumbnail
        for (String variant : List.of(photoPath, photoPath + "?klein")) {
            var response = screen.request().get(app.url(variant));
            assertThat(response.status()).as(variant).isEqualTo(200);
            assertThat(metadataIn(response.body())).as("metadata in " + variant).isEmpty();
        }

        // scenario 7: a 50-megapixel photo is refused from its header, and five large photos sent at
        // the same moment by five tablets neither overrun the 256 MB heap nor block each other
        gallery.setInputFiles(new FilePayload("panorama.jpg", "image/jpeg", TestPhotos.jpeg(
                new java.awt.image.BufferedImage(8660, 5780, java.awt.image.BufferedImage.TYPE_BYTE_GRAY))));
        assertThat(annie.getByText("Deze foto heeft te veel beeldpunten")).isVisible(SOON);
        byte[] large = TestPhotos.jpeg(noise(4000, 3000));
        List<Page> five = new java.util.ArrayList<>();
        for (String name : List.of("Bep", "Henk", "Joke", "Riet", "Truus")) {
            Page tablet = tablet(joinCode, name);
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Foto").setExact(true)).click();
            five.add(tablet);
        }
        for (Page tablet : five) {
            tablet.locator(".kring-photo-gallery input[type=file]")
                    .setInputFiles(new FilePayload("groot-" + five.indexOf(tablet) + ".jpg", "image/jpeg", large));
        }
        for (Page tablet : five) {
            assertThat(tablet.getByText("Je foto is klaar")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(60_000));
        }
        assertThat(app.kring().output()).doesNotContain("OutOfMemoryError");
        assertThat(annie.request().get(app.url("/readyz")).status()).isEqualTo(200);
        // prepared, not placed: the board is as it was
        assertThat(console.locator(".kring-mood-count")).hasText("2 kaarten, waarvan 1 verborgen");
    }

    /** The metadata directories a reader finds in served image bytes, other than the image's own format. */
    private static List<String> metadataIn(byte[] image) {
        try {
            return java.util.stream.StreamSupport.stream(com.drew.imaging.ImageMetadataReader.readMetadata(
                            new java.io.ByteArrayInputStream(image)).getDirectories().spliterator(), false)
                    .map(com.drew.metadata.Directory::getName)
                    .filter(name -> name.contains("Exif") || name.contains("GPS") || name.contains("XMP")
                            || name.contains("Thumbnail") || name.contains("IPTC")
                            || name.contains("Photoshop"))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("served bytes are no readable image", e);
        }
    }

    /** Sends 100 MB of zeros as a photo, streamed; the status, or -1 when the server cut the connection. */
    private static int postHundredMegabytes(String url, String cookies) {
        String boundary = "kring-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"enorm.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(List.of(new java.io.ByteArrayInputStream(head),
                        new java.io.ByteArrayInputStream(new byte[0]) {
                            private long left = 100L * 1024 * 1024;

                            @Override
                            public synchronized int read(byte[] buffer, int offset, int length) {
                                if (left <= 0) {
                                    return -1;
                                }
                                int n = (int) Math.min(length, left);
                                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                                left -= n;
                                return n;
                            }
                        }, new java.io.ByteArrayInputStream(tail))));
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Cookie", cookies)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (java.io.IOException e) {
            return -1; // the server stopped reading: refused
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.awt.image.BufferedImage noise(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(9);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        return image;
    }

    private static byte[] readAll(Download download) {
        try (var in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
