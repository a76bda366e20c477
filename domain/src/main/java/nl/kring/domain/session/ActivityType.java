package nl.kring.domain.session;

/**
 * The kinds of activity a step can hold. A new activity type adds a constant here (with
 * the record that holds its settings) and its screens in the application; the session
 * engine, storage and live push need no change.
 */
public enum ActivityType {
    INFORMATION_CARD(InformationCard.class),
    QUESTION_ROUND(QuestionRound.class);

    private final Class<? extends Activity> settingsType;

    ActivityType(Class<? extends Activity> settingsType) {
        this.settingsType = settingsType;
    }

    /** The record that holds a step's settings for this type (stored as JSON). */
    public Class<? extends Activity> settingsType() {
        return settingsType;
    }
}
