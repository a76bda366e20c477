package nl.kring.persistence;

import nl.kring.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests of the persistence adapters against a real, throwaway PostgreSQL database. */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class PostgresTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.create().registerIn(registry);
    }
}
