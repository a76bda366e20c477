package nl.kring.domain.shared;

import java.util.Objects;

/**
 * A value broke one of the domain's rules. Carries an i18n message key (not a text), so
 * that each screen can say in the person's own language what is wrong and where.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidValueException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = Objects.requireNonNull(field);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    /** The name of the field the value belongs to, e.g. {@code "name"}. */
    public String field() {
        return field;
    }

    /** The i18n key of the message, e.g. {@code "validation.required"}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
