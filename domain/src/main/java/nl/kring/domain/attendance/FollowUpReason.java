package nl.kring.domain.attendance;

/** Why someone is on the follow-up list (opvolgen). */
public enum FollowUpReason {
    /** Missed the last two sessions of the group (absent or excused). */
    MISSED_TWO_IN_A_ROW,
    /** Came to clearly fewer of the recent sessions than before, and missed the last one. */
    ATTENDANCE_FALLING,
    /** New in the group (at most three sessions) and missed the last one. */
    NEWCOMER_MISSED
}
