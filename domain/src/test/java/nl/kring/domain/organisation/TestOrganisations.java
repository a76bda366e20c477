package nl.kring.domain.organisation;

/** Fixtures shared with the other modules through the domain test-jar. */
public final class TestOrganisations {

    private TestOrganisations() {
    }

    public static Organisation organisation(String name) {
        return Organisation.create(name);
    }

    public static StaffAccount staff(Organisation organisation, String username, Role role) {
        return StaffAccount.create(organisation.id(), new Username(username), new PersonName("Naam " + username),
                role, "{noop}not-a-real-hash");
    }

    public static Group group(Organisation organisation, String name) {
        return Group.create(organisation.id(), new GroupName(name), "");
    }
}
