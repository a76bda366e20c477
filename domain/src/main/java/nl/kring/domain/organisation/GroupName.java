package nl.kring.domain.organisation;

import nl.kring.domain.shared.Texts;

/** The name of a group, unique within its organisation (compared without case). */
public record GroupName(String value) {

    public static final int MAX_LENGTH = 80;

    public GroupName {
        value = Texts.requireLine("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
