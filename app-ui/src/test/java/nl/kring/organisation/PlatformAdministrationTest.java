package nl.kring.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import identityprovider.TestIdentityProvider;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationLogos;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.TestPhotos;
import nl.kring.organisation.PlatformService.OrganisationLine;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 22: a platform administrator adds, renames and suspends organisations while Kring runs;
 * a suspended organisation's staff can no longer sign in and their sign-ins end; every change
 * is in the trail of the organisation concerned; nobody else can do any of it.
 */
class PlatformAdministrationTest extends KringTestBase {

    private static final String ADMIN = "beheer@gemeente.example";

    @Autowired
    PlatformService platform;
    @Autowired
    StaffService staff;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignInStamps stamps;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail trail;
    @Autowired
    SignedIn signedIn;
    @Autowired
    OrganisationLogos logos;

    @BeforeEach
    void aPlatformAdministrator() {
        if (!accounts.existsByUsername(new Username(ADMIN))) {
            Organisation home = organisations.findAll().stream().filter(Organisation::platform).findFirst()
                    .orElseGet(() -> organisations.save(Organisation.platform("Kring-platformbeheer")));
            accounts.save(StaffAccount.create(home.id(), new Username(ADMIN), new PersonName("Beheer"),
                    Role.PLATFORM_ADMIN, encoder.encode("een-lang-wachtwoord")));
        }
    }

    @Test
    void anOrganisationIsAddedChangedSuspendedAndResumedWhileKringRuns() {
        OrganisationLine zuid = signedIn.as(ADMIN, () -> platform.create("Welzijn Zuid",
                "coordinator@welzijn-zuid.nl", "een-eerste-wachtwoord"));
        StaffAccount coordinator = accounts.findByUsername(new Username("coordinator@welzijn-zuid.nl")).orElseThrow();
        assertThat(coordinator.role()).isEqualTo(Role.COORDINATOR);
        assertThat(coordinator.mustChangePassword()).isTrue();
        assertThat(coordinator.organisationId()).isEqualTo(zuid.id());
        assertThat(users.loadUserByUsername("coordinator@welzijn-zuid.nl").isEnabled()).isTrue();
        // the platform's own organisation is not in the list; the new one is, with its one coordinator
        List<OrganisationLine> listed = signedIn.as(ADMIN, () -> platform.organisations());
        assertThat(listed).extracting(OrganisationLine::name).contains("Welzijn Zuid")
                .doesNotContain("Kring-platformbeheer");
        assertThat(listed).filteredOn(l -> l.id().equals(zuid.id())).extracting(OrganisationLine::staff)
                .containsExactly(1);

        signedIn.as(ADMIN, () -> platform.change(zuid.id(), "Welzijn Zuid-Oost", 36, 6));
        Organisation changed = organisations.findById(zuid.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Welzijn Zuid-Oost");
        assertThat(changed.retentionMonths()).isEqualTo(36);
        assertThat(changed.contentRetentionMonths()).isEqualTo(6);
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.change(zuid.id(), "Welzijn Zuid-Oost", 0, 6)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.retention-months"));
        // the language its new staff start in (issue 22), in its trail
        signedIn.as(ADMIN, () -> platform.setLanguage(zuid.id(), Language.ENGLISH));
        assertThat(organisations.findById(zuid.id()).orElseThrow().language()).isEqualTo(Language.ENGLISH);
        assertThat(signedIn.as(ADMIN, () -> platform.organisations())).filteredOn(l -> l.id().equals(zuid.id()))
                .extracting(OrganisationLine::language).containsExactly(Language.ENGLISH);

        signedIn.as(ADMIN, () -> platform.setSuspended(zuid.id(), true));
        // a sign-in of the organisation ends at its next request, and a new one is refused
        assertThat(stamps.current(coordinator.id()).orElseThrow().active()).isFalse();
        assertThat(users.loadUserByUsername("coordinator@welzijn-zuid.nl").isEnabled()).isFalse();
        signedIn.as(ADMIN, () -> platform.setSuspended(zuid.id(), false));
        assertThat(stamps.current(coordinator.id()).orElseThrow().active()).isTrue();

        // the organisation's own trail says what the platform did to it, and by whom
        assertThat(trail.latest(zuid.id(), 10)).extracting(AuditEntry::action).containsExactlyInAnyOrder(
                AuditAction.CREATED_ORGANISATION, AuditAction.RENAMED_ORGANISATION, AuditAction.CHANGED_RETENTION,
                AuditAction.CHANGED_DEFAULT_LANGUAGE, AuditAction.SUSPENDED_ORGANISATION,
                AuditAction.RESUMED_ORGANISATION);
        assertThat(trail.latest(zuid.id(), 10)).extracting(AuditEntry::staffName).containsOnly("Beheer");
    }

    @Test
    void aLogoIsMadeSafeAndSmallAndANonPictureIsRefusedInWords() throws Exception {
        OrganisationLine oost = signedIn.as(ADMIN, () -> platform.create("Welzijn Logo", "coordinator@logo.nl",
                "een-eerste-wachtwoord"));
        signedIn.as(ADMIN, () -> platform.setLogo(oost.id(), TestPhotos.phonePhotoWithGpsTakenSideways()));
        byte[] logo = logos.find(oost.id()).orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(480);
        // the phone photo's GPS position and camera data are gone
        assertThat(new String(logo, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Exif");
        assertThat(signedIn.as(ADMIN, () -> platform.organisations())).filteredOn(l -> l.id().equals(oost.id()))
                .extracting(OrganisationLine::hasLogo).containsExactly(true);
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.setLogo(oost.id(), "geen plaatje".getBytes())))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.photo-not-a-photo"));
        signedIn.as(ADMIN, () -> platform.removeLogo(oost.id()));
        assertThat(logos.exists(oost.id())).isFalse();
        assertThat(trail.latest(oost.id(), 10)).extracting(AuditEntry::action)
                .containsOnlyOnce(AuditAction.CREATED_ORGANISATION).contains(AuditAction.CHANGED_ORGANISATION_LOGO);
    }

    @Test
    void thePlatformAdministratorConnectsAnOrganisationToItsOwnAccountsWithoutSeeingTheSecretAgain() {
        OrganisationLine noord = signedIn.as(ADMIN, () -> platform.create("Welzijn Noord-Oost",
                "coordinator@welzijn-noord-oost.nl", "een-eerste-wachtwoord"));
        try (TestIdentityProvider provider = TestIdentityProvider.start()) {
            // a provider that is not there: one sentence, nothing saved
            assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.setSignIn(noord.id(),
                    "http://127.0.0.1:1", "kring", "geheim")))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.issuer-unreachable"));
            assertThat(signedIn.as(ADMIN, () -> platform.signInOf(noord.id())).on()).isFalse();

            signedIn.as(ADMIN, () -> platform.setSignIn(noord.id(), provider.issuer() + "/", "kring", "geheim-42"));
            SignInSettings set = signedIn.as(ADMIN, () -> platform.signInOf(noord.id()));
            assertThat(set.issuer()).contains(provider.issuer());
            assertThat(set.clientId()).contains("kring");
            assertThat(set.secretReadable()).isTrue();
            assertThat(set.redirectPath()).isEqualTo("/login/oauth2/code/" + noord.id().value());
            assertThat(set.toString()).doesNotContain("geheim-42");
            // a change without a secret keeps the saved one
            signedIn.as(ADMIN, () -> platform.setSignIn(noord.id(), provider.issuer(), "kring-2", ""));
            assertThat(signedIn.as(ADMIN, () -> platform.signInOf(noord.id())).secretReadable()).isTrue();
            signedIn.as(ADMIN, () -> platform.removeSignIn(noord.id()));
            assertThat(signedIn.as(ADMIN, () -> platform.signInOf(noord.id())).on()).isFalse();
        }
        assertThat(trail.latest(noord.id(), 10)).extracting(AuditEntry::action)
                .containsOnlyOnce(AuditAction.CREATED_ORGANISATION)
                .filteredOn(action -> action == AuditAction.CHANGED_ORGANISATION_SIGN_IN).hasSize(3);
        // a coordinator of another organisation cannot
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> platform.signInOf(noord.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputGetsOneSentenceAndATakenNameOrUsernameIsRefused() {
        signedIn.as(ADMIN, () -> platform.create("Welzijn West", "coordinator@welzijn-west.nl", "een-eerste-wachtwoord"));
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.create("welzijn west", "iemand@west.nl",
                "een-eerste-wachtwoord"))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.organisation-taken"));
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.create("Welzijn Noord-West",
                "coordinator@welzijn-west.nl", "een-eerste-wachtwoord")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.username-taken"));
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> platform.create("Welzijn Oost", "oost@oost.nl", "kort")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void onlyAPlatformAdministratorMayAndACoordinatorCannotMakeOne() {
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> platform.organisations()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> platform.create("Inbraak", "x@y.nl",
                "een-eerste-wachtwoord"))).isInstanceOf(AccessDeniedException.class);
        // a coordinator gives roles inside the organisation only
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> staff.create("ook.beheer", "Ook Beheer",
                Role.PLATFORM_ADMIN, "een-eerste-wachtwoord"))).isInstanceOf(InvalidValueException.class);
        // and the platform administrator sees nothing inside an organisation
        assertThatThrownBy(() -> signedIn.as(ADMIN, () -> staff.list()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
