package lv.klade.school.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.Endable;
import lv.klade.school.GroupKind;
import lv.klade.school.Journal;
import lv.klade.school.JournalKind;
import lv.klade.school.JournalTeacher;
import lv.klade.school.MasterItem;
import lv.klade.school.NewJournal;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;
import lv.klade.school.TeacherRole;
import lv.klade.ui.Background;
import lv.klade.ui.SameNames;

/**
 * The school's structure as the administrator sets it up: programmes, subjects, classes, groups
 * with their members, and journals with their teachers. Ended items stay in the lists, greyed, and
 * leave the pickers.
 */
public final class MasterDataViewModel {
    /** One line of a list: its cells in column order, and whether it has ended by today. */
    public record Row(MasterItem item, UUID id, List<String> cells, boolean ended) {
    }

    /** A teacher of the selected journal, with their dates. */
    public record TeacherRow(UUID staffId, String name, String starts, String ends) {
    }

    private final ClassService service;
    private final ClassRepository repository;
    private final SchoolRepository schools;
    private final People people;
    private final Actor actor;
    private final LocalDate today;
    private final Background background;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final Map<MasterItem, ObservableList<Row>> rows = new java.util.EnumMap<>(MasterItem.class);
    private final ObservableList<Choice> programmeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> subjectChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> teacherChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> members = FXCollections.observableArrayList();
    private final ObservableList<Choice> candidates = FXCollections.observableArrayList();
    private final ObservableList<TeacherRow> journalTeachers = FXCollections.observableArrayList();
    private SchoolYear year;
    private Map<UUID, Journal> journals = Map.of();
    private Map<UUID, String> names = Map.of();

    public MasterDataViewModel(ClassService service, ClassRepository repository, SchoolRepository schools,
                               People people, Actor actor, LocalDate today, Background background) {
        this.service = service;
        this.repository = repository;
        this.schools = schools;
        this.people = people;
        this.actor = actor;
        this.today = today;
        this.background = background;
        for (MasterItem item : MasterItem.values()) {
            rows.put(item, FXCollections.observableArrayList());
        }
    }

    private record Loaded(SchoolYear year, List<Programme> programmes, List<Subject> subjects,
                          List<SchoolClass> classes, List<StudentGroup> groups, List<Journal> journals,
                          List<Choice> teachers, Map<UUID, String> names) {
    }

    /** Reads the current year's master data, off the FX thread. */
    public void load() {
        background.run(() -> schools.currentYear().map(y -> {
            List<Journal> journalList = repository.journals(y.id());
            List<SchoolClass> classList = repository.classes(y.id());
            Map<UUID, String> names = new java.util.HashMap<>();
            classList.stream().map(SchoolClass::tutorId).filter(Objects::nonNull)
                    .forEach(id -> names.put(id, people.names().apply(id)));
            journalList.stream().flatMap(j -> j.teachers().stream()).map(JournalTeacher::staffId).distinct()
                    .forEach(id -> names.put(id, people.names().apply(id)));
            return new Loaded(y, repository.programmes(), repository.subjects(), classList, repository.groups(y.id()),
                    journalList, people.teachers().get(), names);
        }), loaded -> loaded.ifPresent(this::show));
    }

    private void show(Loaded data) {
        Messages text = background.messages();
        year = data.year();
        title.set(text.get("masterData.title", year.name()));
        Map<UUID, String> programmeNames = data.programmes().stream()
                .collect(Collectors.toMap(Programme::id, p -> p.code() + " " + p.name()));
        Map<UUID, String> subjectNames = data.subjects().stream().collect(Collectors.toMap(Subject::id, Subject::name));
        Map<UUID, String> classNames = data.classes().stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        Function<UUID, String> name = id -> id == null ? "" : data.names().getOrDefault(id, "");
        rows(MasterItem.PROGRAMME, data.programmes(), Programme::id, p -> List.of(p.code(), p.name(), ends(p)));
        rows(MasterItem.SUBJECT, data.subjects(), Subject::id, s -> List.of(s.name(), s.shortName(), ends(s)));
        rows(MasterItem.CLASS, data.classes(), SchoolClass::id, c -> List.of(c.name(), String.valueOf(c.form()),
                name.apply(c.tutorId()), c.programmeId() == null ? "" : programmeNames.getOrDefault(c.programmeId(), ""),
                ends(c)));
        rows(MasterItem.GROUP, data.groups(), StudentGroup::id, g -> List.of(g.name(),
                text.get("masterData.groupKind." + g.kind()), g.classId() == null ? "" : classNames.get(g.classId()),
                ends(g)));
        rows(MasterItem.JOURNAL, data.journals(), Journal::id, j -> List.of(j.name(),
                text.get("masterData.journalKind." + j.kind()), teachers(j, name), ends(j)));
        names = data.names();
        journals = data.journals().stream().collect(Collectors.toMap(Journal::id, j -> j));
        programmeChoices.setAll(choices(data.programmes(), Programme::id, p -> p.code() + " " + p.name()));
        subjectChoices.setAll(choices(data.subjects(), Subject::id, Subject::name));
        classChoices.setAll(choices(data.classes(), SchoolClass::id, SchoolClass::name));
        List<Choice> owners = new ArrayList<>(classChoices);
        owners.addAll(choices(data.groups(), StudentGroup::id, StudentGroup::name));
        ownerChoices.setAll(owners);
        teacherChoices.setAll(data.teachers());
    }

    private <T extends Endable> void rows(MasterItem item, List<T> items, Function<T, UUID> id,
                                          Function<T, List<String>> cells) {
        rows.get(item).setAll(items.stream().map(i -> new Row(item, id.apply(i), cells.apply(i), i.endedOn(today)))
                .toList());
    }

    /** What is still in use today, for a picker. */
    private <T extends Endable> List<Choice> choices(List<T> items, Function<T, UUID> id, Function<T, String> name) {
        return items.stream().filter(i -> !i.endedOn(today)).map(i -> new Choice(id.apply(i), name.apply(i))).toList();
    }

    private String teachers(Journal journal, Function<UUID, String> name) {
        return journal.teachers().stream().map(t -> name.apply(t.staffId()) + dates(t)).collect(Collectors.joining(", "));
    }

    private String dates(JournalTeacher teacher) {
        if (teacher.starts() == null && teacher.ends() == null) {
            return "";
        }
        return " (" + (teacher.starts() == null ? "" : Messages.date(teacher.starts())) + "–"
                + (teacher.ends() == null ? "" : Messages.date(teacher.ends())) + ")";
    }

    private String ends(Endable item) {
        return item.ends() == null ? "" : background.messages().get("masterData.endsFrom", Messages.date(item.ends()));
    }

    // --- changes: each validates in the service and reloads ---

    /** Adds a programme; {@code added} runs once it is written, to empty the form for the next. */
    public void addProgramme(String code, String name, Runnable added) {
        change(() -> service.addProgramme(actor, code, name), added);
    }

    public void renameProgramme(Row row, String code, String name) {
        ifSelected(row, () -> service.renameProgramme(actor, row.id(), code, name));
    }

    public void addSubject(String name, String shortName, Runnable added) {
        change(() -> service.addSubject(actor, name, shortName), added);
    }

    public void renameSubject(Row row, String name, String shortName) {
        ifSelected(row, () -> service.renameSubject(actor, row.id(), name, shortName));
    }

    /** Adds a class; its form is read from the number typed. */
    public void addClass(String name, String form, Choice programme, Choice tutor, Runnable added) {
        Optional<Integer> number = form(form);
        number.ifPresent(f -> change(() -> service.addClass(actor, year.id(), name, f, id(programme), id(tutor)),
                added));
    }

    public void changeClass(Row row, String name, String form, Choice programme, Choice tutor) {
        Optional<Integer> number = form(form);
        number.ifPresent(f -> ifSelected(row, () -> {
            service.changeClass(actor, row.id(), name, f, id(programme));
            service.setTutor(actor, row.id(), id(tutor));
        }));
    }

    private Optional<Integer> form(String typed) {
        try {
            return Optional.of(Integer.parseInt(typed == null ? "" : typed.strip()));
        } catch (NumberFormatException e) {
            error.set(background.messages().get("masterData.formNotNumber", typed == null ? "" : typed));
            return Optional.empty();
        }
    }

    public void addGroup(String name, GroupKind kind, Choice schoolClass, Runnable added) {
        if (kind == null) {
            error.set(background.messages().get("masterData.kindMissing"));
            return;
        }
        change(() -> service.addGroup(actor, year.id(), name, id(schoolClass), kind), added);
    }

    public void renameGroup(Row row, String name) {
        ifSelected(row, () -> service.renameGroup(actor, row.id(), name));
    }

    /** Shows the group's members and, to pick from, the students of the chosen class. */
    public void selectGroup(Row group, Choice fromClass) {
        if (group == null) {
            members.clear();
            return;
        }
        UUID classId = id(fromClass);
        background.run(() -> new Members(people.students().apply(repository.groupMembers(group.id())),
                        classId == null ? List.of() : people.studentsOfClass().apply(classId)),
                m -> {
                    Set<UUID> in = m.members().stream().map(NamedStudent::id).collect(Collectors.toSet());
                    members.setAll(studentChoices(m.members()));
                    candidates.setAll(studentChoices(m.candidates().stream().filter(c -> !in.contains(c.id())).toList()));
                });
    }

    private record Members(List<NamedStudent> members, List<NamedStudent> candidates) {
    }

    /** Each list on its own: two students of one name in it show their birth dates. */
    private List<Choice> studentChoices(List<NamedStudent> students) {
        List<String> shown = SameNames.shown(students, NamedStudent::name, NamedStudent::birthDate,
                background.messages());
        return IntStream.range(0, students.size()).mapToObj(i -> new Choice(students.get(i).id(), shown.get(i)))
                .toList();
    }

    public void addMembers(Row group, List<Choice> students, Choice fromClass) {
        ifSelected(group, () -> service.addGroupMembers(actor, group.id(), students.stream().map(Choice::id).toList()),
                () -> selectGroup(group, fromClass));
    }

    public void removeMember(Row group, Choice student, Choice fromClass) {
        if (student != null) {
            ifSelected(group, () -> service.removeGroupMember(actor, group.id(), student.id()),
                    () -> selectGroup(group, fromClass));
        }
    }

    /** Adds a journal of a subject for a class or a group, with its first teacher from a day. */
    public void addJournal(Choice subject, Choice owner, JournalKind kind, Choice teacher, LocalDate from) {
        if (subject == null || owner == null || kind == null) {
            error.set(background.messages().get("masterData.journalIncomplete"));
            return;
        }
        boolean ofClass = classChoices.contains(owner);
        List<JournalTeacher> teachers = teacher == null ? List.of()
                : List.of(new JournalTeacher(teacher.id(), TeacherRole.TEACHER, from, null));
        NewJournal journal = ofClass ? NewJournal.forClass(year.id(), kind, subject.id(), owner.id(), teachers)
                : NewJournal.forGroup(year.id(), kind, subject.id(), owner.id(), teachers);
        change(() -> service.addJournal(actor, journal));
    }

    public void selectJournal(Row row) {
        Journal journal = row == null ? null : journals.get(row.id());
        journalTeachers.setAll(journal == null ? List.of() : journal.teachers().stream()
                .map(t -> new TeacherRow(t.staffId(), names.getOrDefault(t.staffId(), ""),
                        t.starts() == null ? "" : Messages.date(t.starts()), t.ends() == null ? "" : Messages.date(t.ends())))
                .toList());
    }

    public void addJournalTeacher(Row journal, Choice teacher, LocalDate from) {
        if (teacher != null) {
            ifSelected(journal, () -> service.addJournalTeacher(actor, journal.id(),
                    new JournalTeacher(teacher.id(), TeacherRole.TEACHER, from, null)));
        }
    }

    public void endJournalTeacher(Row journal, TeacherRow teacher, LocalDate lastDay) {
        if (teacher != null) {
            ifSelected(journal, () -> service.endJournalTeacher(actor, journal.id(), teacher.staffId(), lastDay));
        }
    }

    public void removeJournalTeacher(Row journal, TeacherRow teacher) {
        if (teacher != null) {
            ifSelected(journal, () -> service.removeJournalTeacher(actor, journal.id(), teacher.staffId()));
        }
    }

    /** Ends the item from a day; without a day it is back in use. */
    public void end(Row row, LocalDate from) {
        ifSelected(row, () -> service.end(actor, row.item(), row.id(), from));
    }

    public void delete(Row row) {
        ifSelected(row, () -> service.delete(actor, row.item(), row.id()));
    }

    private static UUID id(Choice choice) {
        return choice == null ? null : choice.id();
    }

    private void ifSelected(Row row, Runnable write) {
        ifSelected(row, write, () -> { });
    }

    private void ifSelected(Row row, Runnable write, Runnable then) {
        if (row == null) {
            error.set(background.messages().get("masterData.nothingSelected"));
            return;
        }
        change(write, then);
    }

    private void change(Runnable write) {
        change(write, () -> { });
    }

    private void change(Runnable write, Runnable then) {
        if (year == null) {
            return;
        }
        error.set("");
        background.run(() -> {
            write.run();
            return Boolean.TRUE;
        }, done -> {
            load();
            then.run();
        }, error::set);
    }

    // --- what the view binds ---

    public ObservableList<Row> rows(MasterItem item) {
        return rows.get(item);
    }

    public ObservableList<Choice> programmeChoices() {
        return programmeChoices;
    }

    public ObservableList<Choice> subjectChoices() {
        return subjectChoices;
    }

    public ObservableList<Choice> classChoices() {
        return classChoices;
    }

    /** The classes and groups a journal may be kept for. */
    public ObservableList<Choice> ownerChoices() {
        return ownerChoices;
    }

    public ObservableList<Choice> teacherChoices() {
        return teacherChoices;
    }

    public ObservableList<Choice> members() {
        return members;
    }

    public ObservableList<Choice> candidates() {
        return candidates;
    }

    public ObservableList<TeacherRow> journalTeachers() {
        return journalTeachers;
    }

    public LocalDate yearStarts() {
        return year == null ? today : year.starts();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
