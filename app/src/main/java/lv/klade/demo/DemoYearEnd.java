package lv.klade.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.grades.Decision;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.LearningLevel;
import lv.klade.grades.MissingGrades;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.PromotionDecisionRepository;
import lv.klade.grades.PromotionDecisionService;
import lv.klade.grades.StudentYear;
import lv.klade.grades.Verdict;
import lv.klade.grades.YearPeriod;
import lv.klade.grades.YearResults;
import lv.klade.people.DirectorOrder;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;

/**
 * The demo's year once its today is past the year's end: every semester 2 and year grade still
 * missing (5–9 points, or T, A, P in forms 1–3), and the council's decision by the director's order
 * for each student promoted (forms 9 and 12 get their certificates instead), so the year's report
 * cards, summary journals and certificates can be seen and the year closed.
 */
final class DemoYearEnd {
    /** The demo director's order that promotes the year's students. */
    static final String ORDER = "1-12/45";
    private static final List<LearningLevel> LEVELS = List.of(LearningLevel.T, LearningLevel.A, LearningLevel.P);

    private final JournalStore store;
    private final YearResults results;
    private final GradeService grades;
    private final RandomGenerator random;

    DemoYearEnd(JournalStore store, YearResults results, GradeService grades, RandomGenerator random) {
        this.store = store;
        this.results = results;
        this.grades = grades;
        this.random = random;
    }

    /** Fills the year's grades and decisions of the classes; returns how many period grades it wrote. */
    int finish(SchoolYear year, List<Semester> semesters, List<SchoolClass> classes) {
        int written = 0;
        for (SchoolClass c : classes) {
            List<StudentYear> students = results.ofClass(c.id());
            written += store.write(Actor.SYSTEM, w -> {
                int n = 0;
                for (StudentYear student : students) {
                    for (MissingGrades m : student.missing()) {
                        for (YearPeriod period : m.periods()) {
                            LocalDate day = switch (period) {
                                case SEMESTER_1 -> semesters.getFirst().ends();
                                case SEMESTER_2 -> semesters.getLast().ends();
                                case YEAR -> semesters.getLast().ends();
                            };
                            GradeKind kind = period == YearPeriod.YEAR ? GradeKind.YEAR : GradeKind.SEMESTER;
                            grades.setPeriodGrade(w, new PeriodGrade(student.student().id(), m.journalId(), kind, day,
                                    grade(c.form()), null));
                            n++;
                        }
                    }
                }
                return n;
            });
        }
        decide(year, semesters, classes);
        return written;
    }

    private void decide(SchoolYear year, List<Semester> semesters, List<SchoolClass> classes) {
        PromotionDecisionService decisions = new PromotionDecisionService(store, new PromotionDecisionRepository(store));
        DirectorOrder order = new DirectorOrder(ORDER, semesters.getLast().ends().isAfter(year.ends())
                ? year.ends() : semesters.getLast().ends());
        for (SchoolClass c : classes) {
            if (c.form() == 9 || c.form() == 12) {
                continue;
            }
            for (StudentYear student : results.ofClass(c.id())) {
                Verdict verdict = student.outcome().verdict();
                if (verdict == Verdict.PROMOTED) {
                    decisions.decide(Actor.SYSTEM, student.student().id(), Decision.PROMOTED, order);
                }
            }
        }
    }

    private Grade grade(int form) {
        return form <= 3 ? new Grade.Level(LEVELS.get(random.nextInt(LEVELS.size())))
                : new Grade.Points(5 + random.nextInt(5));
    }
}
