package lv.klade.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long Klade takes from the JVM's start to its first window, beside the anchor measured in
 * the same run: a one-label JavaFX window ({@link OneLabelWindow}); the target is under twice the
 * anchor. Klade runs from the packaged {@code app/target/klade.jar} (build it first with
 * {@code mvn -q package -DskipTests}) as the launcher runs it: without an AOT cache, then with the
 * cache a first run trained ({@code -XX:AOTCacheOutput}, JDK 25), as {@code app/klade} does. Windows
 * are drawn headless by Monocle, so no display is needed; each figure is the median of five starts.
 * Not a timed test.
 */
class StartBenchmark {
    private static final int STARTS = 5;

    @TempDir
    Path dir;

    @Test
    void startToTheFirstWindow() throws Exception {
        Path jar = Path.of("target", "klade.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            System.out.println("StartBenchmark: " + jar + " is missing; run 'mvn -q package -DskipTests' first");
            return;
        }
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElseThrow();
        String appPath = jar + java.io.File.pathSeparator + monocle;
        String anchorPath = System.getProperty("java.class.path");

        long anchor = median(() -> start(List.of(), anchorPath, OneLabelWindow.Start.class.getName()));
        System.out.printf("one-label JavaFX window (anchor): %d ms%n", anchor);
        long plain = median(() -> start(List.of(), appPath, "lv.klade.Main"));
        System.out.printf("Klade's first window, no AOT cache: %d ms = %.2f× the anchor%n", plain,
                (double) plain / anchor);
        Path cache = dir.resolve("klade.aot");
        long training = start(List.of("-XX:AOTCacheOutput=" + cache), appPath, "lv.klade.Main");
        System.out.printf("training run (writes the AOT cache at exit, %s): %d ms to the window%n",
                Files.exists(cache) ? "%.0f MB".formatted(Files.size(cache) / 1e6) : "NO CACHE WRITTEN", training);
        long cached = median(() -> start(List.of("-XX:AOTCache=" + cache), appPath, "lv.klade.Main"));
        System.out.printf("Klade's first window with the AOT cache: %d ms = %.2f× the anchor (target < 2×)%n", cached,
                (double) cached / anchor);
    }

    private interface Start {
        long run() throws Exception;
    }

    private static long median(Start start) throws Exception {
        long[] times = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            times[i] = start.run();
        }
        Arrays.sort(times);
        return times[STARTS / 2];
    }

    /** Starts a JVM that shows a window headless and reports when it was shown; returns that time. */
    private long start(List<String> options, String classPath, String mainClass) throws IOException,
            InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-D" + KladeApp.REPORT_SHOWN + "=true", "-Dklade.home=" + dir.resolve("home"),
                "-cp", classPath, mainClass));
        Path log = dir.resolve("start.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("no window after 2 minutes: " + Files.readString(log));
        }
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("shown after "))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no window: " + readQuietly(log)));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
