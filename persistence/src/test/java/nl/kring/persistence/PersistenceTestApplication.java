package nl.kring.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots just the persistence module (JPA, Flyway, adapters) for its integration tests. */
@SpringBootApplication
public class PersistenceTestApplication {
}
