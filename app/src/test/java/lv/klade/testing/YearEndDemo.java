package lv.klade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import lv.klade.db.Actor;
import lv.klade.db.JournalFile;
import lv.klade.db.Writes;
import lv.klade.demo.DemoSchool;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.LearningLevel;
import lv.klade.grades.MissingGrades;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.StudentYear;
import lv.klade.grades.YearPeriod;
import lv.klade.i18n.Messages;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;
import lv.klade.shell.Services;

/**
 * The demo school of 240 students (one class a form) on 28 June 2027, after the last lesson day of its
 * year 2026/27, made once a test run and copied for each test. As the demo leaves it, forms 4–12 have
 * their semester 1 grades and nobody has semester 2 or year grades; {@link #finished} has them all:
 * 7 points (level A in forms 1–3), but the first student of 7.a is short in two subjects after
 * re-examination (kept back) and the first of 12.a in one (no certificate).
 */
public final class YearEndDemo {
    /** A day after the year's last lesson day (18.06.2027). */
    public static final LocalDate AFTER = LocalDate.of(2027, 6, 28);
    public static final Clock CLOCK = clockOn(AFTER);
    public static final String KEPT_BACK_CLASS = "7.a";
    public static final String LEAVING_CLASS = "12.a";

    private static Path folder;
    private static Path unfinished;
    private static Path finished;

    private YearEndDemo() {
    }

    /** A clock at 10:00 in Riga on the day. */
    public static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(Messages.RIGA).toInstant(), Messages.RIGA);
    }

    /** A copy at {@code journal} of the demo as it is on {@link #AFTER}, its year's grades unfinished. */
    public static synchronized void unfinished(Path journal) {
        if (unfinished == null) {
            unfinished = folder().resolve("unfinished");
            DemoSchool.create(unfinished, 240, DemoSchool.DEFAULT_SEED, CLOCK, AFTER, false);
        }
        copy(unfinished, journal);
    }

    /** A copy at {@code journal} of the demo with every student's semester and year grades recorded. */
    public static synchronized void finished(Path journal) {
        if (finished == null) {
            Path made = folder().resolve("finished");
            unfinished(made);
            try (Services services = TestLogins.open(made, CLOCK)) {
                services.store().run(Actor.SYSTEM, w -> finish(services, w));
            }
            finished = made;
        }
        copy(finished, journal);
    }

    /** Every missing grade; the first of 7.a two, the first of 12.a one below 4 after re-examination. */
    private static void finish(Services services, Writes w) {
        SchoolYear year = services.year();
        List<Semester> semesters = services.schoolRepository().semesters(year.id());
        for (SchoolClass c : services.classRepository().classes(year.id())) {
            List<StudentYear> students = services.yearResults().ofClass(c.id());
            for (StudentYear student : students) {
                int shortIn = student != students.getFirst() ? 0
                        : c.name().equals(KEPT_BACK_CLASS) ? 2 : c.name().equals(LEAVING_CLASS) ? 1 : 0;
                for (MissingGrades m : student.missing()) {
                    for (YearPeriod period : m.periods()) {
                        boolean fails = period == YearPeriod.YEAR && shortIn-- > 0;
                        set(services, w, student.student().id(), m.journalId(), period, year, semesters,
                                grade(c.form(), fails));
                        if (fails) {
                            set(services, w, student.student().id(), m.journalId(), GradeKind.RE_EXAMINATION,
                                    year.ends(), new Grade.Points(3));
                        }
                    }
                }
            }
        }
    }

    private static Grade grade(int form, boolean fails) {
        return form <= 3 ? new Grade.Level(LearningLevel.A) : new Grade.Points(fails ? 3 : 7);
    }

    private static void set(Services services, Writes w, UUID student, UUID journal, YearPeriod period,
                            SchoolYear year, List<Semester> semesters, Grade grade) {
        switch (period) {
            case SEMESTER_1 -> set(services, w, student, journal, GradeKind.SEMESTER, semesters.get(0).ends(), grade);
            case SEMESTER_2 -> set(services, w, student, journal, GradeKind.SEMESTER, semesters.get(1).ends(), grade);
            case YEAR -> set(services, w, student, journal, GradeKind.YEAR, year.ends(), grade);
        }
    }

    private static void set(Services services, Writes w, UUID student, UUID journal, GradeKind kind, LocalDate date,
                            Grade grade) {
        services.grades().setPeriodGrade(w, new PeriodGrade(student, journal, kind, date, grade, null));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(JournalFile.of(from).file(), JournalFile.of(to).file());
            Files.copy(keys(from), keys(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journal's keyring beside it, without which nobody opens the copy. */
    private static Path keys(Path journal) {
        Path base = JournalFile.of(journal).base();
        return base.resolveSibling(base.getFileName() + ".keys");
    }

    private static Path folder() {
        if (folder != null) {
            return folder;
        }
        try {
            Path made = Files.createTempDirectory("klade-year-end");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            folder = made;
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind does no harm.
        }
    }
}
