package nl.kring.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import nl.kring.domain.organisation.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in content files under {@code content/}: one file per language, named like the
 * message bundles ({@code name.json} Dutch, {@code name_en.json} English), with the same
 * shape in every language. A missing or broken file stops Kring at start-up, not in front
 * of a group.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** The file name of a content file in one language. */
    public static String resource(String name, Language language) {
        return "content/" + name + (language == Language.DUTCH ? "" : "_" + language.locale().getLanguage())
                + ".json";
    }

    /** Every language's version of a content file. */
    public static Map<Language, JsonNode> readAll(String name) {
        Map<Language, JsonNode> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, read(resource(name, language)));
        }
        return all;
    }

    static JsonNode read(String resource) {
        try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing content file " + resource);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
