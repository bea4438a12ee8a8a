package lv.klade.lessons.ui;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AttendanceCode;
import lv.klade.lessons.AttendanceCodes;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.LessonTexts;
import lv.klade.lessons.LessonType;
import lv.klade.lessons.StudentName;
import lv.klade.school.JournalKind;
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.TimetableRepository;
import lv.klade.ui.Background;
import lv.klade.ui.SameNames;

/**
 * One lesson being filled in: topic, planned result, homework, notes, its type with what that type
 * needs, and each student's attendance mark, saved in one call through {@link LessonService}.
 */
public final class LessonFormViewModel {
    private final LessonService service;
    private final LessonRepository lessons;
    private final TimetableRepository timetables;
    private final SchoolRepository school;
    private final UUID staffId;
    private final Background background;

    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty plannedResult = new SimpleStringProperty("");
    private final StringProperty homework = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LessonKind> kind = new SimpleObjectProperty<>(LessonKind.REGULAR);
    private final ObjectProperty<PersonOption> taughtBy = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> absentTeacher = new SimpleObjectProperty<>();
    private final StringProperty absenceReason = new SimpleStringProperty("");
    private final StringProperty orderNo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> madeUpDate = new SimpleObjectProperty<>();
    private final StringProperty notHeldReason = new SimpleStringProperty("");
    private final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> staff = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LessonRow> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LessonState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper participation = new ReadOnlyBooleanWrapper(false);
    private AttendanceCodes codes = AttendanceCodes.parse(null);
    private Map<String, String> keys = AttendanceKeys.of(codes);
    private Set<UUID> participants = Set.of();
    private Consumer<LessonRow> onSaved = row -> { };

    public LessonFormViewModel(LessonService service, LessonRepository lessons, TimetableRepository timetables,
                               SchoolRepository school, UUID staffId, Background background) {
        this.service = service;
        this.lessons = lessons;
        this.timetables = timetables;
        this.school = school;
        this.staffId = staffId;
        this.background = background;
    }

    /** What the form reads before it can be filled. */
    private record Loaded(List<StudentName> students, Optional<Lesson> lesson, Map<UUID, String> marks,
                          Set<UUID> participants, Optional<PlannedLesson> planned, Map<UUID, String> staffNames,
                          AttendanceCodes codes, boolean participation) {
    }

    /** Called with the lesson after each successful save. */
    void setOnSaved(Consumer<LessonRow> onSaved) {
        this.onSaved = onSaved;
    }

    /** Opens a lesson: reads its entry and students off the FX thread, then fills the form. */
    public void open(LessonRow row) {
        Messages text = background.messages();
        lesson.set(row);
        ready.set(false);
        error.set("");
        status.set(text.get("lessonForm.loading"));
        state.set(row.entry().state());
        title.set(row.entry().period() == null
                ? text.get("lessonForm.titleNoPeriod", row.owner(), row.entry().subject(), row.date())
                : text.get("lessonForm.title", row.owner(), row.entry().subject(), row.date(), row.entry().period()));
        background.run(() -> load(row), data -> fill(row, data), message -> {
            status.set("");
            error.set(message);
        });
    }

    private Loaded load(LessonRow row) {
        Optional<Lesson> recorded = Optional.ofNullable(row.entry().lessonId()).flatMap(lessons::lesson);
        Optional<PlannedLesson> planned = row.entry().period() == null ? Optional.empty()
                : school.years().stream().filter(y -> y.range().contains(row.date())).findFirst()
                .flatMap(y -> timetables.planner(y.id()).at(row.entry().journalId(), row.date(), row.entry().period()));
        return new Loaded(lessons.students(row.entry().journalId(), row.date()), recorded,
                recorded.map(l -> lessons.marks(l.id())).orElse(Map.of()),
                recorded.map(l -> lessons.participants(l.id())).orElse(Set.of()), planned, timetables.staffNames(),
                AttendanceCodes.parse(school.setting(AttendanceCodes.SETTING).orElse(null)),
                lessons.journalKind(row.entry().journalId()).map(JournalKind::recordsParticipants).orElse(false));
    }

    private void fill(LessonRow row, Loaded data) {
        if (!row.equals(lesson.get())) {
            return;
        }
        codes = data.codes();
        keys = AttendanceKeys.of(codes);
        participants = data.participants();
        participation.set(data.participation());
        Map<UUID, PersonOption> options = new LinkedHashMap<>();
        data.staffNames().entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(e -> options.put(e.getKey(), new PersonOption(e.getKey(), e.getValue())));
        staff.setAll(options.values());
        List<StudentName> students = data.students();
        List<String> names = SameNames.shown(students, StudentName::fullName, StudentName::birthDate,
                background.messages());
        attendance.setAll(IntStream.range(0, students.size()).mapToObj(i -> new AttendanceRow(i + 1, students.get(i),
                names.get(i), data.marks().get(students.get(i).id()),
                data.participants().contains(students.get(i).id()))).toList());
        clearType();
        taughtBy.set(options.get(staffId));
        if (data.lesson().isPresent()) {
            fillFrom(data.lesson().get(), options);
        } else {
            fillNew(row, data.planned(), options);
        }
        status.set("");
        ready.set(true);
    }

    private void fillFrom(Lesson recorded, Map<UUID, PersonOption> options) {
        topic.set(orEmpty(recorded.topic()));
        plannedResult.set(orEmpty(recorded.plannedResult()));
        homework.set(orEmpty(recorded.homework()));
        notes.set(orEmpty(recorded.notes()));
        taughtBy.set(options.get(recorded.teacherId()));
        kind.set(recorded.type().kind());
        switch (recorded.type()) {
            case LessonType.Substituted s -> {
                absentTeacher.set(options.get(s.absentTeacherId()));
                absenceReason.set(orEmpty(s.reason()));
                orderNo.set(orEmpty(s.orderNo()));
                orderDate.set(s.orderDate());
            }
            case LessonType.MakeUp m -> madeUpDate.set(m.madeUpDate());
            case LessonType.NotHeld n -> notHeldReason.set(orEmpty(n.reason()));
            case LessonType.Regular r -> { }
            case LessonType.Extra x -> { }
            case LessonType.Consultation c -> { }
        }
    }

    /** A new entry starts from what the timetable knows: a substitution, the teacher's absence, 1 September. */
    private void fillNew(LessonRow row, Optional<PlannedLesson> planned, Map<UUID, PersonOption> options) {
        boolean firstDay = row.date().getMonth() == Month.SEPTEMBER && row.date().getDayOfMonth() == 1;
        topic.set(firstDay ? LessonTexts.firstDayTopic(background.messages()) : "");
        plannedResult.set("");
        homework.set("");
        notes.set("");
        // An extra lesson opened from "add a lesson" comes as EXTRA; a planned one starts as regular.
        kind.set(row.entry().type() == LessonKind.EXTRA || row.entry().type() == LessonKind.CONSULTATION
                ? row.entry().type() : LessonKind.REGULAR);
        planned.ifPresent(p -> {
            if (p.substitute() != null && staffId.equals(p.substitute().substituteId())) {
                kind.set(LessonKind.SUBSTITUTED);
                absentTeacher.set(options.get(p.teacherId()));
                absenceReason.set(p.absence() == null ? "" : orEmpty(p.absence().reason()));
                orderNo.set(orEmpty(p.substitute().orderNo()));
                orderDate.set(p.substitute().orderDate());
            } else if (!p.held()) {
                kind.set(LessonKind.NOT_HELD);
                notHeldReason.set(orEmpty(p.absence().reason()));
            }
        });
    }

    private void clearType() {
        absentTeacher.set(null);
        absenceReason.set("");
        orderNo.set("");
        orderDate.set(null);
        madeUpDate.set(null);
        notHeldReason.set("");
    }

    /** Writes the topic as the template "SR: planned result / Topic"; a topic already written so stays. */
    public void applySrTemplate() {
        Messages text = background.messages();
        String prefix = LessonTexts.srTemplate(text, plannedResult.get(), "");
        String current = orEmpty(topic.get());
        if (!current.startsWith(prefix.strip())) {
            topic.set(LessonTexts.srTemplate(text, plannedResult.get(), current));
        }
    }

    /** Marks a student with the code a typed key stands for; false when the key stands for none. */
    public boolean markByKey(AttendanceRow row, String typed) {
        String code = typed == null ? null : keys.get(typed.toLowerCase(Messages.LATVIAN));
        if (row == null || code == null) {
            return false;
        }
        row.codeProperty().set(code);
        return true;
    }

    /** Marks a student with {@code code}, or clears the mark when it already is that code. */
    public void toggle(AttendanceRow row, String code) {
        if (row != null) {
            row.codeProperty().set(code.equals(row.code()) ? "" : code);
        }
    }

    /** Ticks or unticks that the student took part; only where the journal records it. */
    public void toggleParticipation(AttendanceRow row) {
        if (row != null && participation.get()) {
            row.tookPartProperty().set(!row.tookPart());
        }
    }

    public void clear(AttendanceRow row) {
        if (row != null) {
            row.codeProperty().set("");
        }
    }

    /** The school's attendance codes, in the order the school lists them. */
    public List<String> codes() {
        return codes.codes().stream().map(AttendanceCode::code).toList();
    }

    /** "n — n, s — ns, k — nk": which key marks which code. */
    public String keysHint() {
        Messages text = background.messages();
        return String.join(", ", keys.entrySet().stream()
                .map(e -> text.get("lessonForm.keyFor", e.getKey(), e.getValue())).toList());
    }

    /** Saves the lesson in the background; a refusal shows in {@link #errorProperty()} and changes nothing. */
    public void save() {
        LessonRow row = lesson.get();
        if (row == null || !ready.get()) {
            return;
        }
        error.set("");
        LessonEntry entry = entry(row);
        ready.set(false);
        background.run(() -> service.save(Actor.user(staffId), entry), id -> {
            ready.set(true);
            status.set(background.messages().get("lessonForm.saved"));
            onSaved.accept(row);
        }, message -> {
            ready.set(true);
            error.set(message);
        });
    }

    /** Shows the state the lesson has after a save, as the teacher's day now reads it. */
    void showState(LessonState newState) {
        state.set(newState);
    }

    LessonEntry entry(LessonRow row) {
        LessonType type = switch (kind.get() == null ? LessonKind.REGULAR : kind.get()) {
            case REGULAR -> new LessonType.Regular();
            case EXTRA -> new LessonType.Extra();
            case CONSULTATION -> new LessonType.Consultation();
            case SUBSTITUTED -> new LessonType.Substituted(idOf(absentTeacher.get()), absenceReason.get(),
                    orderNo.get(), orderDate.get());
            case MAKE_UP -> new LessonType.MakeUp(madeUpDate.get());
            case NOT_HELD -> new LessonType.NotHeld(notHeldReason.get());
        };
        UUID teacher = kind.get() == LessonKind.SUBSTITUTED && taughtBy.get() != null ? taughtBy.get().id() : staffId;
        Map<UUID, String> marks = new HashMap<>();
        attendance.stream().filter(AttendanceRow::marked).forEach(a -> marks.put(a.student().id(), a.code()));
        Set<UUID> tookPart = !participation.get() ? participants : attendance.stream()
                .filter(AttendanceRow::tookPart).map(a -> a.student().id()).collect(Collectors.toSet());
        return new LessonEntry(row.entry().journalId(), row.date(), row.entry().period(), teacher, type, topic.get(),
                plannedResult.get(), homework.get(), notes.get(), marks, tookPart);
    }

    private static UUID idOf(PersonOption option) {
        return option == null ? null : option.id();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty plannedResultProperty() {
        return plannedResult;
    }

    public StringProperty homeworkProperty() {
        return homework;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<LessonKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<PersonOption> taughtByProperty() {
        return taughtBy;
    }

    public ObjectProperty<PersonOption> absentTeacherProperty() {
        return absentTeacher;
    }

    public StringProperty absenceReasonProperty() {
        return absenceReason;
    }

    public StringProperty orderNoProperty() {
        return orderNo;
    }

    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }

    public ObjectProperty<LocalDate> madeUpDateProperty() {
        return madeUpDate;
    }

    public StringProperty notHeldReasonProperty() {
        return notHeldReason;
    }

    public ObservableList<AttendanceRow> attendance() {
        return attendance;
    }

    public ObservableList<PersonOption> staff() {
        return staff;
    }

    public ReadOnlyObjectProperty<LessonRow> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True for a journal whose lessons record who took part: the form shows a column to tick. */
    public ReadOnlyBooleanProperty participationProperty() {
        return participation.getReadOnlyProperty();
    }

    /** False while the lesson loads or saves: the form waits. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
