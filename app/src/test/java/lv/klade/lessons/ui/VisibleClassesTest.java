package lv.klade.lessons.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleClassesTest {
    @TempDir
    Path dir;
    private TestSchool school;
    private VisibleClasses visible;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, Clock.systemUTC());
        visible = new VisibleClasses(school.schools, school.classes);
    }

    @AfterEach
    void close() {
        school.close();
    }

    private static StaffMember member(UUID id, RoleGrant... roles) {
        return new StaffMember(id, "Anna", "Ozola", null, null, null, "anna", false, Set.of(roles));
    }

    @Test
    void theOfficeSeesEveryClass() {
        StaffMember registrar = member(school.staff("lietvedis"), RoleGrant.of(Role.REGISTRAR));

        assertThat(visible.forDiary(registrar)).extracting(ClassOption::name).containsExactly("7.a", "7.b");
    }

    @Test
    void aTutorSeesTheirClass() {
        StaffMember tutor = member(school.staff("audzinataja"), RoleGrant.tutorOf(school.class7b));

        assertThat(visible.forDiary(tutor)).extracting(ClassOption::name).containsExactly("7.b");
        assertThat(visible.tutored(tutor)).extracting(ClassOption::id).containsExactly(school.class7b);
    }

    @Test
    void aTeacherSeesTheClassesOfTheJournalsTheyTeachThroughAGroupToo() {
        UUID id = school.staff("skolotajs");
        school.groupJournal(school.group1, school.english, id, lv.klade.school.JournalKind.SUBJECT);
        StaffMember teacher = member(id, RoleGrant.of(Role.SUBJECT_TEACHER));

        assertThat(visible.forDiary(teacher)).extracting(ClassOption::name).containsExactly("7.a");
        assertThat(visible.tutored(teacher)).isEmpty();
    }
}
