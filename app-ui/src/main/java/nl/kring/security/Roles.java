package nl.kring.security;

/**
 * The role names used in {@code @RolesAllowed} and {@code @PreAuthorize}, in one place.
 * They equal the names of {@link nl.kring.domain.organisation.Role}.
 */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String EXPERIENCE_EXPERT = "EXPERIENCE_EXPERT";
    /** Runs the installation's organisations (issue 22); sees nothing inside one. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    /** SpEL for method security: any signed-in staff member. */
    public static final String ANY_STAFF = "hasAnyRole('COORDINATOR','FACILITATOR','EXPERIENCE_EXPERT')";
    /** SpEL for method security: anyone signed in, platform administrators too (their own account only). */
    public static final String ANY_ACCOUNT =
            "hasAnyRole('COORDINATOR','FACILITATOR','EXPERIENCE_EXPERT','PLATFORM_ADMIN')";
    /** SpEL for method security: platform administrators only. */
    public static final String ONLY_PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";
    /** SpEL for method security: coordinators only. */
    public static final String ONLY_COORDINATOR = "hasRole('COORDINATOR')";
    /** SpEL for method security: coordinators and facilitators (who may see private notes). */
    public static final String COORDINATOR_OR_FACILITATOR = "hasAnyRole('COORDINATOR','FACILITATOR')";

    private Roles() {
    }
}
