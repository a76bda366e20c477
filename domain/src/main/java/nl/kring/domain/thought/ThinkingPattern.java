package nl.kring.domain.thought;

/**
 * The thinking patterns of "Spelen met gedachten" §3 that a facilitator can tag a thought
 * with. Their Dutch names, explanations and examples live in the message bundle.
 */
public enum ThinkingPattern {
    ZWART_WIT,
    GENERALISEREN,
    MOETEN_OF_NIET_MOGEN,
    ANDERS
}
