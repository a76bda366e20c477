package nl.kring.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility checker, from the npm registry (installed once into
 * {@code target/axe} with npm), injected into a page by Playwright: the WCAG 2.2 A/AA rules
 * and best practices, with each violation's impact.
 */
public final class Axe {

    public static final String VERSION = "4.10.3";
    private static final Path HOME = Path.of("target", "axe");
    private static String script;

    /** One rule broken on a page: its id, impact (minor … critical), what it asks and where. */
    public record Violation(String id, String impact, String help, List<String> where) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " at " + where;
        }
    }

    private Axe() {
    }

    /** Runs axe on the page as it is now; returns the violations of the given impacts. */
    public static List<Violation> check(Page page, String... impacts) {
        page.evaluate(script());
        String json = (String) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                    resultTypes: ['violations']});
                  return JSON.stringify(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    where: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n')[1])})));
                }""");
        List<Violation> found = new ArrayList<>();
        JsonArray all = JsonParser.parseString(json).getAsJsonArray();
        for (JsonElement element : all) {
            var v = element.getAsJsonObject();
            String impact = v.get("impact").isJsonNull() ? "minor" : v.get("impact").getAsString();
            if (List.of(impacts).contains(impact)) {
                List<String> where = new ArrayList<>();
                v.getAsJsonArray("where").forEach(w -> where.add(w.getAsString()));
                found.add(new Violation(v.get("id").getAsString(), impact, v.get("help").getAsString(), where));
            }
        }
        return found;
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = HOME.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.isRegularFile(file)) {
                    install();
                }
                script = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core could not be read from " + file.toAbsolutePath(), e);
            }
        }
        return script;
    }

    private static void install() throws IOException {
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-save", "--no-audit",
                "--no-fund", "--loglevel=error", "axe-core@" + VERSION).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes());
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm could not install axe-core " + VERSION + " (needs npm and the "
                        + "npm registry; .ci/run installs npm):\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
