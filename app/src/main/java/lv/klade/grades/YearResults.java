package lv.klade.grades;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Only graded subjects count ({@link GradedSubjects}): the tutor's class hour, interest education,
 * electives and after-school groups never block promotion.
 */
public final class YearResults {
    /** The first form that closes each semester with a grade of its own. */
    private static final int SEMESTER_GRADES_FROM = GradeKind.SEMESTER_INTERIM.firstForm();
    private static final Set<GradeKind> KINDS = EnumSet.of(GradeKind.SEMESTER, GradeKind.YEAR, GradeKind.FINAL,
            GradeKind.RE_EXAMINATION);

    private final GradeRepository grades;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final StudentService students;

    public YearResults(JournalStore store, SchoolRepository school, ClassRepository classes, StudentService students) {
        this.grades = new GradeRepository(store);
        this.school = school;
        this.classes = classes;
        this.students = students;
    }

    /** The class's current students in Latvian alphabetical order, each with their year. */
    public List<StudentYear> ofClass(UUID classId) {
        SchoolClass schoolClass = classes.schoolClass(classId).orElseThrow(() -> UserError.of("class.missing"));
        List<Student> members = students.ofClass(classId).stream().filter(s -> !s.hasLeft()).toList();
        Set<UUID> memberIds = members.stream().map(Student::id).collect(Collectors.toSet());
        Map<UUID, String> subjects = classes.subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
        GradedSubjects graded = GradedSubjects.of(school);
        List<Journal> journals = journalsOf(schoolClass, memberIds).stream()
                .filter(j -> graded.graded(j.kind(), subjects.getOrDefault(j.subjectId(), j.name()))).toList();
        Map<UUID, Set<UUID>> learners = learners(journals, memberIds);
        Map<List<UUID>, List<StoredGrade>> byStudentAndJournal = grades
                .periodGrades(journals.stream().map(Journal::id).toList(), memberIds, KINDS).stream()
                .collect(Collectors.groupingBy(g -> List.of(g.studentId(), g.journalId())));
        List<Semester> semesters = school.semesters(schoolClass.yearId());
        List<StudentYear> years = new ArrayList<>();
        for (Student student : members) {
            List<SubjectYear> subjectYears = new ArrayList<>();
            List<MissingGrades> missing = new ArrayList<>();
            for (Journal journal : journals) {
                if (!learners.get(journal.id()).contains(student.id())) {
                    continue;
                }
                String subject = subjects.getOrDefault(journal.subjectId(), journal.name());
                List<StoredGrade> own = byStudentAndJournal.getOrDefault(List.of(student.id(), journal.id()), List.of());
                SubjectYear year = SubjectYear.of(journal.subjectId(), subject, own, schoolClass.form());
                subjectYears.add(year);
                List<YearPeriod> lacking = lacking(own, year, semesters, schoolClass.form());
                if (!lacking.isEmpty()) {
                    missing.add(new MissingGrades(journal.id(), subject, lacking));
                }
            }
            years.add(new StudentYear(student, Promotion.outcome(schoolClass.form(), subjectYears), missing));
        }
        return years;
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
}
