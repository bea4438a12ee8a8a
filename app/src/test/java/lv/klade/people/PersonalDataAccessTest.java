package lv.klade.people;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataAccessTest {
    private static final UUID SEVEN_A = UUID.randomUUID();
    private static final UUID EIGHT_B = UUID.randomUUID();

    private static StaffMember holding(boolean revoked, RoleGrant... grants) {
        return new StaffMember(UUID.randomUUID(), "Anna", "Ozola", null, null, null, "anna", revoked, Set.of(grants));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ADMINISTRATOR,   true,  true
            REGISTRAR,       true,  true
            DEPUTY_DIRECTOR, true,  false
            SUBJECT_TEACHER, false, false
            ACCOMPANIST,     false, false
            """)
    void officeRolesSeeEveryClassAndOnlyAdministratorAndRegistrarEdit(Role role, boolean sees, boolean edits) {
        StaffMember viewer = holding(false, RoleGrant.of(role));

        assertThat(PersonalDataAccess.maySee(viewer, SEVEN_A)).isEqualTo(sees);
        assertThat(PersonalDataAccess.maySee(viewer, null)).isEqualTo(sees);
        assertThat(PersonalDataAccess.mayEditStudents(viewer)).isEqualTo(edits);
    }

    @Test
    void tutorSeesOnlyTheirOwnClass() {
        StaffMember tutor = holding(false, RoleGrant.tutorOf(SEVEN_A), RoleGrant.of(Role.SUBJECT_TEACHER));

        assertThat(PersonalDataAccess.maySee(tutor, SEVEN_A)).isTrue();
        assertThat(PersonalDataAccess.maySee(tutor, EIGHT_B)).isFalse();
        assertThat(PersonalDataAccess.maySee(tutor, null)).isFalse();
        assertThat(PersonalDataAccess.seesEveryone(tutor)).isFalse();
    }

    @Test
    void revokedAccountSeesNothing() {
        StaffMember revoked = holding(true, RoleGrant.of(Role.ADMINISTRATOR), RoleGrant.tutorOf(SEVEN_A));

        assertThat(PersonalDataAccess.maySee(revoked, SEVEN_A)).isFalse();
        assertThat(PersonalDataAccess.mayEditStudents(revoked)).isFalse();
    }
}
