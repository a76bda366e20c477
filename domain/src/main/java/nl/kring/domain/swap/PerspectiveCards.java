package nl.kring.domain.swap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/** The rules for a set of perspective cards: 1 to 8 distinct names of at most 60 characters. */
public final class PerspectiveCards {

    public static final int MAX_CARDS = 8;
    public static final int MAX_NAME_LENGTH = 60;

    private PerspectiveCards() {
    }

    public static List<String> check(List<String> cards) {
        List<String> names = (cards == null ? List.<String>of() : cards).stream()
                .filter(Objects::nonNull).filter(c -> !c.isBlank())
                .map(c -> Texts.requireLine("cards", c, MAX_NAME_LENGTH))
                .toList();
        if (names.isEmpty()) {
            throw new InvalidValueException("cards", "validation.card-required");
        }
        if (names.size() > MAX_CARDS) {
            throw new InvalidValueException("cards", "validation.too-many-cards", MAX_CARDS);
        }
        if (names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count() < names.size()) {
            throw new InvalidValueException("cards", "validation.card-twice");
        }
        return names;
    }
}
