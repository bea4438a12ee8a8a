package lv.klade.school.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;
import lv.klade.school.ui.CalendarViewModel.FormDay;
import lv.klade.ui.Background;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarViewModelTest {
    @TempDir
    Path dir;
    private Database database;
    private CalendarViewModel model;
    private SchoolRepository repository;
    private SchoolService service;
    private Background sameThread;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), Clock.systemUTC());
        JournalStore store = new JournalStore(database, Clock.systemUTC());
        repository = new SchoolRepository(store);
        service = new SchoolService(store, repository);
        UUID school = service.createSchool(Actor.SYSTEM, "Rīgas 1. vidusskola", null, null);
        service.defaultYear(Actor.SYSTEM, school, 2026);
        sameThread = new Background(Runnable::run, Runnable::run, Messages.latvian(), error -> {
            throw new AssertionError(error);
        });
        model = new CalendarViewModel(repository, service, Actor.SYSTEM, true, sameThread);
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachFormShowsItsLastLessonDay() {
        assertThat(model.formDays()).hasSize(12)
                .contains(new FormDay(8, LocalDate.of(2027, 5, 31)), new FormDay(9, LocalDate.of(2027, 6, 11)),
                        new FormDay(12, LocalDate.of(2027, 6, 18)));
    }

    @Test
    void theAdministratorCorrectsAFormsLastLessonDay() {
        model.setLastLessonDay("12", LocalDate.of(2027, 6, 11));

        assertThat(model.formDays()).contains(new FormDay(12, LocalDate.of(2027, 6, 11)));
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void aDayOutsideSemesterTwoIsRefusedWithItsReason() {
        model.setLastLessonDay("7", LocalDate.of(2026, 12, 1));

        assertThat(model.errorProperty().get()).startsWith("7. klases pēdējā mācību diena 01.12.2026 nav 2. semestrī");
        assertThat(model.formDays()).contains(new FormDay(7, LocalDate.of(2027, 5, 31)));
    }

    @Test
    void aSchoolWithoutBellPeriodsFindsItsBellScheduleOpenAndTheFirstPeriodKeepsItOpen() {
        assertThat(model.bellsOpenProperty().get()).isTrue();

        model.addBellPeriod("1", "8:30", "9:10");

        assertThat(model.bellPeriods()).hasSize(1);
        assertThat(model.bellsOpenProperty().get()).isTrue();
    }

    @Test
    void aSchoolWithBellPeriodsFindsItsBellScheduleFolded() {
        model.addBellPeriod("1", "8:30", "9:10");

        model = new CalendarViewModel(repository, service, Actor.SYSTEM, true, sameThread);
        model.load();

        assertThat(model.bellsOpenProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            8:30,  9:10
            08:30, 09:10
            """)
    void aBellTimeIsTypedWithOrWithoutItsLeadingZero(String starts, String ends) {
        model.addBellPeriod("1", starts, ends);

        assertThat(model.bellPeriods()).singleElement().satisfies(bell -> {
            assertThat(bell.starts()).isEqualTo(LocalTime.of(8, 30));
            assertThat(bell.ends()).isEqualTo(LocalTime.of(9, 10));
        });
    }

    @Test
    void theAdministratorAddsABellPeriodAndRemovesIt() {
        model.addBellPeriod("1", "08:30", "09:10");

        assertThat(model.bellPeriods()).singleElement()
                .satisfies(bell -> assertThat(bell.starts()).isEqualTo(LocalTime.of(8, 30)));
        model.removeBellPeriod(model.bellPeriods().getFirst());

        assertThat(model.bellPeriods()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theAdministratorRemovesABreak() {
        int breaks = model.breaks().size();

        model.removeBreak(model.breaks().getFirst());

        assertThat(model.breaks()).hasSize(breaks - 1);
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
