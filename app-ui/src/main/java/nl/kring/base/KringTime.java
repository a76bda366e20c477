package nl.kring.base;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people in the Netherlands read them: Dutch time, the person's language. */
public final class KringTime {

    /** Kring serves Dutch organisations: every date and time on screen is in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private KringTime() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).withZone(ZONE).format(instant);
    }

    public static String shortDateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZONE).format(instant);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
