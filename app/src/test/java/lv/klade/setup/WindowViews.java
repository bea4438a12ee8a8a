package lv.klade.setup;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Node;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ui.LessonFormViewModel;
import lv.klade.lessons.ui.MyLessonsView;
import lv.klade.lessons.ui.MyLessonsViewModel;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentImportService;
import lv.klade.people.ui.StaffView;
import lv.klade.people.ui.StaffViewModel;
import lv.klade.people.ui.StudentImportViewModel;
import lv.klade.school.ui.CalendarView;
import lv.klade.school.ui.CalendarViewModel;
import lv.klade.school.ui.MasterDataView;
import lv.klade.school.ui.MasterDataViewModel;
import lv.klade.school.ui.People;
import lv.klade.shell.Services;
import lv.klade.timetable.ui.TimetableEditorView;
import lv.klade.timetable.ui.TimetableEditorViewModel;
import lv.klade.ui.Background;

/**
 * The views of the journal open now for the person who opened it, each made as the main window's
 * navigation makes it (shell.Sections): a new view and view-model every time it is opened.
 */
record WindowViews(Services services, Background background, Clock clock) {
    private Messages text() {
        return background.messages();
    }

    private StaffMember user() {
        return services.user();
    }

    /** "Skolas uzbūve"; people are passed as functions, as the shell passes them. */
    Node masterData() {
        People people = services.structurePeople();
        MasterDataViewModel model = new MasterDataViewModel(services.classes(), services.classRepository(),
                services.schoolRepository(), people, Actor.user(user().id()), LocalDate.now(clock.withZone(Messages.RIGA)),
                background);
        return new MasterDataView(model, text()).root();
    }

    /** The import's view-model; its view is {@code new StudentImportView(model, text)}. */
    StudentImportViewModel studentImport(StudentImportViewModel.MappingMemory memory) {
        StudentImportService imports = new StudentImportService(services.store(), services.students(),
                services.schoolRepository(), services.classRepository());
        return new StudentImportViewModel(imports, user(), memory, background);
    }

    Node staff() {
        return new StaffView(new StaffViewModel(services.staff(), services.accounts(), services.schoolRepository(),
                services.classRepository(), user(), background), text()).root();
    }

    Node calendar() {
        return new CalendarView(new CalendarViewModel(services.schoolRepository(), services.school(),
                Actor.user(user().id()), user().holds(Role.ADMINISTRATOR), background), text()).root();
    }

    Node timetableEditor() {
        return new TimetableEditorView(new TimetableEditorViewModel(services.timetable(),
                services.timetableRepository(), services.schoolRepository(), services.classRepository(), user().id(),
                clock, background), text()).root();
    }

    /** "Manas stundas". */
    Node myLessons() {
        LessonFormViewModel form = new LessonFormViewModel(services.lessons(text()), services.lessonRepository(),
                services.timetableRepository(), services.schoolRepository(), user().id(), background);
        return new MyLessonsView(new MyLessonsViewModel(services.lessonViews(text()), form, user().id(), clock,
                background), text()).root();
    }
}
