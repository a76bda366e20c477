package nl.kring.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kring.content.ContentFiles;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ready-made programmes from both Movisie publications, read from
 * {@code content/templates.json} and its translations at start-up (a broken file stops Kring at once, not in
 * front of a group). A template's steps are activity settings exactly as a session plan
 * stores them, so every step is checked by the same domain rules.
 */
@Component
public class BuiltInTemplates {

    /** A programme: its key (names and descriptions are in the bundles) and its steps. */
    public record Template(String key, String source, List<Step> steps) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<Language, List<Template>> templates = new EnumMap<>(Language.class);

    public BuiltInTemplates() {
        ContentFiles.readAll("templates").forEach((language, root) -> templates.put(language, parse(root)));
    }

    /** The programmes in a language (a plan made from one keeps these words). */
    public List<Template> all(Locale locale) {
        return templates.get(Language.of(locale));
    }

    public Optional<Template> find(String key, Locale locale) {
        return all(locale).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static List<Template> parse(JsonNode root) {
            List<Template> templates = new ArrayList<>();
            for (JsonNode template : root.get("templates")) {
                List<Step> steps = new ArrayList<>();
                for (JsonNode step : template.get("steps")) {
                    ActivityType type = ActivityType.valueOf(step.get("type").asString());
                    Activity activity = JSON.treeToValue(step.get("settings"), type.settingsType());
                    JsonNode minutes = step.get("minutes");
                    steps.add(Step.of(activity, minutes == null || minutes.isNull() ? null
                            : Duration.ofMinutes(minutes.asInt())));
                }
                templates.add(new Template(template.get("key").asString(), template.get("source").asString(),
                        List.copyOf(steps)));
            }
            return List.copyOf(templates);
    }
}
