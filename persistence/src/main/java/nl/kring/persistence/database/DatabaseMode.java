package nl.kring.persistence.database;

/**
 * Where Kring's PostgreSQL comes from. Decided once at start-up by
 * {@link DatabaseModeEnvironmentPostProcessor} and published as the property
 * {@value #PROPERTY}, so that other parts (demo data) can depend on it.
 */
public enum DatabaseMode {
    /** No database configured: Kring starts its own PostgreSQL with data under ./data. */
    EMBEDDED,
    /** A PostgreSQL server named by KRING_DB_URL or spring.datasource.url. */
    EXTERNAL;

    public static final String PROPERTY = "kring.database.mode";
}
