package nl.kring.domain.organisation;

import nl.kring.domain.shared.Texts;

/**
 * How a person is shown: a staff member's full name, or a participant's first name or
 * nickname. One line, at most {@value #MAX_LENGTH} characters.
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 60;

    public PersonName {
        value = Texts.requireLine("name", value, MAX_LENGTH);
    }

    /**
     * Whether the two names would look the same on a tablet's name button (case does not
     * count): the roster's rule for telling people apart, and for a newcomer's namesake.
     */
    public boolean sameAs(PersonName other) {
        return value.equalsIgnoreCase(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
