package lv.klade.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and change students' personal data (DESIGN: "Personal data is shown only to roles
 * that need it"): personal codes, addresses, phones, identity documents and guardians.
 */
public final class PersonalDataAccess {
    /** The school office sees every student's personal file. */
    private static final Set<Role> OFFICE = EnumSet.of(Role.ADMINISTRATOR, Role.REGISTRAR, Role.DEPUTY_DIRECTOR);
    /** Those who admit, move and remove students and correct their data. */
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMINISTRATOR, Role.REGISTRAR);

    private PersonalDataAccess() {
    }

    /**
     * True when {@code viewer} may see the personal data of a student of {@code classId}: the office
     * roles may see everyone's, a class tutor only their own class's; {@code classId} is null for a
     * student who has left the school.
     */
    public static boolean maySee(StaffMember viewer, UUID classId) {
        return seesEveryone(viewer)
                || !viewer.revoked() && classId != null && viewer.roles().contains(RoleGrant.tutorOf(classId));
    }

    /** True for the office roles, who may see every student's personal data. */
    public static boolean seesEveryone(StaffMember viewer) {
        return !viewer.revoked() && viewer.roles().stream().anyMatch(g -> OFFICE.contains(g.role()));
    }

    /** True for those who admit, edit, move and record the leaving of students. */
    public static boolean mayEditStudents(StaffMember viewer) {
        return !viewer.revoked() && viewer.roles().stream().anyMatch(g -> EDITORS.contains(g.role()));
    }
}
