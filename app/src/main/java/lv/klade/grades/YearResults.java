package lv.klade.grades;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.JournalStore;
import lv.klade.i18n.UserError;
import lv.klade.people.Student;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.Semester;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;

/**
 * The year's results of a class: for each of its students, the outcome {@link Promotion} gives from
 * the year grades (the final grade in forms 9 and 12 where there is one) and re-examinations of every
 * subject journal they learn in, and the semester and year grades still missing. Forms 1–3 are summed
 * up in levels once a year, so they need only the year grade (or the second semester's level, see
 * {@link SubjectYear#of}); forms 4–12 both semesters' grades too.
 * {@link #finals} gives the same students' year-end grades one by one, for the state register.
 * Only graded subjects count ({@link GradedSubjects}): the tutor's class hour, interest education,
 * electives and after-school groups never block promotion. Each student's recorded council decision
 * ({@link PromotionDecision}) comes with their year.
 */
public final class YearResults {
    /** The first form that closes each semester with a grade of its own. */
    private static final int SEMESTER_GRADES_FROM = GradeKind.SEMESTER_INTERIM.firstForm();
    private static final Set<GradeKind> KINDS = EnumSet.of(GradeKind.SEMESTER, GradeKind.YEAR, GradeKind.FINAL,
            GradeKind.RE_EXAMINATION, GradeKind.EXAM);

    private final GradeRepository grades;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final StudentService students;
    private final PromotionDecisionService decisions;

    public YearResults(JournalStore store, SchoolRepository school, ClassRepository classes, StudentService students) {
        this.grades = new GradeRepository(store);
        this.decisions = new PromotionDecisionService(store, new PromotionDecisionRepository(store));
        this.school = school;
        this.classes = classes;
        this.students = students;
    }

    /** The class's current students in Latvian alphabetical order, each with their year. */
    public List<StudentYear> ofClass(UUID classId) {
        ClassGrades of = classGrades(classId);
        List<Semester> semesters = school.semesters(of.schoolClass().yearId());
        int form = of.schoolClass().form();
        List<StudentYear> years = new ArrayList<>();
        Map<UUID, PromotionDecision> decided = decisions.ofStudents(of.schoolClass().yearId(),
                of.members().stream().map(Student::id).toList());
        Set<UUID> assessed = assessedInLevels(of, form);
        for (Student student : of.members()) {
            List<SubjectYear> subjectYears = new ArrayList<>();
            List<MissingGrades> missing = new ArrayList<>();
            for (Journal journal : of.journalsOf(student)) {
                if (!assessed.contains(journal.id())) {
                    continue;
                }
                List<StoredGrade> own = of.grades(student, journal);
                SubjectYear year = SubjectYear.of(journal.subjectId(), of.subject(journal), own, form);
                subjectYears.add(year);
                List<YearPeriod> lacking = lacking(own, year, semesters, form);
                if (!lacking.isEmpty()) {
                    missing.add(new MissingGrades(journal.id(), of.subject(journal), lacking));
                }
            }
            years.add(new StudentYear(student, Promotion.outcome(form, subjectYears), missing,
                    Optional.ofNullable(decided.get(student.id()))));
        }
        return years;
    }

    /**
     * The journals whose year counts: all of them in forms 4–12. In forms 1–3 the regulation gives
     * learning levels only in some subjects, so a journal counts only where its teacher assesses in
     * levels, that is where it holds a level of any work for anyone; one that holds none is not
     * said to lack the year's level.
     */
    private Set<UUID> assessedInLevels(ClassGrades of, int form) {
        Set<UUID> all = of.journals().stream().map(Journal::id).collect(Collectors.toSet());
        return form > SubjectYear.LAST_LEVEL_FORM ? all : grades.journalsWithLevels(all);
    }

    /**
     * The class's current students in Latvian alphabetical order, each with the year-end grades of every
     * subject they learn: year grade, re-examination, exam and final grade, as far as they are recorded.
     */
    public List<StudentFinals> finals(UUID classId) {
        ClassGrades of = classGrades(classId);
        return of.members().stream().map(student -> new StudentFinals(student, of.journalsOf(student).stream()
                .map(journal -> {
                    List<StoredGrade> own = of.grades(student, journal);
                    return new SubjectFinal(journal.subjectId(), of.subject(journal), latest(own, GradeKind.YEAR),
                            latest(own, GradeKind.RE_EXAMINATION), latest(own, GradeKind.EXAM),
                            latest(own, GradeKind.FINAL));
                }).toList())).toList();
    }

    /** A class's current students, the graded journals they learn in, and their period grades there. */
    private record ClassGrades(SchoolClass schoolClass, List<Student> members, List<Journal> journals,
                               Map<UUID, Set<UUID>> learners, Map<List<UUID>, List<StoredGrade>> byStudentAndJournal,
                               Map<UUID, String> subjects) {

        List<Journal> journalsOf(Student student) {
            return journals.stream().filter(j -> learners.get(j.id()).contains(student.id())).toList();
        }

        List<StoredGrade> grades(Student student, Journal journal) {
            return byStudentAndJournal.getOrDefault(List.of(student.id(), journal.id()), List.of());
        }

        String subject(Journal journal) {
            return subjects.getOrDefault(journal.subjectId(), journal.name());
        }
    }

    private ClassGrades classGrades(UUID classId) {
        SchoolClass schoolClass = classes.schoolClass(classId).orElseThrow(() -> UserError.of("class.missing"));
        List<Student> members = students.ofClass(classId).stream().filter(s -> !s.hasLeft()).toList();
        Set<UUID> memberIds = members.stream().map(Student::id).collect(Collectors.toSet());
        Map<UUID, String> subjects = classes.subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
        GradedSubjects graded = GradedSubjects.of(school);
        List<Journal> journals = journalsOf(schoolClass, memberIds).stream()
                .filter(j -> graded.graded(j.kind(), subjects.getOrDefault(j.subjectId(), j.name()))).toList();
        Map<List<UUID>, List<StoredGrade>> byStudentAndJournal = grades
                .periodGrades(journals.stream().map(Journal::id).toList(), memberIds, KINDS).stream()
                .collect(Collectors.groupingBy(g -> List.of(g.studentId(), g.journalId())));
        return new ClassGrades(schoolClass, members, journals, learners(journals, memberIds), byStudentAndJournal,
                subjects);
    }

    /** The class's journals, its groups' journals, and combined groups' journals its students learn in. */
    private List<Journal> journalsOf(SchoolClass schoolClass, Set<UUID> memberIds) {
        Set<UUID> groups = new HashSet<>();
        for (StudentGroup g : classes.groups(schoolClass.yearId())) {
            if (schoolClass.id().equals(g.classId())
                    || g.combined() && classes.groupMembers(g.id()).stream().anyMatch(memberIds::contains)) {
                groups.add(g.id());
            }
        }
        return classes.journals(schoolClass.yearId()).stream()
                .filter(j -> schoolClass.id().equals(j.classId()) || groups.contains(j.groupId())).toList();
    }

    /** Who of the class learns in each journal: all of it in a class journal, a group's members in its. */
    private Map<UUID, Set<UUID>> learners(List<Journal> journals, Set<UUID> memberIds) {
        return journals.stream().collect(Collectors.toMap(Journal::id, j -> j.groupId() == null ? memberIds
                : classes.groupMembers(j.groupId()).stream().filter(memberIds::contains).collect(Collectors.toSet())));
    }

    private static List<YearPeriod> lacking(List<StoredGrade> own, SubjectYear year, List<Semester> semesters,
                                            int form) {
        List<YearPeriod> lacking = new ArrayList<>();
        if (form >= SEMESTER_GRADES_FROM) {
            for (Semester semester : semesters) {
                boolean graded = own.stream().anyMatch(g -> g.kind() == GradeKind.SEMESTER
                        && semester.range().contains(g.workDate()));
                if (!graded) {
                    lacking.add(semester.number() == 1 ? YearPeriod.SEMESTER_1 : YearPeriod.SEMESTER_2);
                }
            }
        }
        if (year.year().isEmpty()) {
            lacking.add(YearPeriod.YEAR);
        }
        return lacking;
    }

    private static Optional<Grade> latest(List<StoredGrade> own, GradeKind kind) {
        return own.stream().filter(g -> g.kind() == kind).max(Comparator.comparing(StoredGrade::workDate))
                .map(StoredGrade::grade);
    }
}
