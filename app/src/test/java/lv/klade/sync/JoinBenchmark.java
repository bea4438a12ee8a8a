package lv.klade.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lv.klade.db.Actor;
import lv.klade.db.JournalFile;
import lv.klade.demo.DemoSchool;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what joining a school costs a classroom PC; not a timed test. The central copy is a demo
 * school (1 500 students, or {@code -Dbenchmark.students=N}); the PC joins twice: here, where the heap
 * the join reached is measured, and as {@code klade join} in a JVM of its own under {@code -Xmx512m},
 * as a classroom PC with 4 GB would run it. Beside each: the central copy's file, the anchor for the
 * PC's (the target is within 1.5× of it).
 */
class JoinBenchmark {
    @TempDir
    Path dir;

    @Test
    void joinASchool() throws Exception {
        Clock clock = Clock.systemUTC();
        int size = Integer.getInteger("benchmark.students", 1500);
        Path central = dir.resolve("central");
        long start = System.nanoTime();
        DemoSchool.create(central, size, 1, clock);
        Path enrolment = dir.resolve("pc.enrol");
        try (Services services = TestLogins.open(central, clock)) {
            services.sync().enrol(Actor.SYSTEM, "PC", enrolment);
        }
        long centralBytes = Files.size(JournalFile.of(central).file());
        System.out.printf("central copy: demo of %d students in %.1f s, %.1f MB; enrolment file %.1f MB%n", size,
                seconds(start), centralBytes / 1e6, Files.size(enrolment) / 1e6);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Path pc = dir.resolve("pc");
        start = System.nanoTime();
        SyncService.join(pc, enrolment, SyncFixture.joiner(enrolment), clock);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long pcBytes = Files.size(JournalFile.of(pc).file());
        System.out.printf("join here: %.1f s, heap peak %.0f MB (pools summed), PC file %.1f MB = %.2f× the central "
                + "copy (target ≤ 1.5×)%n", seconds(start), peak / 1e6, pcBytes / 1e6, (double) pcBytes / centralBytes);

        Path small = dir.resolve("pc512");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "lv.klade.Main", "join", "--db", small.toString(),
                enrolment.toString(), "--user", SyncFixture.joiner(enrolment).login()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("join512.log").toFile());
        builder.environment().put("KLADE_PASSWORD", DemoSchool.PASSWORD);
        start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        int exit = ended ? process.exitValue() : -1;
        String tail = Files.readString(dir.resolve("join512.log")).lines().reduce((a, b) -> b).orElse("");
        System.out.printf("klade join under -Xmx512m: exit %d in %.1f s, PC file %s; last line: %s%n", exit,
                seconds(start), Files.exists(JournalFile.of(small).file())
                        ? "%.1f MB".formatted(Files.size(JournalFile.of(small).file()) / 1e6) : "none", tail);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
