package nl.kring.persistence.support;

import nl.kring.domain.shared.ConcurrentChangeException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking between immutable domain records and JPA entities: a record carries
 * the version it was read with; saving it over a newer row is a concurrent change.
 */
public final class Versions {

    private Versions() {
    }

    public static void requireUnchanged(String what, Long storedVersion, long expectedVersion) {
        if (storedVersion != null && storedVersion != expectedVersion) {
            throw new ConcurrentChangeException(what,
                    new ObjectOptimisticLockingFailureException(what, storedVersion));
        }
    }

    public static long of(Long version) {
        return version == null ? 0 : version;
    }
}
