package lv.klade.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import lv.klade.checks.ChecksRights;
import lv.klade.checks.ui.ChecksView;
import lv.klade.checks.ui.ChecksViewModel;
import lv.klade.db.Actor;
import lv.klade.grades.ui.GradeBookView;
import lv.klade.grades.ui.GradeBookViewModel;
import lv.klade.grades.ui.PeriodGradesViewModel;
import lv.klade.grades.ui.PromotionView;
import lv.klade.grades.ui.PromotionViewModel;
import lv.klade.grades.ui.TestPlannerView;
import lv.klade.grades.ui.TestPlannerViewModel;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ui.AbsencesView;
import lv.klade.lessons.ui.AbsencesViewModel;
import lv.klade.lessons.ui.DiaryView;
import lv.klade.lessons.ui.DiaryViewModel;
import lv.klade.lessons.ui.LessonFormViewModel;
import lv.klade.lessons.ui.MyLessonsView;
import lv.klade.lessons.ui.MyLessonsViewModel;
import lv.klade.lessons.ui.PlannedTests;
import lv.klade.lessons.ui.VisibleClasses;
import lv.klade.people.PersonalDataAccess;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentImportService;
import lv.klade.people.ui.ClassesView;
import lv.klade.people.ui.ClassesViewModel;
import lv.klade.people.ui.StaffView;
import lv.klade.people.ui.StaffViewModel;
import lv.klade.people.ui.StudentImportView;
import lv.klade.people.ui.StudentImportViewModel;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintRights;
import lv.klade.printing.SystemViewer;
import lv.klade.printing.ui.PrintView;
import lv.klade.printing.ui.PrintViewModel;
import lv.klade.school.Journal;
import lv.klade.school.Subject;
import lv.klade.school.ui.CalendarView;
import lv.klade.school.ui.CalendarViewModel;
import lv.klade.school.ui.SettingsView;
import lv.klade.school.ui.SettingsViewModel;
import lv.klade.school.ui.MasterDataView;
import lv.klade.school.ui.MasterDataViewModel;
import lv.klade.school.ui.People;
import lv.klade.sync.ui.SyncView;
import lv.klade.sync.ui.SyncViewModel;
import lv.klade.timetable.ui.TeacherAbsencesView;
import lv.klade.timetable.ui.TeacherAbsencesViewModel;
import lv.klade.timetable.ui.TimetableEditorView;
import lv.klade.timetable.ui.TimetableEditorViewModel;
import lv.klade.statistics.StatisticsRights;
import lv.klade.statistics.ui.StatisticsView;
import lv.klade.statistics.ui.StatisticsViewModel;
import lv.klade.tutor.ui.RemarksView;
import lv.klade.tutor.ui.RemarksViewModel;
import lv.klade.tutor.ui.TutorJournalView;
import lv.klade.tutor.ui.TutorJournalViewModel;
import lv.klade.messages.ParentsLetterService;
import lv.klade.messages.ui.HomeView;
import lv.klade.messages.ui.MessagesView;
import lv.klade.messages.ui.MessagesViewModel;
import lv.klade.ui.Section;
import lv.klade.yearend.ui.YearEndView;
import lv.klade.yearend.ui.YearEndViewModel;
import lv.klade.yearend.ui.YearFilesViewModel;

/** The sections of the main window, each shown only to the roles that use it. */
final class Sections {
    private final Services services;
    private final StaffMember member;
    private final Shell shell;
    /** This journal is a classroom PC (read off the FX thread with the header's facts). */
    private final boolean syncedPc;

    Sections(Services services, StaffMember member, Shell shell, boolean syncedPc) {
        this.services = services;
        this.member = member;
        this.shell = shell;
        this.syncedPc = syncedPc;
    }

    /** What this person may open, in the order the navigation lists it. */
    List<Section> available() {
        List<Section> sections = new ArrayList<>();
        // The home screen after login: the school's news and how many messages are unread.
        sections.add(section("home", "messages.homeSection", this::home));
        if (holdsAny(Role.SUBJECT_TEACHER, Role.ACCOMPANIST)) {
            sections.add(section("lessons", "lessons.section", this::myLessons));
        }
        if (holdsAny(Role.SUBJECT_TEACHER, Role.DEPUTY_DIRECTOR, Role.ADMINISTRATOR)) {
            sections.add(section("grades", "gradesView.section", this::grades));
        }
        if (member.holds(Role.CLASS_TUTOR)) {
            sections.add(section("absences", "absences.section", this::absences));
        }
        if (holdsAny(Role.ADMINISTRATOR, Role.CLASS_TUTOR)) {
            sections.add(section("timetable", "timetableEditor.section", this::timetableEditor));
        }
        if (ChecksRights.mayCheck(member)) {
            sections.add(section("checks", "checks.section", this::checks));
        }
        if (holdsAny(Role.DEPUTY_DIRECTOR, Role.ADMINISTRATOR)) {
            sections.add(section("teacherAbsences", "teacherAbsences.section", this::teacherAbsences));
        }
        if (holdsAny(Role.SUBJECT_TEACHER, Role.CLASS_TUTOR, Role.DEPUTY_DIRECTOR)) {
            sections.add(section("planner", "gradesView.plannerSection", this::planner));
        }
        // Every role may see some class's diary: the office all, a tutor theirs, a teacher those taught.
        if (!member.roles().isEmpty()) {
            sections.add(section("diary", "diary.section", this::diary));
        }
        sections.add(section("classes", "students.section", this::classes));
        if (PersonalDataAccess.mayEditStudents(member)) {
            sections.add(section("import", "people.import.section", this::studentImport));
        }
        if (holdsAny(Role.CLASS_TUTOR, Role.DEPUTY_DIRECTOR, Role.ADMINISTRATOR)) {
            sections.add(section("promotion", "gradesView.promotionSection", this::promotion));
        }
        if (holdsAny(Role.CLASS_TUTOR, Role.DEPUTY_DIRECTOR, Role.ADMINISTRATOR)) {
            sections.add(section("remarks", "remarks.section", this::remarks));
            sections.add(section("tutorJournal", "tutorJournal.section", this::tutorJournal));
        }
        sections.add(section("messages", "messages.section", this::messages));
        if (StatisticsRights.maySeeAny(member.roles())) {
            sections.add(section("statistics", "statistics.section", this::statistics));
        }
        if (PrintRights.mayPrintSomething(member)) {
            sections.add(section("print", "printing.section", this::print));
        }
        sections.add(section("calendar", "calendar.section", this::calendar));
        if (member.holds(Role.ADMINISTRATOR)) {
            sections.add(section("masterData", "masterData.section", this::masterData));
            sections.add(section("staff", "staffView.section", this::staff));
            sections.add(section("settings", "settings.section", this::settings));
        }
        // The registrar and the deputy director come for the year's files; closing the year stays the administrator's.
        if (member.holds(Role.ADMINISTRATOR) || member.holds(Role.REGISTRAR) || member.holds(Role.DEPUTY_DIRECTOR)) {
            sections.add(section("yearEnd", "yearEnd.section", this::yearEnd));
        }
        // On a PC everyone carries their own changes to the central copy; there only the administrator syncs.
        if (member.holds(Role.ADMINISTRATOR) || syncedPc) {
            sections.add(section("sync", "sync.section", this::sync));
        }
        return sections;
    }

    /** Everyone browses classes; a tutor's opens at their own class. */
    private Node classes() {
        UUID tutorsClass = member.roles().stream().flatMap(grant -> grant.forClass().stream()).findFirst().orElse(null);
        ClassesViewModel model = new ClassesViewModel(services.students(), services.staff(),
                services.schoolRepository(), services.classRepository(), member, tutorsClass, shell.background());
        return new ClassesView(model, shell.messages()).root();
    }

    /** The school's structure; people are passed as functions, since school does not depend on people. */
    private Node masterData() {
        People people = services.structurePeople();
        MasterDataViewModel model = new MasterDataViewModel(services.classes(), services.classRepository(),
                services.schoolRepository(), people, actor(), LocalDate.now(shell.clock().withZone(Messages.RIGA)),
                shell.background());
        return new MasterDataView(model, shell.messages()).root();
    }

    /** The registrar's import of the state register's lists; the last mapping used is a preference of this PC. */
    private Node studentImport() {
        StudentImportService imports = new StudentImportService(services.store(), services.students(),
                services.schoolRepository(), services.classRepository());
        StudentImportViewModel model = new StudentImportViewModel(imports, member, StudentImportViewModel.MappingMemory.of(
                () -> shell.home().preference("studentImport.mapping"),
                json -> shell.home().remember("studentImport.mapping", json)), shell.background());
        return new StudentImportView(model, shell.messages()).root();
    }

    private Node staff() {
        StaffViewModel model = new StaffViewModel(services.staff(), services.accounts(), services.schoolRepository(),
                services.classRepository(), member, shell.background());
        return new StaffView(model, shell.messages()).root();
    }

    private Node myLessons() {
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(shell.messages()),
                services.lessonRepository(), services.timetableRepository(), services.schoolRepository(), member.id(),
                shell.background());
        MyLessonsViewModel model = new MyLessonsViewModel(services.lessonViews(shell.messages()), form, member.id(),
                shell.clock(), shell.background());
        return new MyLessonsView(model, shell.messages()).root();
    }

    private Node absences() {
        AbsencesViewModel model = new AbsencesViewModel(services.absences(), visibleClasses(), member, shell.clock(),
                shell.background());
        return new AbsencesView(model, shell.messages()).root();
    }

    private Node diary() {
        DiaryViewModel model = new DiaryViewModel(services.lessonViews(shell.messages()), visibleClasses(), member,
                shell.clock(), shell.background(), this::plannedTests);
        return new DiaryView(model, shell.messages()).root();
    }

    /** The test planner's tests of a class, named by their subject, for the class diary. */
    private List<PlannedTests.Line> plannedTests(UUID classId, java.time.LocalDate from, java.time.LocalDate to) {
        Map<UUID, String> subjectNames = services.classRepository().subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name));
        Map<UUID, String> subjects = services.classRepository().journals(services.year().id()).stream()
                .collect(Collectors.toMap(Journal::id, journal -> subjectNames.getOrDefault(journal.subjectId(), "")));
        return services.testPlanner().ofClass(classId, from, to).stream()
                .map(test -> new PlannedTests.Line(test.plan().date(), subjects.getOrDefault(test.plan().journalId(), ""),
                        test.plan().lessons(), test.plan().topic(), test.published()))
                .toList();
    }

    private VisibleClasses visibleClasses() {
        return new VisibleClasses(services.schoolRepository(), services.classRepository());
    }

    /** The administrator edits every class's timetable, a tutor their own class's. */
    private Node timetableEditor() {
        TimetableEditorViewModel model = new TimetableEditorViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), member.id(),
                shell.clock(), shell.background());
        return new TimetableEditorView(model, shell.messages()).root();
    }

    /** The deputy director and the administrator record teachers' absences and give their lessons to substitutes. */
    private Node teacherAbsences() {
        TeacherAbsencesViewModel model = new TeacherAbsencesViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), member.id(),
                shell.clock(), shell.background());
        return new TeacherAbsencesView(model, shell.messages()).root();
    }

    private Node settings() {
        SettingsViewModel model = new SettingsViewModel(services.settings(), actor(), shell.background());
        return new SettingsView(model, shell.messages()).root();
    }

    private Node calendar() {
        CalendarViewModel model = new CalendarViewModel(services.schoolRepository(), services.school(), actor(),
                member.holds(Role.ADMINISTRATOR), shell.background());
        return new CalendarView(model, shell.messages()).root();
    }

    private Node yearEnd() {
        YearEndViewModel model = new YearEndViewModel(services.yearEnd(), actor(),
                LocalDate.now(shell.clock().withZone(Messages.RIGA)), shell.background(), shell.dialogs()::confirm);
        YearFilesViewModel files = new YearFilesViewModel(new WindowYearFiles(services, member, shell.messages()),
                shell.background());
        return new YearEndView(model, files, shell.messages()).root();
    }

    /** The print section; batches get their own worker so the preview stays usable meanwhile. */
    private Node print() {
        PrintViewModel model = new PrintViewModel(services.printing(shell.messages(), member), SystemViewer.desktop(),
                shell.background(), shell.printBatches(), Platform::runLater);
        return new PrintView(model, shell.messages()).root();
    }

    private boolean holdsAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(member::holds);
    }

    private Node grades() {
        return gradesAt(null);
    }

    /** The grade book, opened at this journal when it is given and one this person may open. */
    private Node gradesAt(UUID journalId) {
        GradeBookViewModel model = new GradeBookViewModel(services.gradeBooks(), services.grades(),
                services.testPlanner(), services.classRepository(), services.schoolRepository(), services.staff(),
                member, shell.background());
        if (journalId != null) {
            model.openAt(journalId);
        }
        PeriodGradesViewModel periods = new PeriodGradesViewModel(services.gradeBooks(), services.grades(),
                services.schoolRepository(), actor(), shell.background());
        return new GradeBookView(model, periods, shell.messages()).root();
    }

    /**
     * The deputy director's checks; a line opens what it names in the same place (a journal's grade
     * book, a class's absences or its transcripts to print), with a way back to the checks as they were.
     */
    private Node checks() {
        javafx.scene.layout.StackPane place = new javafx.scene.layout.StackPane();
        place.setId("checksPlace");
        Node[] list = new Node[1];
        java.util.function.Consumer<Node> show = opened -> {
            javafx.scene.control.Button back = new javafx.scene.control.Button(shell.messages().get("checks.back"));
            back.setId("checksBack");
            back.setOnAction(e -> place.getChildren().setAll(list[0]));
            javafx.scene.layout.BorderPane framed = new javafx.scene.layout.BorderPane(opened);
            framed.setTop(back);
            place.getChildren().setAll(framed);
        };
        ChecksViewModel model = new ChecksViewModel(services.checks(), services.staff(), member, SystemViewer.desktop(),
                shell.background(), new ChecksViewModel.Opener() {
                    @Override
                    public void journal(UUID journalId) {
                        show.accept(gradesAt(journalId));
                    }

                    @Override
                    public void classAbsences(UUID classId, java.time.YearMonth month) {
                        AbsencesViewModel absences = new AbsencesViewModel(services.absences(), visibleClasses(), member,
                                shell.clock(), shell.background());
                        absences.openAt(classId, month);
                        show.accept(new AbsencesView(absences, shell.messages()).root());
                    }

                    @Override
                    public void classTranscripts(UUID classId, java.time.YearMonth month) {
                        PrintViewModel printing = new PrintViewModel(services.printing(shell.messages(), member),
                                SystemViewer.desktop(), shell.background(), shell.printBatches(), Platform::runLater);
                        printing.openAt(PrintKind.TRANSCRIPT, classId, new PrintPeriod.Month(month));
                        show.accept(new PrintView(printing, shell.messages()).root());
                    }
                });
        list[0] = new ChecksView(model, shell.messages()).root();
        place.getChildren().setAll(list[0]);
        return place;
    }

    private Node planner() {
        TestPlannerViewModel model = new TestPlannerViewModel(services.testPlanner(), services.classRepository(),
                services.schoolRepository(), member, shell.background(), shell.dialogs()::confirm);
        return new TestPlannerView(model, shell.messages()).root();
    }

    private Node promotion() {
        PromotionViewModel model = new PromotionViewModel(services.yearResults(), services.promotionDecisions(),
                services.classRepository(), services.schoolRepository(), member,
                LocalDate.now(shell.clock().withZone(Messages.RIGA)), shell.background());
        return new PromotionView(model, shell.messages()).root();
    }

    private Node remarks() {
        RemarksViewModel model = new RemarksViewModel(services.remarks(), services.classRepository(),
                services.schoolRepository(), member, LocalDate.now(shell.clock().withZone(Messages.RIGA)),
                shell.background());
        return new RemarksView(model, shell.messages()).root();
    }

    private Node tutorJournal() {
        TutorJournalViewModel model = new TutorJournalViewModel(services.tutorJournals(), services.students(),
                services.classRepository(), services.schoolRepository(), member,
                LocalDate.now(shell.clock().withZone(Messages.RIGA)), shell.background());
        return new TutorJournalView(model, shell.messages()).root();
    }

    private MessagesViewModel messagesModel() {
        ParentsLetterService letters = new ParentsLetterService(services.schoolRepository(),
                services.classRepository(), services.students(), services.staff());
        return new MessagesViewModel(services.messages(), letters, services.staff(), services.classRepository(),
                services.schoolRepository(), member, LocalDate.now(shell.clock().withZone(Messages.RIGA)),
                shell.background());
    }

    private Node home() {
        return new HomeView(messagesModel(), shell.messages()).root();
    }

    private Node messages() {
        return new MessagesView(messagesModel(), shell.messages()).root();
    }

    private Node statistics() {
        StatisticsViewModel model = new StatisticsViewModel(services.statistics(shell.messages()),
                services.statisticsPrint(shell.messages()), services.schoolRepository(), member, SystemViewer.desktop(),
                shell.background());
        return new StatisticsView(model, shell.messages()).root();
    }

    private Node sync() {
        SyncViewModel model = new SyncViewModel(services.sync(), services.schoolRepository(), actor(),
                member.holds(Role.ADMINISTRATOR), shell.clock(), shell.background());
        return new SyncView(model, shell.messages()).root();
    }

    private Actor actor() {
        return Actor.user(member.id());
    }

    private Section section(String id, String titleKey, Supplier<Node> view) {
        String title = shell.messages().get(titleKey);
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node view() {
                return view.get();
            }
        };
    }
}
