package lv.klade.setup;

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
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonState;
import lv.klade.lessons.ui.AttendanceRow;
import lv.klade.lessons.ui.LessonRow;
import lv.klade.people.Credentials;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.ui.StaffViewModel.StaffRow;
import lv.klade.people.ui.StudentImportView;
import lv.klade.people.ui.StudentImportViewModel;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.FxWaits;
import lv.klade.testing.MainWindowFrame;
import lv.klade.testing.StudentLists;
import lv.klade.testing.ViewActions;
import lv.klade.timetable.TimetableEntry;
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
    private final ViewActions user = new ViewActions(this);
    private MainWindowFrame window;
    private Services services;
    private WindowViews views;

    @Start
    void start(Stage stage) {
        window = MainWindowFrame.show(stage);
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
        logIn(Services.setUp(dir, new NewSchool("Priedaines vidusskola", 2026, "Ilze", "Ozola", "admin",
                ADMIN_PASSWORD.toCharArray(), ADMIN_PASSWORD.toCharArray()), CLOCK));
        Path journal = services.file();
        assertThat(services.year().starts()).isEqualTo(FIRST_DAY);
        assertThat(services.isDemo()).isFalse();
        assertThat(services.classRepository().classCount(services.year().id())).isZero();
        assertThat(services.staff().all()).extracting(StaffMember::login).containsExactly("admin");

        aListIsRefusedWhileItsClassesDoNotExist();
        buildTheSchool();
        importTheStudentLists();
        StaffMember teacher = addTheTeacher();
        splitAGroupAndOpenItsJournals(teacher);
        ringTheBells();
        putTheLessonsIntoTheTimetable(teacher);

        // The administrator logs out; the teacher logs in with her own password.
        services.close();
        logIn(Services.open(journal, Credentials.of("anna", TEACHER_PASSWORD), CLOCK));
        enterTodaysGroupLesson();
        assertThat(errors).isEmpty();
    }

    private void logIn(Services opened) {
        services = opened;
        views = new WindowViews(opened, new Background(worker, Platform::runLater, TEXT, errors::add), CLOCK);
    }

    /** The import finds a row's class by its name in the journal, so the classes come first. */
    private void aListIsRefusedWhileItsClassesDoNotExist() throws TimeoutException {
        Path early = StudentLists.csv(dir.resolve("par-agru.csv"), StudentLists.HEADERS,
                StudentLists.students(5, UPPER, List.of(), 3));
        StudentImportViewModel model = studentImport();
        interact(() -> model.open(early));
        FxWaits.until(() -> user.label("#importFile").contains("par-agru.csv") && user.label("#importStatus").isEmpty());

        assertThat(user.label("#importCounts")).isEqualTo(TEXT.get("people.import.counts", 5, 0, 5));
        assertThat(user.list("#importProblems").getItems()).hasSize(5).first().asString()
                .contains(TEXT.get("people.import.row.unknownClass", "7.a", "2026/27"));
        assertThat(lookup("#importRun").queryButton().isDisabled()).isTrue();
        window.shoot(this, "e2e-00-import-before-classes");
    }

    /** "Skolas uzbūve": two programmes, three subjects, and classes 1.a to 12.b. */
    private void buildTheSchool() throws TimeoutException {
        window.open(this, views::masterData);
        FxWaits.until(() -> !user.combo("#classTutor").getItems().isEmpty());

        addProgramme("21011111", "Pamatizglītības programma", 1);
        addProgramme("31011011", "Vispārējās vidējās izglītības programma", 2);
        window.shoot(this, "e2e-01-programmes");

        tab("#tabSubjects");
        String[][] subjects = {{"Matemātika", "Mat."}, {"Angļu valoda", "Angļu v."}, {"Latviešu valoda", "Latv. v."}};
        for (int i = 0; i < subjects.length; i++) {
            user.type("#subjectName", subjects[i][0]);
            user.type("#subjectShortName", subjects[i][1]);
            int count = i + 1;
            add("#addSubject", () -> user.rows("#subjects") == count);
        }
        window.shoot(this, "e2e-02-subjects");

        tab("#tabClasses");
        List<String> all = new ArrayList<>(LOWER);
        all.addAll(UPPER);
        for (int i = 0; i < all.size(); i++) {
            int form = Integer.parseInt(all.get(i).substring(0, all.get(i).indexOf('.')));
            user.type("#className", all.get(i));
            user.type("#classForm", String.valueOf(form));
            user.pick("#classProgramme", form <= 9 ? BASIC : SECONDARY);
            int count = i + 1;
            add("#addClass", () -> user.rows("#schoolClasses") == count);
        }
        window.shoot(this, "e2e-03-classes");
        assertThat(services.classRepository().classes(services.year().id())).extracting(SchoolClass::name)
                .containsExactlyInAnyOrderElementsOf(all);
    }

    private void addProgramme(String code, String name, int count) throws TimeoutException {
        user.type("#programmeCode", code);
        user.type("#programmeName", name);
        add("#addProgramme", () -> user.rows("#programmes") == count);
    }

    /** "Skolēnu saraksta imports": forms 1–6 from the register's XLSX, forms 7–12 from a school's CSV. */
    private void importTheStudentLists() throws TimeoutException {
        List<List<String>> lower = StudentLists.students(PER_LIST, LOWER, List.of(), 1);
        List<List<String>> upper = StudentLists.students(PER_LIST, UPPER, lower.stream().map(r -> r.get(3)).toList(), 2);
        Path xlsx = StudentLists.xlsx(dir.resolve("skoleni-1-6.xlsx"), StudentLists.HEADERS, lower);
        Path csv = StudentLists.csv(dir.resolve("skoleni-7-12.csv"), StudentLists.HEADERS, upper);
        StudentImportViewModel model = studentImport();

        importList(model, xlsx, "e2e-04-import-xlsx");
        assertThat(services.students().count()).isEqualTo(PER_LIST);
        importList(model, csv, "e2e-05-import-csv");

        assertThat(services.students().count()).isEqualTo(2 * PER_LIST);
        for (SchoolClass c : services.classRepository().classes(services.year().id())) {
            assertThat(services.students().ofClass(c.id())).as(c.name()).hasSize(25);
        }
    }

    /** Opens the import view; its model stands in for the system's file chooser, which a test cannot drive. */
    private StudentImportViewModel studentImport() {
        StudentImportViewModel model = views.studentImport(StudentImportViewModel.MappingMemory.of(
                () -> Optional.ofNullable(rememberedMapping.get()), rememberedMapping::set));
        window.open(this, () -> new StudentImportView(model, TEXT).root());
        return model;
    }

    /** What "Izvēlēties failu…" does with the file chosen, then the check's report and the import. */
    private void importList(StudentImportViewModel model, Path file, String picture) throws TimeoutException {
        interact(() -> model.open(file));
        FxWaits.until(() -> !user.label("#importError").isEmpty()
                || user.label("#importFile").contains(file.getFileName().toString())
                && user.label("#importStatus").isEmpty());
        assertThat(user.label("#importError")).isEmpty();
        assertThat(user.label("#importCounts")).isEqualTo(TEXT.get("people.import.counts", PER_LIST, PER_LIST, 0));
        window.shoot(this, picture + "-checked");

        user.press("#importRun");
        FxWaits.until(() -> !user.label("#importResult").isEmpty() || !user.label("#importError").isEmpty());
        assertThat(user.label("#importError")).isEmpty();
        assertThat(user.label("#importResult")).isEqualTo(TEXT.get("people.import.done", PER_LIST));
        window.shoot(this, picture + "-done");
    }

    /** "Darbinieki": the school has only its administrator, so a subject teacher is added. */
    private StaffMember addTheTeacher() throws TimeoutException {
        window.open(this, views::staff);
        FxWaits.until(() -> staffLogins().contains("admin"));
        user.press("#addStaff");
        FxWaits.until(() -> lookup("#saveStaff").tryQuery().isPresent());
        user.type("#staffFirstName", "Anna");
        user.type("#staffLastName", "Bērziņa");
        user.type("#staffLogin", "anna");
        user.type("#staffPassword", TEACHER_PASSWORD);
        user.press("#role-SUBJECT_TEACHER");
        window.shoot(this, "e2e-06-staff-form");
        user.press("#saveStaff");
        FxWaits.until(() -> staffLogins().contains("anna") || !user.label("#staffError").isEmpty());
        assertThat(user.label("#staffError")).isEmpty();
        window.shoot(this, "e2e-07-staff");
        StaffMember teacher = services.staff().byLogin("anna").orElseThrow();
        assertThat(teacher.holds(Role.SUBJECT_TEACHER)).isTrue();
        return teacher;
    }

    private List<String> staffLogins() {
        return user.<StaffRow>table("#staff").getItems().stream().map(StaffRow::login).toList();
    }

    /** Back in "Skolas uzbūve": 7.a split in two, a journal for the class and one for the group. */
    private void splitAGroupAndOpenItsJournals(StaffMember teacher) throws TimeoutException {
        window.open(this, views::masterData);
        FxWaits.until(() -> user.combo("#journalTeacher").getItems().size() == 2);
        tab("#tabGroups");
        user.type("#groupName", GROUP);
        user.pick("#groupClass", "7.a");
        add("#addGroup", () -> user.rows("#groups") == 1);
        interact(() -> user.table("#groups").getSelectionModel().select(0));
        user.pick("#memberClass", "7.a");
        FxWaits.until(() -> user.list("#memberCandidates").getItems().size() == 25);
        interact(() -> user.list("#memberCandidates").getSelectionModel().selectRange(0, GROUP_SIZE));
        add("#addMembers", () -> user.list("#groupMembers").getItems().size() == GROUP_SIZE);
        window.shoot(this, "e2e-08-group");

        tab("#tabJournals");
        addJournal("Matemātika", "7.a", 1);
        addJournal("Angļu valoda", GROUP, 2);
        interact(() -> user.table("#journals").getSelectionModel().select(1));
        FxWaits.until(() -> user.rows("#journalTeachers") == 1);
        window.shoot(this, "e2e-09-journals");

        UUID year = services.year().id();
        assertThat(groupMembers()).hasSize(GROUP_SIZE);
        assertThat(services.classRepository().journalsOfTeacher(year, teacher.id())).extracting(Journal::name)
                .containsExactlyInAnyOrder("7.a Matemātika", GROUP + " Angļu valoda");
    }

    private void addJournal(String subject, String owner, int count) throws TimeoutException {
        user.pick("#journalSubject", subject);
        user.pick("#journalOwner", owner);
        user.pick("#journalTeacher", "Anna Bērziņa");
        interact(() -> lookup("#journalTeacherFrom").queryAs(DatePicker.class).setValue(FIRST_DAY));
        add("#addJournal", () -> user.rows("#journals") == count);
    }

    private void tab(String tabId) {
        interact(() -> {
            TabPane tabs = lookup("#masterDataTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals("#" + t.getId()))
                    .findFirst().orElseThrow());
        });
    }

    /** Presses a master data button and waits until it is {@code done}; the view shows no error. */
    private void add(String id, BooleanSupplier done) throws TimeoutException {
        user.press(id);
        FxWaits.until(() -> done.getAsBoolean() || !errors.isEmpty() || !user.label("#masterDataError").isEmpty());
        assertThat(user.label("#masterDataError")).as(id).isEmpty();
        assertThat(errors).as(id).isEmpty();
    }

    /** "Kalendārs": a new school has no bell schedule, and a timetable needs its periods. */
    private void ringTheBells() throws TimeoutException {
        window.open(this, views::calendar);
        FxWaits.until(() -> lookup("#bellPeriods").tryQuery().isPresent());
        // A school without bell periods finds their pane open, on top of the side column.
        assertThat(lookup("#bellsPane").queryAs(TitledPane.class).isExpanded()).isTrue();
        window.shoot(this, "e2e-10-calendar");
        String[][] bells = {{"1", "8:30", "9:10"}, {"2", "9:20", "10:00"}, {"3", "10:20", "11:00"}};
        for (int i = 0; i < bells.length; i++) {
            user.type("#bellNumber", bells[i][0]);
            user.type("#bellStarts", bells[i][1]);
            user.type("#bellEnds", bells[i][2]);
            user.press("#addBell");
            int count = i + 1;
            FxWaits.until(() -> user.rows("#bellPeriods") == count || !user.label("#calendarError").isEmpty());
            assertThat(user.label("#calendarError")).isEmpty();
        }
        window.shoot(this, "e2e-10-bells");
    }

    /** "Stundu saraksts": the year's first version, and 7.a's two Tuesday lessons of the teacher. */
    private void putTheLessonsIntoTheTimetable(StaffMember teacher) throws TimeoutException {
        window.open(this, views::timetableEditor);
        FxWaits.until(() -> !user.combo("#timetableClass").getItems().isEmpty());
        user.pick("#timetableClass", "7.a");
        FxWaits.until(() -> !user.label("#timetableVersion").isEmpty());
        window.shoot(this, "e2e-11-timetable-empty");

        user.type("#versionName", "Pamata");
        interact(() -> lookup("#versionFrom").queryAs(DatePicker.class).setValue(FIRST_DAY));
        user.press("#startVersion");
        FxWaits.until(() -> !user.combo("#entryPeriod").getItems().isEmpty()
                || !user.label("#timetableError").isEmpty());
        assertThat(user.label("#timetableError")).isEmpty();
        addEntry(1, "Matemātika", "201", 1);
        addEntry(2, "1. grupa Angļu valoda", "305", 2);
        window.shoot(this, "e2e-12-timetable");

        UUID version = services.timetableRepository().versions(services.year().id()).getFirst().id();
        assertThat(services.timetableRepository().entries(version))
                .extracting(TimetableEntry::weekday, TimetableEntry::period, TimetableEntry::teacherId)
                .containsExactlyInAnyOrder(tuple(DayOfWeek.TUESDAY, 1, teacher.id()),
                        tuple(DayOfWeek.TUESDAY, 2, teacher.id()));
    }

    private void addEntry(int period, String journal, String room, int count) throws TimeoutException {
        user.pick("#entryWeekday", DayOfWeek.TUESDAY.name());
        user.pick("#entryPeriod", String.valueOf(period));
        user.pick("#entryJournal", journal);
        // The journal's teacher is offered as the lesson's.
        assertThat(String.valueOf(user.combo("#entryTeacher").getValue())).isEqualTo("Anna Bērziņa");
        user.type("#entryRoom", room);
        user.press("#addEntry");
        FxWaits.until(() -> user.list("#timetableEntries").getItems().size() == count
                || !user.label("#timetableError").isEmpty());
        assertThat(user.label("#timetableError")).isEmpty();
    }

    /** "Manas stundas": today's lesson of the group, its topic and one absence, saved and read back. */
    private void enterTodaysGroupLesson() throws TimeoutException {
        StaffMember teacher = services.user();
        window.open(this, views::myLessons);
        TableView<LessonRow> today = user.table("#todayLessons");
        FxWaits.until(() -> today.getItems().size() == 2);
        window.shoot(this, "e2e-13-my-day");
        LessonRow groupLesson = today.getItems().stream().filter(r -> r.owner().equals(GROUP)).findFirst().orElseThrow();
        interact(() -> {
            today.getSelectionModel().select(groupLesson);
            today.requestFocus();
        });
        type(KeyCode.ENTER);
        FxWaits.until(() -> lookup("#saveLesson").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(user.rows("#attendance")).isEqualTo(GROUP_SIZE);
        // The generated lists give 7.a two students of one name: each shows their birth date, whole.
        assertThat(user.<AttendanceRow>table("#attendance").getItems()).extracting(AttendanceRow::name)
                .anyMatch(name -> name.contains(" (dz. "));

        String topic = "Present Simple: jautājumi un nolieguma teikumi";
        user.type("#lessonTopic", topic);
        UUID absent = markFirstStudentAbsent();
        window.shoot(this, "e2e-14-lesson-form");
        assertThat(lookup("#attendance .table-cell").queryAllAs(TableCell.class))
                .filteredOn(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .noneMatch(TableCell::isTextTruncated);
        user.press("#saveLesson");
        FxWaits.until(() -> user.label("#lessonState").equals(TEXT.get(LessonState.FILLED.messageKey()))
                || !user.label("#lessonError").isEmpty());
        assertThat(user.label("#lessonError")).isEmpty();
        window.shoot(this, "e2e-15-lesson-saved");

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
        AttendanceRow row = user.<AttendanceRow>table("#attendance").getItems().getFirst();
        assertThat(row.code()).isEqualTo("n");
        return row.student().id();
    }

    private List<UUID> groupMembers() {
        UUID year = services.year().id();
        return services.classRepository().groupMembers(services.classRepository().groups(year).getFirst().id());
    }

    private static List<String> classes(int fromForm, int toForm) {
        return IntStream.rangeClosed(fromForm, toForm).boxed()
                .flatMap(form -> Stream.of(form + ".a", form + ".b")).toList();
    }
}
