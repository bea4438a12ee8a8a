package lv.klade.timetable.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TestSchool;
import lv.klade.timetable.TimetableVersion;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's view-model on a small school, with work run on the calling thread. */
class TimetableEditorViewModelTest {
    private static final Messages TEXT = Messages.latvian();
    private static final LocalDate SEMESTER_2 = LocalDate.of(2027, 1, 11);

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
    private final List<String> errors = new ArrayList<>();
    private TestSchool school;
    private UUID admin;
    private UUID tutor;
    private UUID maths7a;

    @BeforeEach
    void open() {
        school = new TestSchool(dir, clock);
        admin = school.staff("admin");
        school.grant(admin, "ADMINISTRATOR", null);
        tutor = school.staff("liepa");
        school.grant(tutor, "CLASS_TUTOR", school.class7b);
        UUID teacher = school.staff("ozola");
        maths7a = school.classJournal(school.class7a, school.maths, teacher);
        UUID maths7b = school.classJournal(school.class7b, school.maths, teacher);
        school.timetable.addVersion(Actor.SYSTEM, new NewVersion(school.yearId, "1. semestris",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 18),
                List.of(new NewEntry(DayOfWeek.MONDAY, 1, maths7a, teacher, "101"),
                        new NewEntry(DayOfWeek.MONDAY, 2, maths7b, teacher, "101"))));
    }

    @AfterEach
    void close() {
        school.close();
    }

    private TimetableEditorViewModel model(UUID staffId) {
        TimetableEditorViewModel model = new TimetableEditorViewModel(school.timetable, school.timetables,
                school.schools, school.classes, staffId, clock,
                new Background(Runnable::run, Runnable::run, TEXT, errors::add));
        model.load();
        return model;
    }

    @Test
    void aNewVersionStartsAsACopyOfEveryClassesEntriesAndTheOldOneEndsTheDayBefore() {
        TimetableEditorViewModel model = model(admin);
        model.versionNameProperty().set("2. semestris");
        model.versionFromProperty().set(SEMESTER_2);

        model.startVersion();

        assertThat(model.errorProperty().get()).isEmpty();
        List<TimetableVersion> versions = school.timetables.versions(school.yearId);
        assertThat(versions).extracting(v -> v.validity().ends())
                .containsExactly(SEMESTER_2.minusDays(1), LocalDate.of(2027, 6, 18));
        assertThat(school.timetables.entries(versions.get(1).id())).hasSize(2);
        assertThat(model.dayProperty().get()).isEqualTo(SEMESTER_2);
        assertThat(model.versionProperty().get()).contains("2. semestris");
    }

    @Test
    void aTutorMayEditOnlyTheirClassAndNotStartVersions() {
        TimetableEditorViewModel model = model(tutor);

        assertThat(model.classes()).extracting(Choice::id).containsExactly(school.class7b);
        assertThat(model.administratorProperty().get()).isFalse();
        assertThat(model.entries()).hasSize(1);
    }

    @Test
    void anEntryWithoutItsJournalAsksForWhatIsMissingAndSavesNothing() {
        TimetableEditorViewModel model = model(admin);
        long changes = school.log.count();
        model.weekdayProperty().set(DayOfWeek.TUESDAY);
        model.periodProperty().set(1);

        model.add();

        assertThat(model.errorProperty().get()).isEqualTo(TEXT.get("timetableEditor.fillAll"));
        assertThat(school.log.count()).isEqualTo(changes);
    }

    @Test
    void choosingAJournalOffersItsTeacher() {
        TimetableEditorViewModel model = model(admin);

        model.journalProperty().set(model.journals().stream().filter(j -> j.id().equals(maths7a)).findFirst()
                .orElseThrow());

        assertThat(model.teacherProperty().get()).isNotNull();
        assertThat(model.teacherProperty().get().name()).isEqualTo("ozola Skolotāja");
    }
}
