package nl.kring.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Step;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ready-made programmes from both Movisie publications, read from
 * {@code content/templates.json} at start-up (a broken file stops Kring at once, not in
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

    private final List<Template> templates;

    public BuiltInTemplates() {
        this.templates = load("content/templates.json");
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static List<Template> load(String resource) {
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = JSON.readTree(in);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
