package nl.kring.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private final Organisation welzijn = TestOrganisations.organisation("Welzijn Test");

    @Test
    void namesAreTrimmedAndWhiteSpaceIsCollapsed() {
        assertThat(new PersonName("  Anna   de  Vries ").value()).isEqualTo("Anna de Vries");
        assertThat(new GroupName("\tDinsdagkring ").value()).isEqualTo("Dinsdagkring");
    }

    @Test
    void anEmptyNameIsRefusedWithAMessageKeyForTheField() {
        assertThatThrownBy(() -> new GroupName("   "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
    }

    @Test
    void aNameOf500CharactersIsRefusedAsTooLong() {
        assertThatThrownBy(() -> new PersonName("a".repeat(500)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.arguments()).containsExactly(PersonName.MAX_LENGTH);
                });
    }

    @Test
    void controlCharactersInANameAreRefused() {
        assertThatThrownBy(() -> new PersonName("Anna\u0000"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.invalid-characters"));
    }

    @Test
    void usernamesAreCaseInsensitiveAndLimitedToSafeCharacters() {
        assertThat(new Username(" Coordinator@Welzijn.nl ").value()).isEqualTo("coordinator@welzijn.nl");
        assertThatThrownBy(() -> new Username("an na")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Username("ab")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aNewStaffAccountMustChangeItsFirstPassword() {
        StaffAccount account = TestOrganisations.staff(welzijn, "petra", Role.FACILITATOR);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.withOwnPassword("{noop}x").mustChangePassword()).isFalse();
        assertThat(account.withOwnPassword("{noop}x").withResetPassword("{noop}y").mustChangePassword()).isTrue();
    }

    @Test
    void onlyFacilitatorsOfTheSameOrganisationCanBeAssignedAsFacilitator() {
        Group group = TestOrganisations.group(welzijn, "Maandagkring");
        StaffAccount facilitator = TestOrganisations.staff(welzijn, "petra", Role.FACILITATOR);
        StaffAccount expert = TestOrganisations.staff(welzijn, "johan", Role.EXPERIENCE_EXPERT);
        StaffAccount foreign = TestOrganisations.staff(TestOrganisations.organisation("Ander"), "kees",
                Role.FACILITATOR);

        Group assigned = group.withStaff(Set.of(facilitator), Set.of(expert));
        assertThat(assigned.isAssigned(facilitator.id())).isTrue();
        assertThat(assigned.isAssigned(expert.id())).isTrue();

        assertThatThrownBy(() -> group.withStaff(Set.of(expert), Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> group.withStaff(Set.of(foreign), Set.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aParticipantWhoLeftIsNoLongerActiveButKeepsTheirName() {
        Participant anna = Participant.join(GroupId.newId(), new PersonName("Anna"));
        Participant left = anna.withStatus(ParticipantStatus.LEFT);
        assertThat(anna.isActive()).isTrue();
        assertThat(left.isActive()).isFalse();
        assertThat(left.displayName().value()).isEqualTo("Anna");
    }

    @Test
    void aPrivateNoteIsLimitedInLength() {
        Participant anna = Participant.join(GroupId.newId(), new PersonName("Anna"));
        assertThatThrownBy(() -> anna.withPrivateNote("x".repeat(Participant.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
