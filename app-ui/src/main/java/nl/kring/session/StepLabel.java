package nl.kring.session;

import nl.kring.domain.session.Activity;

/** How a step is named in lists and reports: the activity's name, and its headline when it has one. */
public final class StepLabel {

    private StepLabel() {
    }

    /** "Schaalvraag: Hoe gemotiveerd…", or only the activity's name when the headline is empty. */
    public static String of(String activityName, Activity activity) {
        return activity.headline().isEmpty() ? activityName : activityName + ": " + activity.headline();
    }

    /** The headline, or the activity's name when the activity has none. */
    public static String headlineOr(String activityName, Activity activity) {
        return activity.headline().isEmpty() ? activityName : activity.headline();
    }
}
