package nl.kring.testing;

import nl.kring.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a throwaway PostgreSQL database, with {@link TestStaff}. */
@SpringBootTest
@Import(TestStaff.class)
public abstract class KringTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.create().registerIn(registry);
    }
}
