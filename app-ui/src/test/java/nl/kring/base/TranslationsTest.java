package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:action|nav|menu|role|login|password|overview|groups|group|roster|staff|about|error|validation"
                    + "|moodboard|scale|smallstep|lookback|distress|thought|swap|tablet|round|join|wishes|challenge"
                    + "|connection|database)"
                    + "\\.[a-z0-9.-]+)\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyNamedInTheCodeExistsInTheBundle() throws IOException {
        Set<String> bundle = load("i18n/messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../domain/src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) { // a prefix completed at run time, e.g. role. + name
                            named.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(bundle).containsAll(named);
    }

    @Test
    void everyActivityTypeHasANameAnAttitudeTipAndAWhatNowForTheTablet() throws IOException {
        Set<String> bundle = load("i18n/messages.properties").stringPropertyNames();
        for (nl.kring.domain.session.ActivityType type : nl.kring.domain.session.ActivityType.values()) {
            assertThat(bundle).contains("activity." + type.name(), "console.tip." + type.name(),
                    "tablet.what-now." + type.name());
        }
    }

    /** A key written twice silently loses its first text (it happened: "vragen per ronde" said "per vak"). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            java.util.List<String> keys = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
                    .filter(line -> line.contains("=") && !line.startsWith("#"))
                    .map(line -> line.substring(0, line.indexOf('='))).toList();
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void dutchIsTheDefaultAndUnknownLanguagesFallBackToIt() {
        KringI18NProvider provider = new KringI18NProvider();
        assertThat(provider.getTranslation("login.sign-in", java.util.Locale.of("nl"))).isEqualTo("Aanmelden");
        assertThat(provider.getTranslation("login.sign-in", java.util.Locale.GERMAN)).isEqualTo("Aanmelden");
        assertThat(provider.getTranslation("login.sign-in", java.util.Locale.ENGLISH)).isEqualTo("Sign in");
        assertThat(provider.getTranslation("validation.too-long", java.util.Locale.of("nl"), 80))
                .isEqualTo("Dit is te lang: gebruik hoogstens 80 tekens.");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
