package nl.kring.attendance;

import java.time.Instant;
import java.time.LocalDate;
import nl.kring.base.KringTime;
import nl.kring.domain.shared.InvalidValueException;

/** A period of whole days in Kring's time zone, both days included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null) {
            throw new InvalidValueException("period", "validation.period-required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("period", "validation.period-order");
        }
    }

    /** The last twelve months up to today: what a coordinator usually asks for. */
    public static Period lastYear() {
        LocalDate today = LocalDate.now(KringTime.ZONE);
        return new Period(today.minusYears(1).plusDays(1), today);
    }

    public Instant start() {
        return from.atStartOfDay(KringTime.ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(KringTime.ZONE).toInstant();
    }
}
