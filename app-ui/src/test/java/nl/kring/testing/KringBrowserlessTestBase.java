package nl.kring.testing;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.kring.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Browserless UI tests: real views, real services, a real PostgreSQL; no browser. */
@SpringBootTest
@Import(TestStaff.class)
public abstract class KringBrowserlessTestBase extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.create().registerIn(registry);
    }
}
