package nl.kring.session.ui.activity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kring.domain.session.ActivityType;
import org.springframework.stereotype.Component;

/** Finds the screens of an activity type. Every type must have them (checked at start-up). */
@Component
public class ActivityUis {

    private final Map<ActivityType, ActivityUi> byType = new EnumMap<>(ActivityType.class);

    ActivityUis(List<ActivityUi> uis) {
        uis.forEach(ui -> byType.put(ui.type(), ui));
        for (ActivityType type : ActivityType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No screens for activity type " + type);
            }
        }
    }

    public ActivityUi of(ActivityType type) {
        return byType.get(type);
    }

    /** The types in the order they are offered when adding a step. */
    public List<ActivityType> types() {
        return List.of(ActivityType.values());
    }
}
