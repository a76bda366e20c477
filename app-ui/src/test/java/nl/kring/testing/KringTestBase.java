package nl.kring.testing;

/**
 * The whole application on a throwaway PostgreSQL database, with {@link TestStaff}, for
 * tests of services. It shares its Spring context with the browserless UI tests on purpose:
 * one context per test JVM, because Spring Security's static context holder can belong to
 * only one (see CurrentStaff).
 */
public abstract class KringTestBase extends KringBrowserlessTestBase {
}
