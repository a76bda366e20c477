package nl.kring.domain.smallstep;

/** The answer to "Is het gelukt?" at the next session. */
public enum Outcome {
    DONE, PARTLY, NOT_YET
}
