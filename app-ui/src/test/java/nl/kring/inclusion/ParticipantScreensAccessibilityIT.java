package nl.kring.inclusion;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kring.testing.Axe;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10: axe-core on every participant screen — the join page, the name choice, every
 * step of the demo plan (which holds every activity type: card, named and anonymous round,
 * thought wall and challenge, perspective swap, moodboard, small step, scale question, look
 * back, wishes) and the closing screen — on a tablet and on the shared screen; no serious or
 * critical violation. The facilitator's console: no critical one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantScreensAccessibilityIT {

    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);

    /** The most words on the shared screen at any step, join line and credits included. */
    private static final int SCREEN_WORDS = 90;

    private static KringInChromium app;
    private static Page console;
    private static Page tablet;
    private static Page screen;
    private static String joinCode;
    private final List<String> found = new ArrayList<>();
    /** Every check of this walk, in order, as the accessibility statement lists them. */
    private static final List<String> CHECKED = new ArrayList<>();

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("accessibility");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void everyParticipantScreenAndTheSharedScreenPassAxe() {
        console = app.newPage(1280, 900);
        joinCode = DemoSession.start(console, app.url(""));
        tablet = app.newPage(768, 1024);
        // what the tablet would say: speechSynthesis.speak is recorded instead of spoken
        tablet.addInitScript("window.kringSpoken = []; if ('speechSynthesis' in window) {"
                + " speechSynthesis.speak = u => window.kringSpoken.push({text: u.text, lang: u.lang}); }");
        tablet.navigate(app.url("/join"));
        assertThat(tablet.getByLabel("Code")).isVisible(SOON);
        check("join page", tablet, SERIOUS);
        fingerSized("join page", tablet);
        keyboardWalk("join page", tablet);
        tablet.navigate(app.url("/join/" + joinCode));
        assertThat(tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annie").setExact(true)))
                .isVisible(SOON);
        check("name choice", tablet, SERIOUS);
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annie").setExact(true)).click();
        assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);

        // the same tablet at 200 % zoom: 768 × 1024 device pixels are 384 × 512 CSS pixels
        Page zoomed = app.newPage(384, 512);
        zoomed.navigate(app.url("/join/" + joinCode));
        zoomed.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gerrit").setExact(true)).click();
        assertThat(zoomed.getByText("Welkom bij de kring")).isVisible(SOON);

        String screenAddress = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        screen = app.newPage(1920, 1080);
        screen.navigate(app.url("/" + screenAddress));
        assertThat(screen.getByText("Welkom bij de kring")).isVisible(SOON);

        Locator steps = console.locator(".kring-plan-step");
        int count = steps.count();
        assertThat(count).isEqualTo(12);
        for (int i = 0; i < count; i++) {
            String tabletBefore = text(tablet);
            String zoomedBefore = text(zoomed);
            String screenBefore = text(screen);
            if (i > 0) {
                steps.nth(i).click();
                changed(tablet, tabletBefore);
                changed(screen, screenBefore);
            }
            String label = "step " + (i + 1) + " (" + steps.nth(i).innerText().replace('\n', ' ') + ")";
            if (i > 0) {
                zoomed.waitForFunction("before => document.body.innerText !== before", zoomedBefore,
                        new Page.WaitForFunctionOptions().setTimeout(15_000));
            }
            fitsWithoutSideways(label + ", tablet at 200 %", zoomed);
            // every step says what to do now, at the top; every prompt or question has its own speaker
            assertThat(tablet.locator(".kring-what-now-do")).not().isEmpty();
            if (List.of(1, 3, 4, 7, 8, 9, 10, 11).contains(i)) { // cards: "Lees voor"; challenge, swap: waiting
                assertThat(tablet.locator(".kring-speaker").first()).isVisible();
            }
            readableFromFourMetres(label + ", shared screen", screen);
            fingerSized(label + ", tablet", tablet);
            readableSize(label + ", tablet", tablet);
            check(label + ", tablet", tablet, SERIOUS);
            check(label + ", shared screen", screen, SERIOUS);
            check(label + ", console", console, List.of("critical"));
            if (i == 3) {
                // a round without answers to tap does not tell anyone to tap one
                assertThat(tablet.locator(".kring-what-now-do")).hasText(
                        "Schrijf je antwoord in het vak. Tik dan op ‘Dit is mijn antwoord’. Niets schrijven mag ook.");
            }
            if (i == 1) {
                assertThat(tablet.locator(".kring-what-now-do")).containsText("Tik op een antwoord");
                // a question round with answers to tap: Annie answers without typing
                keyboardWalk(label + ", tablet", tablet);
                Locator first = tablet.locator(".kring-question").first();
                first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gaat wel")).click();
                assertThat(first.locator("textarea")).hasValue("Gaat wel");
                first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
                assertThat(screen.locator(".kring-answer", new Page.LocatorOptions().setHasText("Annie")))
                        .containsText("Gaat wel");
                assertThat(first.locator(".kring-my-answers")).containsText("Dit heb jij geschreven:");
            }
            if (i == 4) {
                // the thought wall: typing is optional, the seed's example thoughts can be tapped
                keyboardWalk(label + ", tablet", tablet);
                Locator example = tablet.locator(".kring-thought-box .kring-choice").first();
                String chosen = example.innerText().strip();
                example.click();
                assertThat(tablet.locator(".kring-thought-box textarea")).hasValue(chosen);
                assertThat(tablet.locator(".kring-thought-box .kring-source")).containsText("Bron: Movisie");
                tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dit is mijn gedachte")).click();
                assertThat(console.getByText("Er wacht 1 gedachte")).isVisible(SOON);
                console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon").setExact(true)).click();
                console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toch tonen")).click();
                // a screen reader hears that something came on the wall, as a count, once
                assertThat(tablet.locator(".kring-announcer[aria-live=polite]"))
                        .hasText("Er staat nu 1 bijdrage bij deze stap.", new LocatorAssertions.HasTextOptions()
                                .setTimeout(15_000));
            }
            if (i == 7) {
                keyboardWalk(label + ", tablet", tablet);
            }
        }

        assertThat(found).as("accessibility violations").isEmpty();
    }

    @Test
    @Order(2)
    void theReadAloudButtonSpeaksThePromptInDutchAndCanReadEveryNewStep() {
        Page riet = app.newPage(768, 1024);
        riet.addInitScript("window.kringSpoken = []; speechSynthesis.speak ="
                + " u => window.kringSpoken.push({text: u.text, lang: u.lang});");
        riet.navigate(app.url("/join/" + joinCode));
        riet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Riet").setExact(true)).click();
        console.locator(".kring-plan-step").nth(1).click();
        assertThat(riet.getByText("Hoe is het met je?")).isVisible(SOON);
        Page tablet = riet;

        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lees voor").setExact(true)).click();
        tablet.waitForFunction("() => window.kringSpoken.length === 1");
        assertThat(tablet.evaluate("() => window.kringSpoken[0].lang")).isEqualTo("nl-NL");
        assertThat((String) tablet.evaluate("() => window.kringSpoken[0].text"))
                .contains("Hoe is het met je?", "Wat heb je deze week gedaan?");
        // the speaker beside one question reads that question only
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Lees voor: Wat heb je deze week gedaan?")).click();
        tablet.waitForFunction("() => window.kringSpoken.length === 2");
        assertThat(tablet.evaluate("() => window.kringSpoken[1].text")).isEqualTo("Wat heb je deze week gedaan?");
        assertThat(tablet.evaluate("() => window.kringSpoken[1].lang")).isEqualTo("nl-NL");

        // read every new step: on, remembered on the tablet, and the next step is read by itself
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Elke stap voorlezen: uit")).click();
        assertThat(tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Elke stap voorlezen: aan")))
                .hasAttribute("aria-pressed", "true");
        console.locator(".kring-plan-step").nth(2).click();
        tablet.waitForFunction("() => window.kringSpoken.some(s => s.text.includes('neerwaartse spiraal'))", null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        assertThat(tablet.evaluate("() => localStorage.getItem('kringReadAloud')")).isEqualTo("on");
        // and a screen reader hears the new step once, politely
        assertThat(tablet.locator("[aria-live=polite]").filter(new Locator.FilterOptions().setHasText("Nieuwe stap")))
                .hasText("Nieuwe stap: stap 3 van 12.");

        // strong contrast: on for the whole page, remembered after a reload, and still passing axe
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sterk contrast: uit")).click();
        assertThat(tablet.locator("html.kring-high-contrast")).hasCount(1);
        tablet.reload();
        assertThat(tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sterk contrast: aan")))
                .isVisible(SOON);
        assertThat(tablet.locator("html.kring-high-contrast")).hasCount(1);
        check("strong contrast, tablet", tablet, SERIOUS);
        assertThat(found).as("accessibility violations").isEmpty();
    }

    @Test
    @Order(3)
    void theClosingScreensPassAxe() {
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        console.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Bijeenkomst beëindigen")).click();
        assertThat(tablet.getByText("De bijeenkomst is afgelopen.")).isVisible(SOON);
        check("closing screen, tablet", tablet, SERIOUS);
        check("closing screen, shared screen", screen, SERIOUS);
        check("results, console", console, List.of("critical"));

        assertThat(found).as("accessibility violations").isEmpty();
    }

    @Test
    @Order(4)
    void theStaffPagesHaveNoCriticalViolation() {
        Page coordinator = app.newPage(1280, 900);
        coordinator.navigate(app.url("/login"));
        check("sign-in page", coordinator, List.of("critical"));
        coordinator.locator("input[name=username]").fill("coordinator");
        coordinator.locator("input[name=password]").fill("kring-demo");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        coordinator.waitForURL(url -> !url.contains("/login"));
        for (String page : List.of("overzicht", "groepen", "medewerkers", "aanwezigheid", "opvolgen", "privacy",
                "programmas", "voorbereiding", "over")) {
            coordinator.navigate(app.url("/" + page));
            coordinator.locator(".kring-page, vaadin-app-layout").first().waitFor();
            check("/" + page + ", coordinator", coordinator, List.of("critical"));
        }
        assertThat(found).as("critical accessibility violations on staff pages").isEmpty();
    }

    /**
     * Issue 22: the privacy notice (linked from the join page) and the accessibility statement
     * pass the same checks; the statement lists exactly what this walk checked, so it cannot
     * claim a check that no longer runs.
     */
    @Test
    @Order(5)
    void thePrivacyNoticeAndTheAccessibilityStatementPassAndTheStatementIsTrue() throws IOException {
        Page visitor = app.newPage(768, 1024);
        visitor.navigate(app.url("/join"));
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat bewaart Kring over mij?")).click();
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat Kring over jou bewaart")))
                .isVisible(SOON);
        assertThat(visitor.getByText("Een gedachte zonder naam blijft zonder naam.")).isVisible();
        readableSize("privacy notice, tablet", visitor);
        fingerSized("privacy notice, tablet", visitor);
        check("privacy notice, tablet", visitor, SERIOUS);
        Page reader = app.newPage(1280, 900);
        reader.navigate(app.url("/toegankelijkheid"));
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Toegankelijkheidsverklaring")))
                .isVisible(SOON);
        check("accessibility statement", reader, SERIOUS);
        assertThat(found).as("accessibility violations").isEmpty();

        String checked = "# axe-core " + Axe.VERSION + "\n" + String.join("\n", CHECKED) + "\n";
        Path written = Path.of("target", "accessibility", "checked.txt");
        Files.createDirectories(written.getParent());
        Files.writeString(written, checked);
        assertThat(Files.readString(Path.of("src", "main", "resources", "accessibility", "checked.txt")))
                .as("the accessibility statement's list is what this walk checked; if the walk changed,"
                        + " copy app-ui/target/accessibility/checked.txt to app-ui/src/main/resources/accessibility/")
                .isEqualTo(checked);
        assertThat(reader.getByText("axe-core " + Axe.VERSION, new Page.GetByTextOptions().setExact(false)))
                .isVisible();
    }

    /** 200 % zoom: nothing wider than the screen, so nobody has to scroll sideways to reach a button. */
    private void fitsWithoutSideways(String where, Page page) {
        Object overflow = page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const wide = [...document.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-text-area, p, h1, h2, h3, li')]
                    .filter(e => e.offsetParent !== null && !e.closest('vaadin-connection-indicator'))
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + ' "' + (e.innerText || '').trim().slice(0, 30) + '"');
                  if (document.documentElement.scrollWidth > width + 1) {
                    wide.unshift('page scrolls sideways (' + [...document.querySelectorAll('.kring-tablet *')]
                      .filter(e => e.getBoundingClientRect().right > width + 1)
                      .map(e => e.tagName.toLowerCase() + '.' + (e.className || '') + ' "' + (e.innerText || '').slice(0, 60) + '" in ' + (e.parentElement ? e.parentElement.className : '')).slice(-3).join(', ') + ')');
                  }
                  return wide.slice(0, 5).join('; ');
                }""");
        if (!"".equals(overflow)) {
            found.add(where + ": " + overflow);
        }
    }

    /**
     * The shared screen from 4 m on a 50-inch 1080p TV (1920 × 1080 CSS px; 1 px ≈ 0.58 mm): no
     * text under 32 px (≈ 13 mm capitals, 11 arc minutes at 4 m, which people with half the
     * usual sharpness of sight still read; a drawing's words as drawn, after its scaling), the
     * join code at least 120 px, and few words.
     */
    private void readableFromFourMetres(String where, Page page) {
        Object small = page.evaluate("""
                () => [...document.querySelectorAll('.kring-screen *')]
                  .filter(e => e.getClientRects().length > 0 && !e.closest('.kring-visually-hidden, vaadin-connection-indicator'))
                  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                  .map(e => [e, parseFloat(getComputedStyle(e).fontSize) * (e instanceof SVGGraphicsElement ? e.ownerSVGElement.getBoundingClientRect().width / e.ownerSVGElement.viewBox.baseVal.width : 1)])
                  .filter(([e, size]) => size < 31.5)
                  .map(([e, size]) => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || '') + ' "' + e.textContent.trim().slice(0, 30) + '" ' + Math.round(size) + 'px')
                  .slice(0, 6).join('; ')""");
        if (!"".equals(small)) {
            found.add(where + ": too small from 4 m: " + small);
        }
        Object code = page.evaluate("""
                () => { const c = document.querySelector('.kring-screen .kring-join-code');
                        return c && c.getClientRects().length > 0 ? parseFloat(getComputedStyle(c).fontSize) : -1; }""");
        double codeSize = ((Number) code).doubleValue();
        if (codeSize >= 0 && codeSize < 120) {
            found.add(where + ": join code only " + codeSize + " px");
        }
        int words = ((Number) page.evaluate(
                "() => document.querySelector('.kring-screen').innerText.split(/\\s+/).filter(w => w).length")).intValue();
        System.out.println("[4 m] " + where + ": " + words + " words, join code " + codeSize + " px");
        if (words > SCREEN_WORDS) {
            found.add(where + ": " + words + " words, more than a room reads at a glance");
        }
    }

    /**
     * Tab through the page as a keyboard or switch user would: every control that gets the
     * focus has a name, shows a clear outline, and the order runs from top to bottom.
     */
    private void keyboardWalk(String where, Page page) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        page.locator("body").focus();
        List<String> problems = new ArrayList<>();
        double lastTop = -1;
        String lastName = "";
        int stops = 0;
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> focus = (java.util.Map<String, Object>) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body) { return null; }
                      const host = e.closest('[focus-ring]') || e;
                      const style = getComputedStyle(host);
                      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                      const label = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].innerText)
                        || host.getAttribute('aria-label') || (host.innerText || '').trim() || e.getAttribute('title') || '';
                      const r = host.getBoundingClientRect();
                      return { name: label.trim().slice(0, 40), outlined, top: r.top + window.scrollY,
                               tabindex: e.tabIndex, tag: host.tagName.toLowerCase() };
                    }""");
            if (focus == null) {
                break;
            }
            String name = (String) focus.get("name");
            double top = ((Number) focus.get("top")).doubleValue();
            if (name.equals(lastName) && Math.abs(top - lastTop) < 1) {
                continue; // the same control again (a field and its inner input)
            }
            stops++;
            String what = focus.get("tag") + " \"" + name + "\"";
            if (name.isEmpty()) {
                problems.add("no name: " + what);
            }
            if (!Boolean.TRUE.equals(focus.get("outlined"))) {
                problems.add("no visible focus: " + what);
            }
            if (((Number) focus.get("tabindex")).intValue() > 0) {
                problems.add("own tab order: " + what);
            }
            if (top < lastTop - 4) {
                problems.add("goes back up to " + what + " after \"" + lastName + "\"");
            }
            lastTop = top;
            lastName = name;
        }
        System.out.println("[keyboard] " + where + ": " + stops + " stops");
        if (stops < 2) {
            problems.add("only " + stops + " controls reached with Tab");
        }
        problems.forEach(p -> found.add(where + ", keyboard: " + p));
    }

    /** No text on a tablet below 18 px. */
    private void readableSize(String where, Page page) {
        Object small = page.evaluate("""
                () => [...document.querySelectorAll('.kring-tablet *')]
                  .filter(e => e.offsetParent !== null && !e.closest('.kring-visually-hidden'))
                  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                  .filter(e => parseFloat(getComputedStyle(e).fontSize) < 17.5)
                  .map(e => e.tagName.toLowerCase() + ' "' + e.innerText.trim().slice(0, 30) + '" ' + getComputedStyle(e).fontSize)
                  .slice(0, 6).join('; ')""");
        if (!"".equals(small)) {
            found.add(where + ": text below 18 px: " + small);
        }
    }

    /** Every control a participant uses is at least 48 × 48 CSS pixels. */
    private void fingerSized(String where, Page page) {
        Object small = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-text-area, vaadin-upload, a[href], [role=button]')]
                  .filter(e => e.offsetParent !== null && !e.closest('vaadin-connection-indicator'))
                  .map(e => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width > 0 && (r.width < 48 || r.height < 48))
                  .map(([e, r]) => e.tagName.toLowerCase() + ' "' + (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '" ' + Math.round(r.width) + '×' + Math.round(r.height))
                  .slice(0, 6).join('; ')""");
        if (!"".equals(small)) {
            found.add(where + ": too small for a finger: " + small);
        }
    }

    private void check(String where, Page page, List<String> impacts) {
        Axe.check(page, impacts.toArray(String[]::new)).forEach(v -> found.add(where + ": " + v));
        CHECKED.add((impacts.contains("serious") ? "serious" : "critical") + " | " + where);
    }

    private static String text(Page page) {
        return (String) page.evaluate("() => document.body.innerText");
    }

    private static void changed(Page page, String before) {
        page.waitForFunction("before => document.body.innerText !== before", before,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
    }
}
