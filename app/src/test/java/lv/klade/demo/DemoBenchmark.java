package lv.klade.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints how long the demo school takes to make at the design's sizes; not a timed test. */
class DemoBenchmark {
    @TempDir
    Path dir;

    @Test
    void createDemoSchools() throws Exception {
        for (int students : new int[] {600, 1500}) {
            Path file = dir.resolve("demo-" + students);
            long start = System.nanoTime();
            DemoSchool.create(file, students, DemoSchool.DEFAULT_SEED, Clock.systemUTC());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("demo --students %d: %d ms, %.1f MB%n", students, millis,
                    Files.size(dir.resolve("demo-" + students + ".mv.db")) / 1e6);
        }
    }
}
