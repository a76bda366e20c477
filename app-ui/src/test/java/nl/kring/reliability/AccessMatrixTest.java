package nl.kring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.kring.attendance.AttendanceReportService;
import nl.kring.attendance.Period;
import nl.kring.security.Roles;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;

/**
 * Scenario 10 of the fault suite (docs/reliability.md): every route and every service
 * method, tried as every role. The routes and methods are found in the code, so a new view
 * or service method that is not in this matrix fails the test until someone decides who
 * may use it.
 */
class AccessMatrixTest extends KringTestBase {

    enum Who { COORDINATOR, FACILITATOR, EXPERIENCE_EXPERT, TABLET }

    private static final Set<Who> STAFF = EnumSet.of(Who.COORDINATOR, Who.FACILITATOR, Who.EXPERIENCE_EXPERT);
    private static final Set<Who> LEADERS_OF_GROUPS = EnumSet.of(Who.COORDINATOR, Who.FACILITATOR);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    /** Who may open each page (tablets and the shared screen have no account). */
    private static final Map<String, Set<Who>> PAGES = Map.ofEntries(
            Map.entry("StartView", STAFF),
            Map.entry("OrganisationOverviewView", EnumSet.of(Who.COORDINATOR)),
            Map.entry("GroupsView", STAFF),
            Map.entry("GroupView", STAFF),
            Map.entry("StaffView", EnumSet.of(Who.COORDINATOR)),
            Map.entry("SessionPlanView", STAFF),
            // coordinators do not lead sessions: the console is for those who do
            Map.entry("SessionConsoleView", EnumSet.of(Who.FACILITATOR, Who.EXPERIENCE_EXPERT)),
            Map.entry("ProgrammesView", LEADERS_OF_GROUPS),
            Map.entry("PreparationView", STAFF),
            Map.entry("AttendanceView", LEADERS_OF_GROUPS),
            Map.entry("GroupAttendanceView", LEADERS_OF_GROUPS),
            Map.entry("ParticipantRecordView", LEADERS_OF_GROUPS),
            Map.entry("FollowUpView", LEADERS_OF_GROUPS),
            Map.entry("PrivacyView", EnumSet.of(Who.COORDINATOR)),
            Map.entry("ChangePasswordView", STAFF),
            // the platform administrator's page (PlatformAdminIT): nobody of an organisation
            Map.entry("PlatformView", EnumSet.noneOf(Who.class)),
            // what Kring is and where its texts come from (Bron: Movisie): open to anyone
            Map.entry("AboutView", EVERYONE),
            Map.entry("AccessibilityStatementView", EVERYONE),
            Map.entry("PrivacyNoticeView", EVERYONE),
            Map.entry("LoginView", EVERYONE),
            Map.entry("JoinView", EVERYONE),
            Map.entry("ParticipantView", EVERYONE),
            Map.entry("SharedScreenView", EVERYONE));

    /** What each rule on a service method means. */
    private static final Map<String, Set<Who>> RULES = Map.of(
            Roles.ONLY_COORDINATOR, EnumSet.of(Who.COORDINATOR),
            Roles.COORDINATOR_OR_FACILITATOR, LEADERS_OF_GROUPS,
            Roles.ANY_STAFF, STAFF,
            // platform administrators are not in this matrix of an organisation's people: their own
            // account (ANY_ACCOUNT) and the platform (PlatformAdministrationTest)
            Roles.ANY_ACCOUNT, STAFF,
            Roles.ONLY_PLATFORM_ADMIN, EnumSet.noneOf(Who.class),
            "permitAll()", EVERYONE);

    private static final Map<Who, String> USERS = Map.of(Who.COORDINATOR, "a-coordinator",
            Who.FACILITATOR, "a-facilitator", Who.EXPERIENCE_EXPERT, "a-expert");

    @Autowired
    ApplicationContext context;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestGroups testGroups;
    @Autowired
    AttendanceReportService reports;

    @Test
    void everyPageOpensForExactlyTheRolesInTheMatrix() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> found = new ArrayList<>();
        for (JavaClass route : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.kring").stream().filter(c -> c.isAnnotatedWith(Route.class)).toList()) {
            String name = route.getSimpleName();
            found.add(name);
            assertThat(PAGES).as("the page %s has no line in the access matrix: decide who may open it", name)
                    .containsKey(name);
            for (Who who : Who.values()) {
                Principal principal = who == Who.TABLET ? null : () -> USERS.get(who);
                boolean opens = checker.hasAccess(route.reflect(), principal, role -> role.equals(who.name()));
                assertThat(opens).as("%s opens %s", who, name).isEqualTo(PAGES.get(name).contains(who));
            }
        }
        assertThat(found).as("pages in the matrix that no longer exist").containsExactlyInAnyOrderElementsOf(
                PAGES.keySet());
    }

    @Test
    void everyServiceMethodLetsInExactlyTheRolesOfItsRule() throws Exception {
        Map<String, String> refusedWrongly = new TreeMap<>();
        int tried = 0;
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.kring")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                PreAuthorize rule = Optional.ofNullable(method.getAnnotation(PreAuthorize.class))
                        .orElse(type.getAnnotation(PreAuthorize.class));
                if (rule == null && type.getPackageName().equals("nl.kring.security")) {
                    continue; // the sign-in machinery runs before anyone is signed in (see ArchitectureTest)
                }
                assertThat(rule).as("%s.%s states who may call it", type.getSimpleName(), method.getName())
                        .isNotNull();
                assertThat(RULES).as("the rule of %s.%s is in the matrix", type.getSimpleName(), method.getName())
                        .containsKey(rule.value());
                Method onProxy = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
                for (Who who : Who.values()) {
                    boolean passes = passesTheDoor(bean, onProxy, who);
                    tried++;
                    if (passes != RULES.get(rule.value()).contains(who)) {
                        refusedWrongly.put(type.getSimpleName() + "." + method.getName() + " as " + who,
                                passes ? "let in" : "refused");
                    }
                }
            }
        }
        assertThat(refusedWrongly).as("service methods whose door does not follow their rule").isEmpty();
        assertThat(tried).isGreaterThan(200);
    }

    @Test
    void withinARoleOnlyOnesOwnGroupsAndOrganisationAreReachable() {
        TestGroups.NewGroup group = testGroups.create("Eigen groep", true, "Annie");
        var id = group.group().id();
        // the facilitator who leads it, and the coordinator, see it
        assertThat(signedIn.as("a-facilitator", () -> reports.group(id, Period.lastYear())).name())
                .startsWith("Eigen groep");
        assertThat(signedIn.as("a-coordinator", () -> reports.group(id, Period.lastYear())).name())
                .startsWith("Eigen groep");
        // a facilitator of another group of the same organisation, and one of another organisation, do not
        for (String outsider : List.of("a-other", "b-facilitator")) {
            assertThatThrownBy(() -> signedIn.as(outsider, () -> reports.group(id, Period.lastYear())))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(signedIn.as(outsider, () -> reports.overview(Period.lastYear(), Optional.empty())).groups())
                    .as(outsider).noneMatch(row -> row.id().equals(id));
        }
    }

    /** null, or a primitive's zero as an object of its own box (a ?: chain would widen them all to double). */
    private static Object emptyValueOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return 0;
    }

    /** Calls the method through its security proxy with empty arguments: did it get past the rule? */
    private boolean passesTheDoor(Object bean, Method method, Who who) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = emptyValueOf(types[i]);
        }
        Runnable call = () -> {
            try {
                method.invoke(bean, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
        try {
            if (who == Who.TABLET) {
                signedIn.anonymous(() -> {
                    call.run();
                    return null;
                });
            } else {
                signedIn.as(USERS.get(who), call);
            }
            return true;
        } catch (AuthorizationDeniedException | AuthenticationCredentialsNotFoundException refused) {
            // the rule on the method said no (a plain AccessDeniedException comes later, from a
            // check of the particular group or session, and means the door was passed)
            return false;
        } catch (RuntimeException pastTheDoor) {
            // empty arguments fail after the rule let the caller in
            return true;
        }
    }
}
