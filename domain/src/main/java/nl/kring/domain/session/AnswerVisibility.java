package nl.kring.domain.session;

/** How the answers of a question round are shown: with the participant's name, or anonymously. */
public enum AnswerVisibility {
    NAMED,
    /** Shown without a name, and stored without the participant (and without a time). */
    ANONYMOUS
}
