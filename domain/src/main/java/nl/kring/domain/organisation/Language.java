package nl.kring.domain.organisation;

import java.util.Locale;

/** The languages Kring speaks. Dutch first. */
public enum Language {
    DUTCH(Locale.of("nl")),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The supported language for a locale; Dutch when the locale is not supported. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
