package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.school.SchoolRepository;

/**
 * The write path for grades. A grade is refused, and nothing is written, when its student has left
 * or is not in the journal's class or group, when its value is not on the scale its kind uses in the
 * student's form and subject, or when it names a test of another journal. Late grades are written.
 * Only the journal's teachers, a substitute who taught the grade's lesson, the deputy director and
 * administrators may write grades; Klade itself ({@link Actor#SYSTEM}: the demo school, imports)
 * is not limited. Each change has an {@code Actor} form (one transaction) and a {@code Writes} form
 * (joins one); both check the same.
 */
public final class GradeService {
    private final JournalStore store;
    private final GradeRepository grades;
    private final SchoolSettings settings;

    public GradeService(JournalStore store, SchoolRepository school) {
        this.store = store;
        this.grades = new GradeRepository(store);
        this.settings = new SchoolSettings(store, school, grades);
    }

    public UUID add(Actor actor, NewGrade grade) {
        return store.write(actor, w -> add(w, grade));
    }

    public UUID add(Writes w, NewGrade grade) {
        if (grade.kind() != null && grade.kind().isPeriodGrade()) {
            throw UserError.of("grades.periodGradeThroughSet");
        }
        return addAll(w, List.of(grade)).getFirst();
    }

    /** Adds many grades, entered now by the transaction's actor, checked with a fixed number of queries. */
    public List<UUID> addAll(Writes w, List<NewGrade> batch) {
        Instant now = w.clock().instant();
        return addEntered(w, batch.stream().map(g -> new EnteredGrade(g, now, w.actor().userId())).toList());
    }

    /** Adds grades with their own entry instants and authors: history for the demo school and imports. */
    public List<UUID> addEntered(Writes w, List<EnteredGrade> batch) {
        List<NewGrade> newGrades = batch.stream().map(EnteredGrade::grade).toList();
        checkRights(w, newGrades);
        new GradeChecks(grades, settings.in(w)).check(w, newGrades);
        List<UUID> ids = new ArrayList<>(batch.size());
        for (EnteredGrade entered : batch) {
            UUID id = Ids.next();
            grades.insert(w, id, entered, null);
            ids.add(id);
        }
        return ids;
    }

    /** Sets a period grade, replacing the student's earlier one for the same period. */
    public UUID setPeriodGrade(Actor actor, PeriodGrade grade) {
        return store.write(actor, w -> setPeriodGrade(w, grade));
    }

    public UUID setPeriodGrade(Writes w, PeriodGrade p) {
        return setPeriodGrade(w, p, w.clock().instant());
    }

    /** Sets a period grade entered at {@code at}: history for the demo school and imports. */
    public UUID setPeriodGrade(Writes w, PeriodGrade p, Instant at) {
        if (p.kind() == null || !p.kind().isPeriodGrade()) {
            throw UserError.of("grades.notAPeriodGrade");
        }
        NewGrade asNew = NewGrade.of(p.studentId(), p.journalId(), p.kind(), p.grade(), p.date());
        checkRights(w, List.of(asNew));
        new GradeChecks(grades, settings.in(w)).check(w, List.of(asNew));
        var existing = grades.periodGrade(w.dsl(), p.studentId(), p.journalId(), p.kind(), p.date());
        if (existing.isPresent()) {
            grades.update(w, existing.get(), p.grade(), p.suggested(), existing.get().note());
            return existing.get().id();
        }
        UUID id = Ids.next();
        grades.insert(w, id, new EnteredGrade(asNew, at, w.actor().userId()), p.suggested());
        return id;
    }

    /** Changes a grade's value and note; the earlier value stays in the change log. */
    public void change(Actor actor, UUID gradeId, Grade value, String note) {
        store.run(actor, w -> change(w, gradeId, value, note));
    }

    public void change(Writes w, UUID gradeId, Grade value, String note) {
        StoredGrade stored = grades.grade(w.dsl(), gradeId).orElseThrow(() -> UserError.of("grades.gradeMissing"));
        checkRights(w, stored.journalId(), stored.lessonId(), stored.workDate());
        NewGrade changed = new NewGrade(stored.studentId(), stored.journalId(), stored.lessonId(), stored.testId(),
                stored.kind(), value, note, stored.workDate());
        new GradeChecks(grades, settings.in(w)).check(w, List.of(changed));
        grades.update(w, stored, value, null, blankToNull(note));
    }

    /** Clears a grade. */
    public void remove(Actor actor, UUID gradeId) {
        store.run(actor, w -> remove(w, gradeId));
    }

    public void remove(Writes w, UUID gradeId) {
        StoredGrade stored = grades.grade(w.dsl(), gradeId).orElseThrow(() -> UserError.of("grades.gradeMissing"));
        checkRights(w, stored.journalId(), stored.lessonId(), stored.workDate());
        grades.delete(w, gradeId);
    }

    /** The school's grading settings as they are now. */
    public GradeSettings settings() {
        return settings.now();
    }

    /** Refuses the whole batch when the actor may not grade in one of its journals or lessons. */
    private void checkRights(Writes w, List<NewGrade> batch) {
        if (w.actor().userId() == null) {
            return;
        }
        Set<List<Object>> checked = new HashSet<>();
        for (NewGrade g : batch) {
            if (g.journalId() != null && checked.add(Arrays.asList(g.journalId(), g.lessonId(), g.workDate()))) {
                checkRights(w, g.journalId(), g.lessonId(), g.workDate());
            }
        }
    }

    private void checkRights(Writes w, UUID journalId, UUID lessonId, LocalDate workDate) {
        UUID staffId = w.actor().userId();
        if (staffId != null && !grades.mayGrade(w.dsl(), staffId, journalId, lessonId, workDate)) {
            throw UserError.of("grades.notJournalTeacher", grades.journalName(w.dsl(), journalId));
        }
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
