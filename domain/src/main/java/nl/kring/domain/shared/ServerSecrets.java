package nl.kring.domain.shared;

import java.util.function.Supplier;

/** Port: secrets shared by all nodes of one installation, created once and kept. */
public interface ServerSecrets {

    /** The secret of this name; the first caller's {@code create} decides it, later callers get the same. */
    String getOrCreate(String name, Supplier<String> create);
}
