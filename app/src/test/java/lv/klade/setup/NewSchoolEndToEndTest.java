package lv.klade.setup;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.ui.AttendanceRow;
import lv.klade.lessons.ui.LessonFormViewModel;
import lv.klade.lessons.ui.LessonRow;
import lv.klade.lessons.ui.MyLessonsView;
import lv.klade.lessons.ui.MyLessonsViewModel;
import lv.klade.people.Credentials;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentImportService;
import lv.klade.people.ui.StaffView;
import lv.klade.people.ui.StaffViewModel;
import lv.klade.people.ui.StudentImportView;
import lv.klade.people.ui.StudentImportViewModel;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.StudentGroup;
import lv.klade.school.ui.CalendarView;
import lv.klade.school.ui.CalendarViewModel;
import lv.klade.school.ui.Choice;
import lv.klade.school.ui.MasterDataView;
import lv.klade.school.ui.MasterDataViewModel;
import lv.klade.school.ui.People;
import lv.klade.shell.Services;
import lv.klade.testing.FxWaits;
import lv.klade.testing.Snapshots;
import lv.klade.testing.StudentLists;
import lv.klade.timetable.TimetableEntry;
import lv.klade.timetable.ui.TimetableEditorView;
import lv.klade.timetable.ui.TimetableEditorViewModel;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 12's walk through a real school: an empty new school is set up by its administrator in the
 * window's views, one after another as the navigation opens them — its programmes, subjects and 24
 * classes, 600 students imported from an XLSX and a CSV list, a teacher, a split group, journals, the
 * bell schedule and the timetable — and then the teacher logs in and enters the day's lesson with an
 * absence. Pictures of each step, at 1366×768, go to target/screenshots/e2e-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class NewSchoolEndToEndTest extends FxRobot {
    /** The year 2026/27 starts on Tuesday 1 September 2026. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);
    /** Tuesday 6 October 2026, a school day before the autumn break. */
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 6);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(Messages.RIGA).toInstant(), Messages.RIGA);
    private static final Messages TEXT = Messages.latvian();
    private static final String ADMIN_PASSWORD = "Priedaine-2026-parole";
    private static final String TEACHER_PASSWORD = "Anna-2026-parole";
    private static final String BASIC = "21011111 Pamatizglītības programma";
    private static final String SECONDARY = "31011011 Vispārējās vidējās izglītības programma";
    /** Forms 1 to 6 come in the XLSX list, 7 to 12 in the CSV; two classes a form, 25 students a class. */
    private static final List<String> LOWER = classes(1, 6);
    private static final List<String> UPPER = classes(7, 12);
    private static final int PER_LIST = 300;
    private static final String GROUP = "7.a 1. grupa";
    private static final int GROUP_SIZE = 13;

    @TempDir
    Path dir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    // Written on the FX thread, read by the test.
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> rememberedMapping = new AtomicReference<>();
    private Stage stage;
    private BorderPane window;
    private Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The main window's frame at 1366×768: a header on top, the navigation on the left, the view in between.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Region header = new Region();
        header.setPrefHeight(49);
        header.getStyleClass().add("header");
        Region navigation = new Region();
        navigation.getStyleClass().add("navigation");
        window = new BorderPane();
        window.setTop(header);
        window.setLeft(navigation);
        window.getStylesheets().add(Services.class.getResource("klade.css").toExternalForm());
        stage.setScene(new Scene(window, 1366, 768));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        if (services != null) {
            services.close();
        }
    }

    @Test
    void anEmptyNewSchoolIsSetUpInTheWindowUntilItsTeacherEntersTheFirstLesson() throws Exception {
        services = Services.setUp(dir, new NewSchool("Priedaines vidusskola", 2026, "Ilze", "Ozola", "admin",
                ADMIN_PASSWORD.toCharArray(), ADMIN_PASSWORD.toCharArray()), CLOCK);
        Path journal = services.file();
        StaffMember admin = services.user();
        assertThat(services.year().starts()).isEqualTo(FIRST_DAY);
        assertThat(services.isDemo()).isFalse();
        assertThat(services.classRepository().classCount(services.year().id())).isZero();
        assertThat(services.staff().all()).extracting(StaffMember::login).containsExactly("admin");

        aListIsRefusedWhileItsClassesDoNotExist(admin);
        buildTheSchool(admin);
        importTheStudentLists(admin);
        StaffMember teacher = addTheTeacher(admin);
        splitAGroupAndOpenItsJournals(admin, teacher);
        ringTheBells(admin);
        putTheLessonsIntoTheTimetable(admin, teacher);

        // The administrator logs out; the teacher logs in with her own password.
        services.close();
        services = Services.open(journal, Credentials.of("anna", TEACHER_PASSWORD), CLOCK);
        enterTodaysGroupLesson(services.user());
        assertThat(errors).isEmpty();
    }

    /** The import finds a row's class by its name in the journal, so the classes come first. */
    private void aListIsRefusedWhileItsClassesDoNotExist(StaffMember admin) throws TimeoutException {
        Path early = StudentLists.csv(dir.resolve("par-agru.csv"), StudentLists.HEADERS,
                StudentLists.students(5, UPPER, List.of(), 3));
        StudentImportViewModel model = studentImport(admin);
        show(new StudentImportView(model, TEXT).root());
        interact(() -> model.open(early));
        FxWaits.until(() -> label("#importFile").contains("par-agru.csv") && label("#importStatus").isEmpty());

        assertThat(label("#importCounts")).isEqualTo(TEXT.get("people.import.counts", 5, 0, 5));
        assertThat(list("#importProblems").getItems()).hasSize(5).first().asString()
                .contains(TEXT.get("people.import.row.unknownClass", "7.a", "2026/27"));
        assertThat(lookup("#importRun").queryButton().isDisabled()).isTrue();
        shoot("e2e-00-import-before-classes");
    }

    /** "Skolas uzbūve": two programmes, three subjects, and classes 1.a to 12.b. */
    private void buildTheSchool(StaffMember admin) throws TimeoutException {
        show(masterData(admin));
        FxWaits.until(() -> !combo("#classTutor").getItems().isEmpty());

        addProgramme("21011111", "Pamatizglītības programma", 1);
        addProgramme("31011011", "Vispārējās vidējās izglītības programma", 2);
        shoot("e2e-01-programmes");

        tab("#tabSubjects");
        String[][] subjects = {{"Matemātika", "Mat."}, {"Angļu valoda", "Angļu v."}, {"Latviešu valoda", "Latv. v."}};
        for (int i = 0; i < subjects.length; i++) {
            type("#subjectName", subjects[i][0]);
            type("#subjectShortName", subjects[i][1]);
            int count = i + 1;
            press("#addSubject", () -> rows("#subjects") == count);
        }
        shoot("e2e-02-subjects");

        tab("#tabClasses");
        List<String> all = new ArrayList<>(LOWER);
        all.addAll(UPPER);
        for (int i = 0; i < all.size(); i++) {
            int form = formOf(all.get(i));
            type("#className", all.get(i));
            type("#classForm", String.valueOf(form));
            pick("#classProgramme", form <= 9 ? BASIC : SECONDARY);
            int count = i + 1;
            press("#addClass", () -> rows("#schoolClasses") == count);
        }
        shoot("e2e-03-classes");
        assertThat(services.classRepository().classes(services.year().id())).extracting(SchoolClass::name)
                .containsExactlyInAnyOrderElementsOf(all);
    }

    private void addProgramme(String code, String name, int count) throws TimeoutException {
        type("#programmeCode", code);
        type("#programmeName", name);
        press("#addProgramme", () -> rows("#programmes") == count);
    }

    /** "Skolēnu saraksta imports": forms 1–6 from the register's XLSX, forms 7–12 from a school's CSV. */
    private void importTheStudentLists(StaffMember admin) throws TimeoutException {
        List<List<String>> lower = StudentLists.students(PER_LIST, LOWER, List.of(), 1);
        List<List<String>> upper = StudentLists.students(PER_LIST, UPPER, lower.stream().map(r -> r.get(3)).toList(), 2);
        Path xlsx = StudentLists.xlsx(dir.resolve("skoleni-1-6.xlsx"), StudentLists.HEADERS, lower);
        Path csv = StudentLists.csv(dir.resolve("skoleni-7-12.csv"), StudentLists.HEADERS, upper);
        StudentImportViewModel model = studentImport(admin);
        show(new StudentImportView(model, TEXT).root());

        importList(model, xlsx, "e2e-04-import-xlsx");
        assertThat(services.students().count()).isEqualTo(PER_LIST);
        importList(model, csv, "e2e-05-import-csv");

        assertThat(services.students().count()).isEqualTo(2 * PER_LIST);
        for (SchoolClass c : services.classRepository().classes(services.year().id())) {
            assertThat(services.students().ofClass(c.id())).as(c.name()).hasSize(25);
        }
    }

    /** What "Izvēlēties failu…" does with the file chosen (the file chooser itself is the system's), then the import. */
    private void importList(StudentImportViewModel model, Path file, String picture) throws TimeoutException {
        interact(() -> model.open(file));
        FxWaits.until(() -> !label("#importError").isEmpty()
                || label("#importFile").contains(file.getFileName().toString()) && label("#importStatus").isEmpty());
        assertThat(label("#importError")).isEmpty();
        assertThat(label("#importCounts")).isEqualTo(TEXT.get("people.import.counts", PER_LIST, PER_LIST, 0));
        shoot(picture + "-checked");

        fire("#importRun");
        FxWaits.until(() -> !label("#importResult").isEmpty() || !label("#importError").isEmpty());
        assertThat(label("#importError")).isEmpty();
        assertThat(label("#importResult")).isEqualTo(TEXT.get("people.import.done", PER_LIST));
        shoot(picture + "-done");
    }

    /** "Darbinieki": the school has only its administrator, so a subject teacher is added. */
    private StaffMember addTheTeacher(StaffMember admin) throws TimeoutException {
        show(staff(admin));
        FxWaits.until(() -> staffLogins().contains("admin"));
        fire("#addStaff");
        FxWaits.until(() -> lookup("#saveStaff").tryQuery().isPresent());
        type("#staffFirstName", "Anna");
        type("#staffLastName", "Bērziņa");
        type("#staffLogin", "anna");
        type("#staffPassword", TEACHER_PASSWORD);
        interact(() -> lookup("#role-SUBJECT_TEACHER").queryAs(CheckBox.class).setSelected(true));
        shoot("e2e-06-staff-form");
        fire("#saveStaff");
        FxWaits.until(() -> staffLogins().contains("anna") || !label("#staffError").isEmpty());
        assertThat(label("#staffError")).isEmpty();
        shoot("e2e-07-staff");
        StaffMember teacher = services.staff().byLogin("anna").orElseThrow();
        assertThat(teacher.holds(Role.SUBJECT_TEACHER)).isTrue();
        return teacher;
    }

    /** Back in "Skolas uzbūve": 7.a split in two, a journal for the class and one for the group. */
    private void splitAGroupAndOpenItsJournals(StaffMember admin, StaffMember teacher) throws TimeoutException {
        show(masterData(admin));
        FxWaits.until(() -> combo("#journalTeacher").getItems().size() == 2);
        tab("#tabGroups");
        type("#groupName", GROUP);
        pick("#groupClass", "7.a");
        press("#addGroup", () -> rows("#groups") == 1);
        interact(() -> lookup("#groups").queryAs(TableView.class).getSelectionModel().select(0));
        pick("#memberClass", "7.a");
        FxWaits.until(() -> list("#memberCandidates").getItems().size() == 25);
        interact(() -> list("#memberCandidates").getSelectionModel().selectRange(0, GROUP_SIZE));
        press("#addMembers", () -> list("#groupMembers").getItems().size() == GROUP_SIZE);
        shoot("e2e-08-group");

        tab("#tabJournals");
        addJournal("Matemātika", "7.a", 1);
        addJournal("Angļu valoda", GROUP, 2);
        interact(() -> lookup("#journals").queryAs(TableView.class).getSelectionModel().select(1));
        FxWaits.until(() -> !lookup("#journalTeachers").queryAs(TableView.class).getItems().isEmpty());
        shoot("e2e-09-journals");

        UUID year = services.year().id();
        StudentGroup group = services.classRepository().groups(year).getFirst();
        assertThat(services.classRepository().groupMembers(group.id())).hasSize(GROUP_SIZE);
        assertThat(services.classRepository().journalsOfTeacher(year, teacher.id())).extracting(Journal::name)
                .containsExactlyInAnyOrder("7.a Matemātika", GROUP + " Angļu valoda");
    }

    private void addJournal(String subject, String owner, int count) throws TimeoutException {
        pick("#journalSubject", subject);
        pick("#journalOwner", owner);
        pick("#journalTeacher", "Anna Bērziņa");
        interact(() -> lookup("#journalTeacherFrom").queryAs(DatePicker.class).setValue(FIRST_DAY));
        press("#addJournal", () -> rows("#journals") == count);
    }

    /** "Kalendārs": a new school has no bell schedule, and a timetable needs its periods. */
    private void ringTheBells(StaffMember admin) throws TimeoutException {
        show(new CalendarView(new CalendarViewModel(services.schoolRepository(), services.school(),
                Actor.user(admin.id()), true, background()), TEXT).root());
        FxWaits.until(() -> lookup("#bellPeriods").tryQuery().isPresent());
        // The bell schedule's pane starts folded, below the others: the user opens it and scrolls to it.
        interact(() -> ancestor(lookup("#bellNumber").query(), TitledPane.class).setExpanded(true));
        String[][] bells = {{"1", "08:30", "09:10"}, {"2", "09:20", "10:00"}, {"3", "10:20", "11:00"}};
        for (int i = 0; i < bells.length; i++) {
            type("#bellNumber", bells[i][0]);
            type("#bellStarts", bells[i][1]);
            type("#bellEnds", bells[i][2]);
            fire("#addBell");
            int count = i + 1;
            FxWaits.until(() -> rows("#bellPeriods") == count || !label("#calendarError").isEmpty());
            assertThat(label("#calendarError")).isEmpty();
        }
        interact(() -> {
            TitledPane bellsPane = ancestor(lookup("#bellNumber").query(), TitledPane.class);
            ScrollPane side = ancestor(bellsPane, ScrollPane.class);
            double hidden = side.getContent().getLayoutBounds().getHeight() - side.getViewportBounds().getHeight();
            side.setVvalue(Math.min(1, bellsPane.getBoundsInParent().getMinY() / hidden));
        });
        shoot("e2e-10-bells");
    }

    /** "Stundu saraksts": the year's first version, and 7.a's two Tuesday lessons of the teacher. */
    private void putTheLessonsIntoTheTimetable(StaffMember admin, StaffMember teacher) throws TimeoutException {
        show(new TimetableEditorView(new TimetableEditorViewModel(services.timetable(), services.timetableRepository(),
                services.schoolRepository(), services.classRepository(), admin.id(), CLOCK, background()), TEXT).root());
        FxWaits.until(() -> !combo("#timetableClass").getItems().isEmpty());
        pick("#timetableClass", "7.a");
        FxWaits.until(() -> !label("#timetableVersion").isEmpty());
        shoot("e2e-11-timetable-empty");

        type("#versionName", "Pamata");
        interact(() -> lookup("#versionFrom").queryAs(DatePicker.class).setValue(FIRST_DAY));
        fire("#startVersion");
        FxWaits.until(() -> !combo("#entryPeriod").getItems().isEmpty() || !label("#timetableError").isEmpty());
        assertThat(label("#timetableError")).isEmpty();
        addEntry(1, "Matemātika", "201", 1);
        addEntry(2, "1. grupa Angļu valoda", "305", 2);
        shoot("e2e-12-timetable");

        UUID version = services.timetableRepository().versions(services.year().id()).getFirst().id();
        assertThat(services.timetableRepository().entries(version))
                .extracting(TimetableEntry::weekday, TimetableEntry::period, TimetableEntry::teacherId)
                .containsExactlyInAnyOrder(tuple(DayOfWeek.TUESDAY, 1, teacher.id()),
                        tuple(DayOfWeek.TUESDAY, 2, teacher.id()));
    }

    private void addEntry(int period, String journal, String room, int count) throws TimeoutException {
        interact(() -> combo("#entryWeekday").setValue(DayOfWeek.TUESDAY));
        pick("#entryPeriod", String.valueOf(period));
        pick("#entryJournal", journal);
        // The journal's teacher is offered as the lesson's.
        assertThat(String.valueOf(combo("#entryTeacher").getValue())).isEqualTo("Anna Bērziņa");
        type("#entryRoom", room);
        fire("#addEntry");
        FxWaits.until(() -> list("#timetableEntries").getItems().size() == count
                || !label("#timetableError").isEmpty());
        assertThat(label("#timetableError")).isEmpty();
    }

    /** "Manas stundas": today's lesson of the group, its topic and one absence, saved and read back. */
    private void enterTodaysGroupLesson(StaffMember teacher) throws TimeoutException {
        show(myLessons(teacher));
        FxWaits.until(() -> todaysLessons().getItems().size() == 2);
        shoot("e2e-13-my-day");
        LessonRow groupLesson = todaysLessons().getItems().stream().filter(r -> r.owner().equals(GROUP))
                .findFirst().orElseThrow();
        interact(() -> {
            todaysLessons().getSelectionModel().select(groupLesson);
            todaysLessons().requestFocus();
        });
        type(KeyCode.ENTER);
        FxWaits.until(() -> lookup("#saveLesson").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        TableView<?> attendance = lookup("#attendance").queryAs(TableView.class);
        assertThat(attendance.getItems()).hasSize(GROUP_SIZE);

        String topic = "Present Simple: jautājumi un nolieguma teikumi";
        type("#lessonTopic", topic);
        UUID absent = markFirstStudentAbsent();
        shoot("e2e-14-lesson-form");
        fire("#saveLesson");
        FxWaits.until(() -> label("#lessonState").equals(TEXT.get(LessonState.FILLED.messageKey()))
                || !label("#lessonError").isEmpty());
        assertThat(label("#lessonError")).isEmpty();
        shoot("e2e-15-lesson-saved");

        List<Lesson> lessons = services.lessonRepository().lessonsOfTeacher(teacher.id(), new DateRange(TODAY, TODAY));
        assertThat(lessons).singleElement().satisfies(lesson -> {
            assertThat(lesson.journalId()).isEqualTo(groupLesson.entry().journalId());
            assertThat(lesson.period()).isEqualTo(2);
            assertThat(lesson.topic()).isEqualTo(topic);
            assertThat(services.lessonRepository().marks(lesson.id())).containsExactly(entry(absent, "n"));
        });
        assertThat(groupMembers()).contains(absent);
    }

    /** Presses the first student's "n" button, as the mouse marks an absence; returns who it was. */
    private UUID markFirstStudentAbsent() {
        interact(() -> {
            TableRow<?> first = lookup("#attendance").lookup(".table-row-cell").queryAll().stream()
                    .map(n -> (TableRow<?>) n).filter(r -> r.getIndex() == 0).findFirst().orElseThrow();
            from(first).lookup(".mark-button").queryAll().stream().map(n -> (ButtonBase) n)
                    .filter(b -> b.getText().equals("n")).findFirst().orElseThrow().fire();
        });
        AttendanceRow row = (AttendanceRow) lookup("#attendance")
                .queryAs(TableView.class).getItems().getFirst();
        assertThat(row.code()).isEqualTo("n");
        return row.student().id();
    }

    private List<UUID> groupMembers() {
        UUID year = services.year().id();
        return services.classRepository().groupMembers(services.classRepository().groups(year).getFirst().id());
    }

    // --- the views, made as the main window's navigation makes them (shell.Sections) ---

    private Background background() {
        return new Background(worker, Platform::runLater, TEXT, errors::add);
    }

    private Node masterData(StaffMember admin) {
        People people = new People(
                () -> services.staff().all().stream().filter(s -> !s.revoked())
                        .map(s -> new Choice(s.id(), s.fullName())).toList(),
                classId -> services.students().ofClass(classId).stream()
                        .map(s -> new Choice(s.id(), s.fullName())).toList(),
                id -> services.staff().byId(id).map(StaffMember::fullName)
                        .or(() -> services.students().details(id).map(d -> d.student().fullName())).orElse(""));
        MasterDataViewModel model = new MasterDataViewModel(services.classes(), services.classRepository(),
                services.schoolRepository(), people, Actor.user(admin.id()), TODAY, background());
        return new MasterDataView(model, TEXT).root();
    }

    private StudentImportViewModel studentImport(StaffMember admin) {
        StudentImportService imports = new StudentImportService(services.store(), services.students(),
                services.schoolRepository(), services.classRepository());
        return new StudentImportViewModel(imports, admin, StudentImportViewModel.MappingMemory.of(
                () -> Optional.ofNullable(rememberedMapping.get()), rememberedMapping::set), background());
    }

    private Node staff(StaffMember admin) {
        return new StaffView(new StaffViewModel(services.staff(), services.accounts(), services.schoolRepository(),
                services.classRepository(), admin, background()), TEXT).root();
    }

    private Node myLessons(StaffMember teacher) {
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(TEXT), services.lessonRepository(),
                services.timetableRepository(), services.schoolRepository(), teacher.id(), background());
        return new MyLessonsView(new MyLessonsViewModel(services.lessonViews(TEXT), form, teacher.id(), CLOCK,
                background()), TEXT).root();
    }

    /** Opens a view in the window's content area, as a click in the navigation does. Built on the FX thread. */
    private void show(Node view) {
        interact(() -> {
            BorderPane.setMargin(view, new Insets(16));
            window.setCenter(view);
        });
    }

    // --- what a user does in a view ---

    private void type(String id, String value) {
        interact(() -> lookup(id).queryAs(TextInputControl.class).setText(value));
    }

    private void fire(String id) {
        interact(() -> lookup(id).queryAs(ButtonBase.class).fire());
    }

    /** Chooses the item the combo shows as {@code shown}. */
    private void pick(String id, String shown) {
        interact(() -> {
            ComboBox<Object> combo = combo(id);
            combo.setValue(combo.getItems().stream().filter(item -> shown.equals(String.valueOf(item))).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " offers no " + shown + ": " + combo.getItems())));
        });
    }

    private void tab(String tabId) {
        interact(() -> {
            TabPane tabs = lookup("#masterDataTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals("#" + t.getId()))
                    .findFirst().orElseThrow());
        });
    }

    /** Presses a master data button and waits until it is {@code done}; the view shows no error. */
    private void press(String id, BooleanSupplier done) throws TimeoutException {
        fire(id);
        FxWaits.until(() -> done.getAsBoolean() || !errors.isEmpty() || !label("#masterDataError").isEmpty());
        assertThat(label("#masterDataError")).as(id).isEmpty();
        assertThat(errors).as(id).isEmpty();
    }

    private void shoot(String name) {
        Snapshots.shoot(this, stage.getScene(), name);
    }

    private static <T extends Node> T ancestor(Node node, Class<T> type) {
        Node up = node.getParent();
        while (!type.isInstance(up)) {
            up = up.getParent();
        }
        return type.cast(up);
    }

    // --- reading a view ---

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> list(String id) {
        return lookup(id).queryAs(ListView.class);
    }

    private int rows(String id) {
        return lookup(id).queryAs(TableView.class).getItems().size();
    }

    private List<String> staffLogins() {
        return lookup("#staff").queryTableView().getItems().stream()
                .map(row -> ((StaffViewModel.StaffRow) row).login()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<LessonRow> todaysLessons() {
        return lookup("#todayLessons").queryAs(TableView.class);
    }

    private static List<String> classes(int fromForm, int toForm) {
        return IntStream.rangeClosed(fromForm, toForm).boxed()
                .flatMap(form -> Stream.of(form + ".a", form + ".b")).toList();
    }

    private static int formOf(String className) {
        return Integer.parseInt(className.substring(0, className.indexOf('.')));
    }
}
