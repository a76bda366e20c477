package nl.kring.domain.session;

/**
 * Whether a contribution suggests acute distress, and what the facilitator decided.
 * A held contribution is shown to nobody but the facilitator's console until they decide.
 */
public enum Distress {
    /** Nothing in the text suggests acute distress. */
    NONE,
    /** It does: held back from the wall and the shared screen, a private alert on the console. */
    HELD,
    /** The facilitator read it and let it on the wall like any other. */
    SHOWN,
    /** The facilitator read it and keeps it off the wall; the alert is closed. */
    KEPT_PRIVATE;

    public boolean mayBeShown() {
        return this == NONE || this == SHOWN;
    }
}
