package nl.kring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Keeps the arrows pointing the right way: app-ui → domain ← persistence. */
class ArchitectureTest {

    private static final JavaClasses KRING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kring");

    @Test
    void theDomainUsesNoSpringJpaOrVaadin() {
        noClasses().that().resideInAPackage("nl.kring.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..", "nl.kring.persistence..", "nl.kring.security..")
                .check(KRING);
    }

    @Test
    void noViewOrServiceTouchesPersistence() {
        noClasses().that().resideInAPackage("nl.kring..")
                .and().resideOutsideOfPackage("nl.kring.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.kring.persistence..", "jakarta.persistence..",
                        "org.springframework.data.jpa..", "org.hibernate..")
                .check(KRING);
    }

    @Test
    void persistenceKnowsNothingOfTheApplication() {
        noClasses().that().resideInAPackage("nl.kring.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "nl.kring.security..",
                        "nl.kring.organisation..", "nl.kring.base..", "nl.kring.demo..")
                .check(KRING);
    }

    /**
     * Screens depend on services, never the other way round (issue 23): a service that needs a
     * date format or a translated text gets it from {@code nl.kring.base}, not from a view's
     * package. The one exception is the security configuration, which names the sign-in view
     * for Vaadin.
     */
    @Test
    void nothingOutsideTheScreensDependsOnAScreen() {
        noClasses().that().resideInAPackage("nl.kring..")
                .and().resideOutsideOfPackage("..ui..")
                .and(notAmong("nl.kring.security.SecurityConfig"))
                .should().dependOnClassesThat().resideInAPackage("nl.kring..ui..")
                .check(KRING);
    }

    @Test
    void everyRouteStatesWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(KRING);
    }

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                // the sign-in machinery (security package) runs before anyone is signed in
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("nl.kring.security..")
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
                .check(KRING);
    }

    /**
     * Text people type is shown through Vaadin's text properties, which the browser never
     * reads as markup. Markup from strings (Html, JavaScript) is allowed only where
     * it is built from numbers and our own escaped bundle texts, never from what people typed.
     */
    @Test
    void noPageTurnsTextIntoMarkup() {
        noClasses().that(notAmong("nl.kring.scale.ui.ScaleQuestionUi", "nl.kring.session.ui.activity.SpiralDiagram"))
                .should().callConstructor(com.vaadin.flow.component.Html.class, String.class)
                .check(KRING);
        noClasses().that(notAmong("nl.kring.session.ui.Countdown"))
                .should().callMethod(com.vaadin.flow.dom.Element.class, "executeJs", String.class, Object[].class)
                .check(KRING);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> notAmong(
            String... allowed) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("outside " + String.join(", ", allowed),
                c -> java.util.Arrays.stream(allowed).noneMatch(name -> c.getName().equals(name)
                        || c.getName().startsWith(name + "$")));
    }
}
