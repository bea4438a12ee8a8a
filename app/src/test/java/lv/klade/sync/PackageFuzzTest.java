package lv.klade.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lv.klade.db.Actor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and damaged package bytes never crash the importer and never change the journal. */
class PackageFuzzTest {
    private static Path folder;
    private static School school;
    private static byte[] valid;
    private static Map<String, List<String>> content;
    private static int files;

    @BeforeContainer
    static void aPackageTheCentralCopyAlreadyHas() throws IOException {
        folder = Files.createTempDirectory("klade-fuzz");
        school = new School(folder, 60, 1);
        Copy pc = school.pcs.get(0);
        pc.school.putSetting(pc.actor("admin"), "a", "1");
        pc.school.putSetting(pc.actor("admin"), "b", "2");
        Path file = school.export(pc);
        valid = Files.readAllBytes(file);
        school.central.sync.importPackages(Actor.SYSTEM, List.of(file));
        content = school.central.content();
    }

    @AfterContainer
    static void close() throws IOException {
        school.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 200)
    void randomBytesAreRefused(@ForAll byte[] bytes) {
        PackageResult result = importBytes(bytes);
        assertThat(result.refusal()).isPresent();
        assertThat(school.central.content()).isEqualTo(content);
    }

    @Property(tries = 300)
    void damagedPackagesAreRefusedOrChangeNothing(@ForAll("damaged") byte[] bytes) {
        PackageResult result = importBytes(bytes);
        // A flip in a byte no check covers (a zip timestamp) leaves a whole, valid package: all duplicates.
        assertThat(result.refusal().isPresent() || result.applied() == 0).isTrue();
        assertThat(school.central.content()).isEqualTo(content);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> flipped = Combinators.combine(Arbitraries.integers().between(0, valid.length - 1),
                        Arbitraries.integers().between(1, 255))
                .as((at, mask) -> {
                    byte[] copy = valid.clone();
                    copy[at] ^= mask.byteValue();
                    return copy;
                });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, valid.length - 1)
                .map(length -> java.util.Arrays.copyOf(valid, length));
        Arbitrary<byte[]> spliced = Combinators.combine(Arbitraries.integers().between(0, valid.length - 1),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(64))
                .as((at, insert) -> {
                    byte[] copy = new byte[valid.length + insert.length];
                    System.arraycopy(valid, 0, copy, 0, at);
                    System.arraycopy(insert, 0, copy, at, insert.length);
                    System.arraycopy(valid, at, copy, at + insert.length, valid.length - at);
                    return copy;
                });
        return Arbitraries.oneOf(flipped, cut, spliced);
    }

    private static PackageResult importBytes(byte[] bytes) {
        Path file = folder.resolve("fuzz-" + (++files) + ".klade");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return school.central.sync.importPackages(Actor.SYSTEM, List.of(file)).packages().get(0);
    }
}
