package nl.kring.domain.moodboard;

/**
 * The colours a card can have: a fixed, named palette (a name is easier to choose and to
 * read aloud than a colour picker, and every colour keeps dark text readable on it).
 */
public enum CardColour {
    ROOD("#f4a6a6"), ORANJE("#f8c58c"), GEEL("#f7e48b"), GROEN("#b5dfa6"), BLAUW("#a9cdf0"),
    PAARS("#cdb5ea"), ROZE("#f5b8d6"), BRUIN("#d7bfa6"), GRIJS("#d5d8dc");

    private final String hex;

    CardColour(String hex) {
        this.hex = hex;
    }

    /** The colour as CSS and image code, e.g. {@code #f4a6a6}. */
    public String hex() {
        return hex;
    }
}
