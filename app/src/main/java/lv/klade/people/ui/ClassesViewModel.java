package lv.klade.people.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.GuardianData;
import lv.klade.people.PersonalCode;
import lv.klade.people.PersonalDataAccess;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.people.Student;
import lv.klade.people.StudentData;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.ui.Background;

/**
 * The current year's classes, a class's students, a student's personal file, and the office's
 * admissions, corrections, moves and leavings. Personal data reaches the view only where
 * {@link PersonalDataAccess} allows it.
 */
public final class ClassesViewModel {
    /** What the side panel shows: the selected student's file, or one of the editing forms. */
    public enum Panel { DETAILS, ADMIT, EDIT, MOVE, LEAVE }

    /** A class in the list: name, form, tutor's name and how many students it has now. */
    public record ClassRow(UUID id, String name, int form, String tutor, int students, UUID programmeId) {
    }

    /** A student in the list; the personal code and birth date are blank where the viewer may not see them. */
    public record StudentRow(UUID id, int number, String lastName, String firstName, String personalCode,
                             String birthDate, String className) {
    }

    private record Loaded(List<ClassRow> classes, List<Programme> programmes, Map<UUID, String> classNames) {
    }

    private record Opened(StudentRow row, PersonalFile file, Student editable) {
    }

    private final StudentService studentService;
    private final StaffService staffService;
    private final SchoolRepository schools;
    private final ClassRepository classRepository;
    private final StaffMember viewer;
    private final Actor actor;
    private final Background background;
    private final ObservableList<ClassRow> classes = FXCollections.observableArrayList();
    private final ObservableList<StudentRow> students = FXCollections.observableArrayList();
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ClassRow> selectedClass = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StudentRow> selectedStudent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PersonalFile> personalFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Student> editable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(Panel.DETAILS);
    private final ReadOnlyBooleanWrapper personalColumns = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Map<UUID, String> classNames = Map.of();
    private UUID wantedClass;
    private String searchText = "";
    // Each list request gets a number, so an answer that arrives after a newer request is dropped.
    private int studentsRequest;
    private int fileRequest;

    /** Opens at the first class of the year. */
    public ClassesViewModel(StudentService students, StaffService staff, SchoolRepository schools,
                            ClassRepository classes, StaffMember viewer, Background background) {
        this(students, staff, schools, classes, viewer, null, background);
    }

    /** Opens at {@code initialClassId} (a tutor's own class) when it is one of this year's; null for the first. */
    public ClassesViewModel(StudentService students, StaffService staff, SchoolRepository schools,
                            ClassRepository classes, StaffMember viewer, UUID initialClassId, Background background) {
        this.studentService = students;
        this.staffService = staff;
        this.schools = schools;
        this.classRepository = classes;
        this.viewer = viewer;
        this.actor = Actor.user(viewer.id());
        this.wantedClass = initialClassId;
        this.background = background;
    }

    /** Reads the classes again, off the FX thread, and then the selected class's students. */
    public void load() {
        background.run(this::read, this::show, error::set);
    }

    private Loaded read() {
        UUID yearId = schools.currentYear().orElseThrow(() -> UserError.of("school.missing")).id();
        Map<UUID, String> staffNames = staffService.all().stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        List<ClassRow> rows = classRepository.classes(yearId).stream()
                .map(c -> new ClassRow(c.id(), c.name(), c.form(), staffNames.getOrDefault(c.tutorId(), ""),
                        studentService.ofClass(c.id()).size(), c.programmeId()))
                .toList();
        return new Loaded(rows, classRepository.programmes(), names(rows));
    }

    private static Map<UUID, String> names(List<ClassRow> rows) {
        return rows.stream().collect(Collectors.toMap(ClassRow::id, ClassRow::name));
    }

    private void show(Loaded loaded) {
        classNames = loaded.classNames();
        programmes.setAll(loaded.programmes());
        classes.setAll(loaded.classes());
        UUID wanted = wantedClass != null ? wantedClass
                : Optional.ofNullable(selectedClass.get()).map(ClassRow::id).orElse(null);
        wantedClass = null;
        ClassRow row = classes.stream().filter(c -> c.id().equals(wanted)).findFirst()
                .orElse(classes.isEmpty() ? null : classes.getFirst());
        selectedClass.set(row);
        reloadStudents();
    }

    /** Shows the class's students; searching stops. */
    public void selectClass(ClassRow row) {
        if (row == null || Objects.equals(row, selectedClass.get()) && searchText.isEmpty()) {
            return;
        }
        searchText = "";
        selectedClass.set(row);
        panel.set(Panel.DETAILS);
        reloadStudents();
    }

    /** Searches all students by a name fragment or personal code digits; blank text lists the class again. */
    public void search(String text) {
        searchText = text == null ? "" : text.strip();
        reloadStudents();
    }

    private void reloadStudents() {
        int request = ++studentsRequest;
        ClassRow current = selectedClass.get();
        String query = searchText;
        Map<UUID, String> names = classNames;
        heading.set(query.isEmpty() ? (current == null ? "" : background.messages().get("students.ofClass", current.name()))
                : background.messages().get("students.found", query));
        background.run(() -> rows(query.isEmpty() ? ofClass(current) : found(query), names), rows -> {
            if (request == studentsRequest) {
                showStudents(rows);
            }
        }, error::set);
    }

    private List<Student> ofClass(ClassRow row) {
        return row == null ? List.of() : studentService.ofClass(row.id());
    }

    private List<Student> found(String query) {
        boolean byCode = query.chars().anyMatch(Character::isDigit);
        // Searching by personal code must not tell anyone a code they may not see.
        return studentService.search(query).stream()
                .filter(s -> !byCode || PersonalDataAccess.maySee(viewer, s.classId()))
                .toList();
    }

    private List<StudentRow> rows(List<Student> list, Map<UUID, String> names) {
        return IntStream.range(0, list.size()).mapToObj(i -> {
            Student s = list.get(i);
            boolean sees = PersonalDataAccess.maySee(viewer, s.classId());
            return new StudentRow(s.id(), i + 1, s.lastName(), s.firstName(), sees ? s.personalCode().value() : "",
                    sees ? Messages.date(s.birthDate()) : "", s.currentClass().map(names::get).orElse(""));
        }).toList();
    }

    private void showStudents(List<StudentRow> rows) {
        UUID keep = Optional.ofNullable(selectedStudent.get()).map(StudentRow::id).orElse(null);
        students.setAll(rows);
        personalColumns.set(PersonalDataAccess.seesEveryone(viewer) || rows.stream().anyMatch(r -> !r.personalCode().isEmpty()));
        selectedStudent.set(null);
        selectStudent(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    /** Opens the student's personal file, as much of it as the viewer may see. */
    public void selectStudent(StudentRow row) {
        if (row != null && row.equals(selectedStudent.get()) && personalFile.get() != null) {
            return;
        }
        int request = ++fileRequest;
        selectedStudent.set(row);
        if (row == null) {
            personalFile.set(null);
            editable.set(null);
            return;
        }
        Map<UUID, String> names = classNames;
        background.run(() -> studentService.details(row.id()).map(d -> {
            boolean full = PersonalDataAccess.maySee(viewer, d.student().classId());
            Map<UUID, String> all = new HashMap<>(names);
            d.enrolments().forEach(e -> all.computeIfAbsent(e.classId(), id ->
                    classRepository.schoolClass(id).map(SchoolClass::name).orElse("?")));
            return new Opened(row, PersonalFile.of(d, full, all, background.messages()),
                    canEdit() ? d.student() : null);
        }), opened -> {
            if (request == fileRequest) {
                personalFile.set(opened.map(Opened::file).orElse(null));
                editable.set(opened.map(Opened::editable).orElse(null));
            }
        }, error::set);
    }

    /** True for the administrator and the registrar, who admit, edit, move and record leavings. */
    public boolean canEdit() {
        return PersonalDataAccess.mayEditStudents(viewer);
    }

    /** Opens an editing form; a form that needs a class or a student opens only when one is selected. */
    public void open(Panel form) {
        boolean ready = switch (form) {
            case DETAILS -> true;
            case ADMIT -> canEdit() && selectedClass.get() != null;
            case EDIT, MOVE, LEAVE -> canEdit() && editable.get() != null;
        };
        if (ready) {
            error.set("");
            panel.set(form);
        }
    }

    public void admit(StudentData data, LocalDate from, DirectorOrder order, GuardianData guardian) {
        ClassRow target = selectedClass.get();
        List<GuardianData> guardians = guardian == null ? List.of() : List.of(guardian);
        write(() -> studentService.admit(actor, new Admission(data, target.id(), from, order, guardians)));
    }

    public void update(StudentData data) {
        UUID id = editable.get().id();
        write(() -> {
            studentService.update(actor, id, data);
            return id;
        });
    }

    public void move(UUID toClassId, LocalDate from, DirectorOrder order) {
        UUID id = editable.get().id();
        write(() -> {
            studentService.move(actor, id, toClassId, from, order);
            return id;
        });
    }

    public void leave(LocalDate lastDay, DirectorOrder order) {
        UUID id = editable.get().id();
        write(() -> {
            studentService.leave(actor, id, lastDay, order);
            return id;
        });
    }

    private void write(Supplier<UUID> change) {
        if (!canEdit()) {
            return;
        }
        error.set("");
        background.run(change, id -> {
            panel.set(Panel.DETAILS);
            personalFile.set(null);
            load();
        }, error::set);
    }

    /** The birth date an old-format personal code encodes, to fill in the form for the user. */
    public Optional<LocalDate> birthDateIn(String personalCode) {
        return PersonalCode.parse(personalCode) instanceof PersonalCode.Parsed.Valid valid
                ? valid.code().birthDate() : Optional.empty();
    }

    /** The classes a student may move to: every class of the year but the current one. */
    public List<ClassRow> otherClasses() {
        UUID now = editable.get() == null ? null : editable.get().classId();
        return classes.stream().filter(c -> !c.id().equals(now)).toList();
    }

    public ObservableList<ClassRow> classes() {
        return classes;
    }

    public ObservableList<StudentRow> students() {
        return students;
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    public ReadOnlyObjectProperty<ClassRow> selectedClassProperty() {
        return selectedClass.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StudentRow> selectedStudentProperty() {
        return selectedStudent.getReadOnlyProperty();
    }

    /** The selected student's file; null while none is selected or it is being read. */
    public ReadOnlyObjectProperty<PersonalFile> personalFileProperty() {
        return personalFile.getReadOnlyProperty();
    }

    /** The selected student as stored, for the editing forms; null unless the viewer may edit. */
    public ReadOnlyObjectProperty<Student> editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Panel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    /** True when the list shows personal codes and birth dates. */
    public ReadOnlyBooleanProperty personalColumnsProperty() {
        return personalColumns.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
