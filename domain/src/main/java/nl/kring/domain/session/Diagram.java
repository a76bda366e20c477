package nl.kring.domain.session;

/** A drawing an information card can show: a picture made from words, not an uploaded image. */
public enum Diagram {
    /** The downward spiral of loneliness ("Spelen met gedachten", chapter 2). */
    DOWNWARD_SPIRAL
}
