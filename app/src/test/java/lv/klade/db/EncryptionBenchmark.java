package lv.klade.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lv.klade.demo.DemoSchool;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.NewGrade;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolRepository;
import lv.klade.testing.TestLogins;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What encryption at rest costs: the same 1 500-student demo journal, opened and given one grade at a
 * time, encrypted (as Klade keeps every journal) and decrypted to a plain copy, in one run. Not part
 * of the test run; {@code mvn -q test -Dtest=EncryptionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EncryptionBenchmark {
    private static final int STUDENTS = 1_500;
    private static final int OPENS = 5;
    private static final int WARM_UP = 300;
    private static final int SAVES = 1_000;
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void openAndSaveAGradeWithAndWithoutTheCipher() throws Exception {
        Path encrypted = dir.resolve("sifrets");
        long made = System.nanoTime();
        demo(encrypted);
        System.out.printf("demo of %d students made in %.1f s, %d MB%n", STUDENTS, (System.nanoTime() - made) / 1e9,
                Files.size(JournalFile.of(encrypted).file()) >> 20);
        JournalKey key = TestLogins.key(encrypted);
        Path plain = decryptedCopy(encrypted, key);

        // What a login adds before the encrypted journal opens: the password's PBKDF2, then the key's unwrap.
        long[] unlocks = new long[OPENS];
        for (int i = 0; i < OPENS; i++) {
            long start = System.nanoTime();
            new lv.klade.people.JournalLogin(new lv.klade.people.PasswordHasher(), CLOCK)
                    .unlock(encrypted, "admin", DemoSchool.PASSWORD.toCharArray());
            unlocks[i] = System.nanoTime() - start;
        }
        Arrays.sort(unlocks);
        System.out.printf("login's unlock of the journal key: median %.0f ms (max %.0f)%n", unlocks[OPENS / 2] / 1e6,
                unlocks[OPENS - 1] / 1e6);
        for (int round = 0; round < 2; round++) {
            measure("plain    ", () -> Database.openUnencryptedForBenchmark(plain, CLOCK));
            measure("encrypted", () -> Database.open(encrypted, key, CLOCK));
        }
    }

    /** The demo journal; {@code -Dbenchmark.demo=FOLDER} keeps one there between runs, as it takes minutes. */
    private static void demo(Path journal) throws java.io.IOException {
        String kept = System.getProperty("benchmark.demo");
        Path cache = kept == null ? null : Path.of(kept).resolve("demo-" + STUDENTS);
        if (cache != null && JournalFile.of(cache).exists()) {
            Files.copy(JournalFile.of(cache).file(), JournalFile.of(journal).file());
            Files.copy(Keyring.path(JournalFile.of(cache)), Keyring.path(JournalFile.of(journal)));
            return;
        }
        DemoSchool.create(journal, STUDENTS, 1, CLOCK, TODAY);
        if (cache != null) {
            Files.createDirectories(cache.getParent());
            Files.copy(JournalFile.of(journal).file(), JournalFile.of(cache).file());
            Files.copy(Keyring.path(JournalFile.of(journal)), Keyring.path(JournalFile.of(cache)));
        }
    }

    private Path decryptedCopy(Path encrypted, JournalKey key) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plain"));
        Files.copy(JournalFile.of(encrypted).file(), folder.resolve("sifrets.mv.db"));
        ChangeFileEncryption.execute(folder.toString(), "sifrets", "AES", key.filePassword(), null, true);
        return folder.resolve("sifrets");
    }

    private static void measure(String how, Supplier<Database> opening) {
        long[] opens = new long[OPENS];
        for (int i = 0; i < OPENS; i++) {
            long start = System.nanoTime();
            try (Database ignored = opening.get()) {
                opens[i] = System.nanoTime() - start;
            }
        }
        try (Database database = opening.get()) {
            JournalStore store = new JournalStore(database, CLOCK);
            SchoolRepository school = new SchoolRepository(store);
            UUID year = school.currentYear().orElseThrow().id();
            // A class journal of form 7, graded on the 10-point scale, and its first teacher.
            Journal picked = new ClassRepository(store).journals(year).stream()
                    .filter(j -> j.name().startsWith("7.") && j.classId() != null && !j.teachers().isEmpty())
                    .findFirst().orElseThrow();
            UUID journal = picked.id();
            UUID teacher = picked.teachers().getFirst().staffId();
            List<UUID> students = new GradeBookService(store, school).gradeBook(journal, Optional.empty()).rows()
                    .stream().filter(r -> r.current()).map(r -> r.student().id()).toList();
            GradeService grades = new GradeService(store, school);
            lv.klade.db.Actor actor = lv.klade.db.Actor.user(teacher);
            LocalDate day = TODAY.minusDays(3);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
            for (int i = 0; i < WARM_UP; i++) {
                save(grades, actor, journal, students, day, i);
            }
            long[] saves = new long[SAVES];
            for (int i = 0; i < SAVES; i++) {
                long start = System.nanoTime();
                save(grades, actor, journal, students, day, WARM_UP + i);
                saves[i] = System.nanoTime() - start;
            }
            Arrays.sort(opens);
            Arrays.sort(saves);
            System.out.printf("%s: open median %.0f ms (max %.0f); durable grade save median %.2f ms, p95 %.2f ms, "
                            + "p99 %.2f ms (%d saves after %d)%n", how, opens[OPENS / 2] / 1e6, opens[OPENS - 1] / 1e6,
                    saves[SAVES / 2] / 1e6, saves[SAVES * 95 / 100] / 1e6, saves[SAVES * 99 / 100] / 1e6, SAVES,
                    WARM_UP);
        }
    }

    private static void save(GradeService grades, lv.klade.db.Actor actor, UUID journal, List<UUID> students,
                             LocalDate day, int n) {
        grades.add(actor, NewGrade.of(students.get(n % students.size()), journal, GradeKind.SUMMATIVE,
                new Grade.Points(1 + n % 10), day));
    }
}
