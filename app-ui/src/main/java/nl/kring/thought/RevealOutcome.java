package nl.kring.thought;

/** What a click on "toon" did. */
public enum RevealOutcome {
    REVEALED,
    /** Fewer than three wait: the facilitator must confirm, because the group might guess who wrote what. */
    NEEDS_CONFIRMATION,
    NOTHING_WAITING
}
