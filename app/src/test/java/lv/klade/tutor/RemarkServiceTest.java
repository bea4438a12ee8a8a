package lv.klade.tutor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.testing.MutableClock;
import lv.klade.testing.Refusals;
import lv.klade.timetable.TestSchool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemarkServiceTest {
    private static final String REMARK = "Čakla, izpalīdzīga; jāuzlabo uzvedība starpbrīžos.";

    @TempDir
    Path dir;
    private TestSchool school;
    private RemarkService remarks;
    private UUID tutor;
    private UUID anna;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
        remarks = new RemarkService(school.store, new RemarkRepository(school.store));
        tutor = school.staff("ozola");
        school.classService.setTutor(Actor.SYSTEM, school.class7a, tutor);
        anna = school.students7a.getFirst();
    }

    @AfterEach
    void close() {
        school.close();
    }

    private String remarkOf(UUID student, RemarkPeriod period) {
        return remarks.texts(school.class7a, school.yearId, period).getOrDefault(student, "");
    }

    @Test
    void theClassTutorWritesARemarkOnTheReportCard() {
        long before = school.log.count();
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, "  " + REMARK + "\n");

        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEqualTo(REMARK);
        assertThat(school.log.count() - before).as("one change record").isEqualTo(1);
    }

    @Test
    void aTutorByRoleGrantMayWriteToo() {
        UUID granted = school.staff("kalna");
        school.grant(granted, "CLASS_TUTOR", school.class7a);
        remarks.write(Actor.user(granted), anna, RemarkPeriod.YEAR, REMARK);
        assertThat(remarkOf(anna, RemarkPeriod.YEAR)).isEqualTo(REMARK);
    }

    @Test
    void theDeputyDirectorMayWriteForAnyClass() {
        UUID deputy = school.staff("vietnieks");
        school.grant(deputy, "DEPUTY_DIRECTOR", null);
        remarks.write(Actor.user(deputy), anna, RemarkPeriod.SEMESTER_1, REMARK);
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEqualTo(REMARK);
    }

    @Test
    void theTutorOfAnotherClassIsRefusedAndNothingIsWritten() {
        UUID other = school.staff("liepa");
        school.classService.setTutor(Actor.SYSTEM, school.class7b, other);
        assertThat(Refusals.problemOf(school.log,
                () -> remarks.write(Actor.user(other), anna, RemarkPeriod.SEMESTER_1, REMARK)))
                .isEqualTo("remarks.notTutor");
    }

    @Test
    void aSubjectTeacherWhoIsNotTheTutorIsRefused() {
        UUID teacher = school.staff("berzina");
        school.grant(teacher, "SUBJECT_TEACHER", null);
        assertThat(Refusals.problemOf(school.log,
                () -> remarks.write(Actor.user(teacher), anna, RemarkPeriod.SEMESTER_1, REMARK)))
                .isEqualTo("remarks.notTutor");
    }

    @Test
    void aRemarkLongerThanTheLimitIsRefusedWithItsLengthInTheMessage() {
        String tooLong = "ā".repeat(RemarkService.MAX_LENGTH + 1);
        UserError refused = org.assertj.core.api.Assertions.catchThrowableOfType(UserError.class,
                () -> remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, tooLong));

        assertThat(refused.problem().key()).isEqualTo("remarks.tooLong");
        assertThat(refused.problem().text(Messages.latvian())).contains("501").contains("500").contains("Saīsiniet");
        assertThat(refused.problem().text(new Messages(Messages.ENGLISH))).contains("Shorten it");
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEmpty();
    }

    @Test
    void aRemarkOfExactlyTheLimitIsKept() {
        String longest = "ž".repeat(RemarkService.MAX_LENGTH);
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, longest);
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEqualTo(longest);
    }

    @Test
    void emptyTextClearsTheRemark() {
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, REMARK);
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, "   ");
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEmpty();
    }

    @Test
    void rewritingARemarkReplacesItInTheSameRow() {
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, "Pirmā piezīme.");
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, REMARK);
        assertThat(remarks.ofClass(school.class7a, school.yearId, RemarkPeriod.SEMESTER_1))
                .filteredOn(r -> r.studentId().equals(anna)).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(REMARK));
    }

    @Test
    void savingTheSameTextAgainRecordsNoChange() {
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, REMARK);
        long before = school.log.count();
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, REMARK);
        assertThat(school.log.count()).isEqualTo(before);
    }

    @Test
    void eachReportCardHasItsOwnRemark() {
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, "Rudenī.");
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.YEAR, "Gada beigās.");
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_1)).isEqualTo("Rudenī.");
        assertThat(remarkOf(anna, RemarkPeriod.SEMESTER_2)).isEmpty();
        assertThat(remarkOf(anna, RemarkPeriod.YEAR)).isEqualTo("Gada beigās.");
    }

    @Test
    void theClassListsEveryStudentByNameWithTheirRemarkOrNone() {
        remarks.write(Actor.user(tutor), anna, RemarkPeriod.SEMESTER_1, REMARK);
        assertThat(remarks.ofClass(school.class7a, school.yearId, RemarkPeriod.SEMESTER_1))
                .extracting(StudentRemark::firstName).containsExactly("Anna", "Jānis", "Līga", "Pēteris");
        assertThat(remarks.ofClass(school.class7a, school.yearId, RemarkPeriod.SEMESTER_1))
                .filteredOn(r -> !r.studentId().equals(anna)).allSatisfy(r -> assertThat(r.text()).isEmpty());
    }

    @Test
    void aStudentInNoClassIsRefused() {
        UUID left = school.student("Inese", null);
        assertThatThrownBy(() -> remarks.write(Actor.user(tutor), left, RemarkPeriod.SEMESTER_1, REMARK))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problem().key()).isEqualTo("remarks.noClass"));
    }
}
