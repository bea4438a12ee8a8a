package lv.klade.grades.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.grades.BookRow;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.Promotion;
import lv.klade.grades.PromotionOutcome;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.SubjectYear;
import lv.klade.grades.Verdict;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.JournalKind;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;
import lv.klade.ui.Background;

/**
 * Promotion to the next form (Cabinet Regulation No. 11, point 25) for one class: each student's
 * outcome from the year (or final) grades and re-examinations of every journal they learn in, with
 * the subjects that fall short. A tutor sees their own classes; the deputy director and the
 * administrator any class.
 */
public final class PromotionViewModel {
    /** One student's outcome, in words. */
    public record PromotionRow(UUID studentId, int number, String name, Verdict verdict, String reason,
                               PromotionOutcome outcome) {
    }

    private final ClassRepository classes;
    private final StudentService students;
    private final GradeBookService books;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final Background background;
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<PromotionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ClassChoice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private int request;

    public PromotionViewModel(ClassRepository classes, StudentService students, GradeBookService books,
                              SchoolRepository school, StaffMember viewer, Background background) {
        this.classes = classes;
        this.students = students;
        this.books = books;
        this.school = school;
        this.viewer = viewer;
        this.background = background;
        chosen.addListener((o, old, c) -> reload());
    }

    /** Reads the classes this person may see and opens the first. */
    public void load() {
        background.run(this::readClasses, list -> {
            classChoices.setAll(list);
            chosen.set(list.isEmpty() ? null : list.getFirst());
        }, error::set);
    }

    private List<ClassChoice> readClasses() {
        UUID yearId = school.currentYear().orElseThrow(() -> UserError.of("school.missing")).id();
        boolean all = viewer.holds(Role.DEPUTY_DIRECTOR) || viewer.holds(Role.ADMINISTRATOR);
        Set<UUID> own = viewer.roles().stream().flatMap(g -> g.forClass().stream()).collect(Collectors.toSet());
        return classes.classes(yearId).stream().filter(c -> all || own.contains(c.id()))
                .map(c -> new ClassChoice(c.id(), c.name(), c.form())).toList();
    }

    private void reload() {
        ClassChoice of = chosen.get();
        int mine = ++request;
        if (of == null) {
            rows.clear();
            return;
        }
        background.run(() -> read(of), list -> {
            if (mine == request) {
                rows.setAll(list);
            }
        }, error::set);
    }

    private List<PromotionRow> read(ClassChoice of) {
        SchoolClass schoolClass = classes.schoolClass(of.id()).orElseThrow(() -> UserError.of("school.missing"));
        Collator latvian = Collator.getInstance(Messages.LATVIAN);
        List<Student> members = students.ofClass(of.id()).stream().filter(s -> s.left() == null)
                .sorted(Comparator.comparing(Student::lastName, latvian).thenComparing(Student::firstName, latvian))
                .toList();
        Set<UUID> memberIds = members.stream().map(Student::id).collect(Collectors.toSet());
        Map<UUID, List<SubjectYear>> years = new HashMap<>();
        for (Journal journal : journalsOf(schoolClass, memberIds)) {
            String subject = subjectNames().getOrDefault(journal.subjectId(), journal.name());
            for (BookRow row : books.gradeBook(journal.id(), Optional.empty()).rows()) {
                if (row.current() && memberIds.contains(row.student().id())) {
                    years.computeIfAbsent(row.student().id(), k -> new ArrayList<>())
                            .add(subjectYear(journal.subjectId(), subject, row, schoolClass.form()));
                }
            }
        }
        List<PromotionRow> list = new ArrayList<>();
        int number = 0;
        for (Student s : members) {
            PromotionOutcome outcome = Promotion.outcome(schoolClass.form(), years.getOrDefault(s.id(), List.of()));
            list.add(new PromotionRow(s.id(), ++number, s.lastName() + " " + s.firstName(), outcome.verdict(),
                    background.messages().text(outcome.reason()), outcome));
        }
        return list;
    }

    private Map<UUID, String> subjectNames() {
        return classes.subjects().stream().collect(Collectors.toMap(Subject::id, Subject::name, (a, b) -> a));
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
        // Interest education, electives and the like are not promotion subjects.
        return classes.journals(schoolClass.yearId()).stream().filter(j -> j.kind() == JournalKind.SUBJECT)
                .filter(j -> schoolClass.id().equals(j.classId()) || groups.contains(j.groupId())).toList();
    }

    /** The year grade, or in forms 9 and 12 the final grade where there is one, and any re-examination. */
    private static SubjectYear subjectYear(UUID subjectId, String subject, BookRow row, int form) {
        Optional<Grade> year = period(row, GradeKind.YEAR);
        if (form == 9 || form == 12) {
            Optional<Grade> fin = period(row, GradeKind.FINAL);
            year = fin.isPresent() ? fin : year;
        }
        return new SubjectYear(subjectId, subject, year, period(row, GradeKind.RE_EXAMINATION));
    }

    private static Optional<Grade> period(BookRow row, GradeKind kind) {
        return row.periods().entrySet().stream().filter(e -> e.getKey().kind() == kind)
                .max(Map.Entry.comparingByKey(Comparator.comparing(p -> p.date())))
                .map(Map.Entry::getValue).map(StoredGrade::grade);
    }

    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<ClassChoice> classProperty() {
        return chosen;
    }

    public ObservableList<PromotionRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
