package nl.kring.persistence.session;

import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a step's settings as JSON: the activity record as it is, with its type in a
 * column of its own. A new activity type therefore needs no migration and no code here.
 */
final class ActivityJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ActivityJson() {
    }

    static String write(Activity activity) {
        return JSON.writeValueAsString(activity);
    }

    static Activity read(String type, String json) {
        return JSON.readValue(json, ActivityType.valueOf(type).settingsType());
    }
}
