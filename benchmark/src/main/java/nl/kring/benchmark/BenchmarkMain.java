package nl.kring.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.kring.domain.session.TabletToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the scenarios against packaged Kring processes on a standalone PostgreSQL and writes
 * {@code benchmark/report.md} and {@code benchmark/report.json}. Started by {@code benchmark/run}.
 * <p>
 * Settings (system properties): {@code kring.jar}, {@code tablets} (comma-separated totals,
 * default 30,300,1000), {@code clicks} (step changes per size, default 20), {@code out}
 * (report folder, default {@code benchmark}); the database from {@code KRING_DB_URL},
 * {@code KRING_DB_USER}, {@code KRING_DB_PASSWORD}.
 */
public final class BenchmarkMain {

    private static final String WATCH = """
            ([selector, target]) => {
              window.kringSeenAt = null;
              const check = () => {
                const area = document.querySelector(selector);
                if (window.kringSeenAt === null && area && area.innerText.includes(target)) {
                  window.kringSeenAt = performance.timeOrigin + performance.now();
                  window.kringObserver.disconnect();
                }
              };
              if (window.kringObserver) window.kringObserver.disconnect();
              window.kringObserver = new MutationObserver(check);
              window.kringObserver.observe(document.body, {subtree: true, childList: true, characterData: true});
              check();
            }""";
    private static final String TABLET_STEP = ".kring-tablet-step";
    private static final String CONSOLE_STEP = ".kring-console-step";
    private static final String MARK_CLICK = """
            () => {
              window.kringClickAt = null;
              document.addEventListener('click',
                () => window.kringClickAt = performance.timeOrigin + performance.now(), {capture: true, once: true});
            }""";

    private final Path jar = Path.of(System.getProperty("kring.jar", "app-ui/target/kring.jar"));
    private final int[] sizes = Arrays.stream(System.getProperty("tablets", "30,300,1000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    private final int clicks = Integer.getInteger("clicks", 20);
    private final int coldStarts = Integer.getInteger("coldStarts", 3);
    private final Path out = Path.of(System.getProperty("out", "benchmark"));
    private final String dbUrl = required("KRING_DB_URL");
    private final String dbUser = System.getenv().getOrDefault("KRING_DB_USER", "kring");
    private final String dbPassword = System.getenv().getOrDefault("KRING_DB_PASSWORD", "");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<SimulatedTablet> connected = new ArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new BenchmarkMain().run();
        System.exit(0);
    }

    private void run() throws Exception {
        heartbeats.scheduleAtFixedRate(() -> {
            synchronized (connected) {
                connected.forEach(SimulatedTablet::heartbeat);
            }
        }, 10, 10, TimeUnit.SECONDS);
        report.append("# Kring benchmark\n\n").append(machine()).append("\n\n");
        coldStart();
        List<Seed.SeededSession> sessions = oneNode();
        twoNodes(sessions.getLast());
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), report);
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.resolve("report.json").toFile(), json);
        System.out.println(report);
    }

    private Map<String, String> database() {
        return Map.of("KRING_DB_URL", dbUrl, "KRING_DB_USER", dbUser, "KRING_DB_PASSWORD", dbPassword,
                "KRING_DEMO_DATA", "false");
    }

    private void coldStart() throws Exception {
        if (coldStarts == 0) {
            return;
        }
        List<Double> embeddedFirst = new ArrayList<>();
        List<Double> embeddedLater = new ArrayList<>();
        List<Double> standalone = new ArrayList<>();
        List<Double> fastEmbedded = new ArrayList<>();
        List<Double> fastStandalone = new ArrayList<>();
        Map.Entry<Path, List<String>> fast = KringNode.prepareFastStart(jar, Map.of());
        for (int i = 0; i < coldStarts; i++) {
            Path dir = Files.createTempDirectory("kring-cold");
            try (KringNode node = KringNode.start(jar, dir, "512m", Map.of())) {
                embeddedFirst.add((double) node.coldStart.toMillis());
            }
            try (KringNode node = KringNode.start(jar, dir, "512m", Map.of())) {
                embeddedLater.add((double) node.coldStart.toMillis());
            }
            try (KringNode node = KringNode.start(fast.getKey(), dir, "512m", Map.of(), fast.getValue())) {
                fastEmbedded.add((double) node.coldStart.toMillis());
            }
            Path other = Files.createTempDirectory("kring-cold-db");
            try (KringNode node = KringNode.start(jar, other, "512m", database())) {
                standalone.add((double) node.coldStart.toMillis());
            }
            try (KringNode node = KringNode.start(fast.getKey(), other, "512m", database(), fast.getValue())) {
                fastStandalone.add((double) node.coldStart.toMillis());
            }
        }
        Map<String, Stats> rows = new LinkedHashMap<>();
        rows.put("embedded default, first start (initdb + demo data), java -jar", Stats.of(embeddedFirst));
        rows.put("embedded default, later start, java -jar", Stats.of(embeddedLater));
        rows.put("embedded default, later start, as ./kring (extracted + AOT cache)", Stats.of(fastEmbedded));
        rows.put("standalone PostgreSQL, java -jar", Stats.of(standalone));
        rows.put("standalone PostgreSQL, extracted + AOT cache", Stats.of(fastStandalone));
        section("Cold start: process start → `/join` served (ms)", rows, "coldStart");
    }

    /** Seeds the sessions (once the node has created the schema) and measures on one node; returns them. */
    private List<Seed.SeededSession> oneNode() throws Exception {
        try (KringNode node = KringNode.start(jar, Files.createTempDirectory("kring-node"), "2g", database());
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright)) {
            int sessionsNeeded = Arrays.stream(sizes).max().orElse(30) / Seed.PER_SESSION + 2;
            List<Seed.SeededSession> sessions = Seed.sessions(dbUrl, dbUser, dbPassword, sessionsNeeded);
            Seed.SeededSession measured = sessions.getFirst();
            Page console = console(browser, node, measured);
            List<Page> real = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                real.add(realTablet(browser, node, measured.tablets().get(i)));
            }
            List<Map<String, Object>> heap = new ArrayList<>();
            LiveObjects fewTablets = node.liveObjects();
            heap.add(Map.of("tablets", 3, "bytes", fewTablets.totalBytes()));
            List<SimulatedTablet> measuredSims = connect(node, measured.tablets().subList(3, Seed.PER_SESSION));
            // warm up the JIT on the real path before anything is measured
            for (int c = 0; c < 2 * clicks; c++) {
                click(console, c % 2 == 0, measuredSims, real, new ArrayList<>(), new ArrayList<>());
            }
            boolean forwardAfterWarmUp = true;
            Map<String, Stats> fanOut = new LinkedHashMap<>();
            Map<String, Object> fanOutJson = new LinkedHashMap<>();
            Integer capacity = null;
            int next = 1;
            LiveObjects manyTablets = fewTablets;
            boolean forward = forwardAfterWarmUp;
            BackgroundSessions background = new BackgroundSessions(dbUrl, dbUser, dbPassword);
            for (int size : sizes) {
                while (connectedCount() + 3 < size && next < sessions.size()) {
                    int missing = size - 3 - connectedCount();
                    Seed.SeededSession other = sessions.get(next++);
                    List<TabletToken> tokens = other.tablets();
                    connect(node, tokens.subList(0, Math.min(missing, tokens.size())));
                    if (!Boolean.getBoolean("noBackground")) {
                        background.add(other.id());
                    }
                }
                LiveObjects live = node.liveObjects();
                heap.add(Map.of("tablets", connectedCount() + 3, "bytes", live.totalBytes()));
                manyTablets = live;
                if (System.getProperty("heapDump") != null && size == sizes[sizes.length - 1]) {
                    node.heapDump(Path.of(System.getProperty("heapDump")));
                }
                List<Double> every = new ArrayList<>();
                List<Double> simulated = new ArrayList<>();
                List<Double> chromium = new ArrayList<>();
                for (int c = 0; c < clicks; c++) {
                    double slowest = click(console, forward, measuredSims, real, simulated, chromium);
                    every.add(slowest);
                    forward = !forward;
                }
                Stats all = Stats.of(every);
                fanOut.put(size + " tablets: click → step on every tablet of the session", all);
                fanOut.put(size + " tablets: click → one simulated tablet", Stats.of(simulated));
                fanOut.put(size + " tablets: click → one Chromium tablet (DOM)", Stats.of(chromium));
                fanOutJson.put(Integer.toString(size), Map.of("every", every, "simulated", simulated,
                        "chromium", chromium));
                if (capacity == null && all.p95() > 250) {
                    capacity = size;
                }
            }
            background.close();
            section("Fan-out on one node (2 GB heap), sessions of 30, every other session changing step every "
                    + BackgroundSessions.EVERY_SECONDS + " s; facilitator's click → change received (ms)", fanOut, null);
            json.put("fanOut", fanOutJson);
            heapSection(heap);
            growthSection(manyTablets.growthPerTablet(fewTablets, 3, connectedCount() + 3, 15), connectedCount() + 3);
            report.append(capacity == null
                    ? "Capacity: p95 stayed ≤ 250 ms up to the largest size tried (" + sizes[sizes.length - 1]
                            + " tablets).\n\n"
                    : "Capacity: p95 passed 250 ms at " + capacity + " tablets.\n\n");
            json.put("capacityFirstSizeOver250ms", capacity);
            SimulatedTablet screen = SimulatedTablet.sharedScreen(http, node.url(""), measured.screenToken())
                    .connect().join();
            answers(console, real, screen, forward);
            screen.close();
            reconnect(console, real.getFirst(), true);
            closeAll();
            return sessions;
        }
    }

    private void twoNodes(Seed.SeededSession session) throws Exception {
        try (KringNode a = KringNode.start(jar, Files.createTempDirectory("kring-a"), "1g", database());
             KringNode b = KringNode.start(jar, Files.createTempDirectory("kring-b"), "1g", database());
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright)) {
            Page console = console(browser, a, session);
            Map<String, Stats> rows = new LinkedHashMap<>();
            boolean forward = true;
            for (KringNode tabletsOn : List.of(a, b)) {
                List<SimulatedTablet> tablets = connect(tabletsOn, session.tablets());
                List<Double> one = new ArrayList<>();
                for (int c = 0; c < clicks; c++) {
                    click(console, forward, tablets, List.of(), one, new ArrayList<>());
                    forward = !forward;
                }
                rows.put(tabletsOn == a ? "tablets on the facilitator's node" : "tablets on the other node (NOTIFY relay)",
                        Stats.of(one));
                closeAll();
            }
            section("Two nodes: click on node A → step on a simulated tablet (ms)", rows, "twoNodes");
        }
    }

    /**
     * A Chromium tablet sends an answer; time until it is in the console's DOM and in a
     * (simulated) shared screen's push, at the largest load.
     */
    private void answers(Page console, List<Page> real, SimulatedTablet screen, boolean atCard) {
        if (atCard) {
            click(console, true, List.of(), real, new ArrayList<>(), new ArrayList<>());
        }
        List<Double> toConsole = new ArrayList<>();
        List<Double> toScreen = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            Page tablet = real.get(i % real.size());
            String answer = "Antwoord " + (1000 + i) + " uit de benchmark";
            screen.watch(answer);
            console.evaluate(WATCH, List.of(CONSOLE_STEP, answer));
            Locator question = tablet.locator(".kring-question").first();
            question.locator("textarea").fill(answer);
            tablet.evaluate(MARK_CLICK);
            question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            double clickedAt = ((Number) tablet.evaluate("window.kringClickAt")).doubleValue();
            toConsole.add(awaitPage(console) - clickedAt);
            toScreen.add(arrivedBy(screen, Instant.now().plusSeconds(30)) - clickedAt);
        }
        Map<String, Stats> rows = new LinkedHashMap<>();
        rows.put("answer → console (Chromium DOM)", Stats.of(toConsole));
        rows.put("answer → shared screen (simulated, push received)", Stats.of(toScreen));
        section("A tablet sends an answer (at " + sizes[sizes.length - 1] + " connected tablets, ms)", rows,
                "answers");
        // back to the card, so that the reconnect scenario starts from there
        click(console, false, List.of(), real, new ArrayList<>(), new ArrayList<>());
    }

    private void reconnect(Page console, Page tablet, boolean forward) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String target = forward ? Seed.QUESTION : Seed.CARD;
            tablet.context().setOffline(true);
            tablet.waitForTimeout(10_000);
            tablet.evaluate(WATCH, List.of(TABLET_STEP, target));
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(forward ? "Volgende" : "Vorige"))
                    .click();
            double back = now();
            tablet.context().setOffline(false);
            times.add(awaitPage(tablet) - back);
            forward = !forward;
        }
        section("Reconnect: network cut for 10 s, meanwhile a step change; network back → step in the DOM (ms)",
                Map.of("Chromium tablet", Stats.of(times)), "reconnect");
    }

    /** One step change; records per-tablet latencies; returns the slowest of the session. */
    private double click(Page console, boolean forward, List<SimulatedTablet> sims, List<Page> real,
                         List<Double> simulated, List<Double> chromium) {
        String target = forward ? Seed.QUESTION : Seed.CARD;
        sims.forEach(t -> t.watch(target));
        real.forEach(p -> p.evaluate(WATCH, List.of(TABLET_STEP, target)));
        console.evaluate(MARK_CLICK);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(forward ? "Volgende" : "Vorige"))
                .click();
        double clickedAt = ((Number) console.evaluate("window.kringClickAt")).doubleValue();
        double slowest = 0;
        Instant deadline = Instant.now().plusSeconds(30);
        for (SimulatedTablet tablet : sims) {
            double latency = arrivedBy(tablet, deadline) - clickedAt;
            simulated.add(latency);
            slowest = Math.max(slowest, latency);
        }
        for (Page page : real) {
            double latency = awaitPage(page) - clickedAt;
            chromium.add(latency);
            slowest = Math.max(slowest, latency);
        }
        return slowest;
    }

    /** When the watched text reached {@code tablet}, waiting (not spinning) until {@code deadline}. */
    private static double arrivedBy(SimulatedTablet tablet, Instant deadline) {
        try {
            return tablet.arrival().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new IllegalStateException("a simulated tablet did not receive the change in time");
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double awaitPage(Page page) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Object seen = page.evaluate("window.kringSeenAt");
            if (seen instanceof Number n) {
                return n.doubleValue();
            }
            page.waitForTimeout(5);
        }
        throw new IllegalStateException("a Chromium tablet did not show the change in 60 s");
    }

    private List<SimulatedTablet> connect(KringNode node, List<TabletToken> tokens) {
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<SimulatedTablet>> futures = new ArrayList<>();
        for (TabletToken token : tokens) {
            inFlight.acquireUninterruptibly();
            futures.add(new SimulatedTablet(http, node.url(""), token).connect()
                    .whenComplete((t, e) -> inFlight.release()));
        }
        List<SimulatedTablet> tablets = futures.stream().map(CompletableFuture::join).toList();
        synchronized (connected) {
            connected.addAll(tablets);
        }
        return tablets;
    }

    private int connectedCount() {
        synchronized (connected) {
            return connected.size();
        }
    }

    private void closeAll() {
        synchronized (connected) {
            connected.forEach(SimulatedTablet::close);
            connected.clear();
        }
    }

    private static Page console(Browser browser, KringNode node, Seed.SeededSession session) {
        Page console = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 800)).newPage();
        console.navigate(node.url("/login"));
        console.locator("input[name=username]").fill(Seed.FACILITATOR);
        console.locator("input[name=password]").fill(Seed.PASSWORD);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        console.waitForURL(url -> !url.contains("/login"));
        console.navigate(node.url("/console/" + session.id()));
        console.locator(".kring-join-code").waitFor();
        return console;
    }

    private static Page realTablet(Browser browser, KringNode node, TabletToken token) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1024, 768));
        context.addCookies(List.of(new Cookie("kring-tablet", token.value()).setUrl(node.url("/"))));
        Page page = context.newPage();
        page.navigate(node.url("/deelnemen"));
        page.locator(".kring-tablet-step").waitFor();
        return page;
    }

    private static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    private void heapSection(List<Map<String, Object>> points) {
        double[] x = points.stream().mapToDouble(p -> ((Number) p.get("tablets")).doubleValue()).toArray();
        double[] y = points.stream().mapToDouble(p -> ((Number) p.get("bytes")).doubleValue()).toArray();
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double r2 = sxx == 0 || syy == 0 ? 0 : (sxy * sxy) / (sxx * syy);
        report.append("## Retained heap per connected tablet UI\n\nLive objects after a full GC (jcmd GC.class_histogram):\n\n"
                + "| connected tablets | live heap (MB) |\n|---|---|\n");
        points.forEach(p -> report.append(String.format(Locale.ROOT, "| %d | %.1f |%n", p.get("tablets"),
                ((Number) p.get("bytes")).doubleValue() / (1024 * 1024))));
        report.append(String.format(Locale.ROOT, "%nSlope: **%.1f KB per tablet UI**, R² = %.3f.%n%n", slope / 1024,
                r2));
        json.put("heap", Map.of("points", points, "bytesPerTablet", slope, "r2", r2));
    }

    /** Where one tablet's bytes go: the classes that grew most from 3 tablets to the largest size. */
    private void growthSection(List<LiveObjects.PerTablet> growth, int tablets) {
        report.append("What one more tablet adds to the live heap, by class (3 → ").append(tablets)
                .append(" tablets, `jcmd GC.class_histogram`):\n\n| class | bytes per tablet | objects per tablet |\n"
                        + "|---|---|---|\n");
        growth.forEach(g -> report.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.1f |%n", g.className(),
                g.bytes(), g.instances())));
        report.append('\n');
        json.put("growthPerTablet", growth);
    }

    private void section(String title, Map<String, Stats> rows, String key) {
        report.append("## ").append(title).append("\n\n").append(Stats.HEADER).append('\n');
        rows.forEach((name, stats) -> report.append(stats.row(name)).append('\n'));
        report.append('\n');
        if (key != null) {
            json.put(key, rows);
        }
    }

    private static String machine() throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return String.format(Locale.ROOT, "Run %s on %s, %d cores, %d GB RAM, %s %s. Kring, PostgreSQL, the"
                        + " simulated tablets and Chromium share this machine.", Instant.now(), cpu,
                os.getAvailableProcessors(), os.getTotalMemorySize() / (1024L * 1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static double now() {
        Instant now = Instant.now();
        return now.toEpochMilli() + (now.getNano() % 1_000_000) / 1e6;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: benchmark/run sets it up");
        }
        return value;
    }
}
