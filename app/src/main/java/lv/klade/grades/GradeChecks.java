package lv.klade.grades;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;

/**
 * Checks new grades against the journal with a fixed number of queries: for one grade a single
 * query by keys; for a batch the journals, the students, the journals' members and the named tests
 * are each read once.
 */
final class GradeChecks {
    private final GradeRepository grades;
    private final GradeSettings settings;

    GradeChecks(GradeRepository grades, GradeSettings settings) {
        this.grades = grades;
        this.settings = settings;
    }

    void check(Writes w, List<NewGrade> batch) {
        Set<UUID> journalIds = new HashSet<>();
        Set<UUID> studentIds = new HashSet<>();
        Set<UUID> testIds = new HashSet<>();
        for (NewGrade g : batch) {
            if (g.studentId() == null || g.journalId() == null || g.kind() == null || g.grade() == null
                    || g.workDate() == null) {
                throw UserError.of("grades.incomplete");
            }
            journalIds.add(g.journalId());
            studentIds.add(g.studentId());
            if (g.testId() != null) {
                testIds.add(g.testId());
            }
        }
        var dsl = w.dsl();
        if (batch.size() == 1) {
            // A teacher's one grade: one query by keys. A missing journal or student falls through to
            // the batch path, which says which is missing.
            NewGrade g = batch.getFirst();
            var one = grades.factsOf(dsl, g.journalId(), g.studentId(), g.testId(), g.workDate());
            if (one.isPresent()) {
                checkOne(g, one.get().journal(), one.get().student(), one.get().member(), one.get().testJournalId());
                return;
            }
        }
        Map<UUID, JournalFacts> journals = grades.journals(dsl, journalIds);
        Map<UUID, StudentFacts> students = grades.students(dsl, studentIds);
        Map<UUID, Membership> members = grades.members(dsl, journals.values());
        Map<UUID, UUID> tests = testIds.isEmpty() ? Map.of() : grades.testJournals(dsl, testIds);
        for (NewGrade g : batch) {
            JournalFacts journal = journals.get(g.journalId());
            if (journal == null) {
                throw UserError.of("grades.journalMissing");
            }
            StudentFacts student = students.get(g.studentId());
            if (student == null) {
                throw UserError.of("grades.studentMissing");
            }
            checkOne(g, journal, student, members.get(journal.id()).learnsOn(student.id(), g.workDate()),
                    g.testId() == null ? null : tests.get(g.testId()));
        }
    }

    private void checkOne(NewGrade g, JournalFacts journal, StudentFacts student, boolean member, UUID testJournal) {
        String who = student.fullName();
        if (student.hasLeft()) {
            throw UserError.of("grades.studentLeft", who);
        }
        if (!member) {
            throw UserError.of("grades.notInJournal", who, journal.name());
        }
        if (student.form() < g.kind().firstForm()) {
            throw UserError.of("grades.kindNotForForm." + g.kind().name(), who, student.form());
        }
        if (g.workDate().isBefore(journal.yearStarts()) || g.workDate().isAfter(journal.yearEnds())) {
            throw UserError.of("grades.dateOutsideYear", g.workDate(), journal.yearStarts(), journal.yearEnds());
        }
        if (g.testId() != null && !Objects.equals(testJournal, journal.id())) {
            throw UserError.of("grades.testMissing", journal.name());
        }
        checkScale(g.grade(), settings.scales(student.form(), g.kind(), journal.subjectId()), who);
    }

    static void checkScale(Grade grade, List<Scale> allowed, String who) {
        if (grade.scale().isPresent() && !allowed.contains(grade.scale().get())) {
            throw UserError.of("grades.wrongScale." + allowed.getFirst().name(), grade.typed(), who);
        }
    }
}
