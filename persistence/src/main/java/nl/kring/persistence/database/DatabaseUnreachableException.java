package nl.kring.persistence.database;

/** The configured PostgreSQL could not be reached at start-up. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot reach the database at " + url + ": " + cause.getMessage(), cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
