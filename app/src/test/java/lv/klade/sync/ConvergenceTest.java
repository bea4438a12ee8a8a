package lv.klade.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.people.Student;
import lv.klade.school.SchoolBreak;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits on the PCs and the central copy, some of them refused at the central copy, packages
 * delivered in random order, twice, or never, then one ordinary round: every copy ends equal. A package
 * arriving again, or after a newer one, is refused as a replay, and then held nothing its receiver
 * lacked. The four journals live through all tries (a fresh school per try would cost seconds), so
 * each try starts where the last converged.
 * The journals are opened without the per-commit disk sync ({@link lv.klade.db.Database#openForTestsWithoutSync})
 * and the demo school is small: 1 000 tries take about 80 s of CPU (one thread) on a 2-core machine.
 */
class ConvergenceTest {
    private static final int STUDENTS = 5;
    private static final int DAYS = 8;
    private static Path folder;
    private static School school;
    private static List<Copy> nodes;
    private static List<UUID> students;
    private static UUID year;
    private static LocalDate firstDay;

    sealed interface Step permits Edit, Send, Answer, Deliver, Lose {
    }

    /**
     * On copy {@code node} (0 the central copy): a setting, a phone, a break added or removed, or a
     * setting changed by a teacher, which the central copy refuses from a PC and corrects there.
     */
    record Edit(int node, int kind, int target, int value) implements Step {
    }

    /** A PC writes a package for the central copy. */
    record Send(int pc) implements Step {
    }

    /** The central copy writes a package for a PC. */
    record Answer(int pc) implements Step {
    }

    /** A package in flight arrives; {@code keep} leaves a copy in flight to arrive again. */
    record Deliver(int index, boolean keep) implements Step {
    }

    /** A package in flight is lost. */
    record Lose(int index) implements Step {
    }

    private record InFlight(Path file, Copy to) {
    }

    @BeforeContainer
    static void aSchoolWithThreePcs() throws IOException {
        folder = Files.createTempDirectory("klade-converge");
        school = new School(folder, 20, 3);
        nodes = new ArrayList<>();
        nodes.add(school.central);
        nodes.addAll(school.pcs);
        Copy central = school.central;
        year = central.yearId();
        firstDay = central.schools.currentYear().orElseThrow().starts().plusDays(30);
        students = central.students.ofClass(central.studentOutside(null).classId()).stream()
                .limit(STUDENTS).map(Student::id).toList();
        for (int k = 0; k < 3; k++) {
            central.school.putSetting(central.actor("admin"), "k" + k, "start");
        }
        school.round();
    }

    @AfterContainer
    static void close() throws IOException {
        school.close();
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 1000)
    void everyCopyConverges(@ForAll("steps") List<Step> steps) {
        List<InFlight> inFlight = new ArrayList<>();
        for (Step step : steps) {
            switch (step) {
                case Edit e -> edit(nodes.get(e.node()), e);
                case Send s -> inFlight.add(new InFlight(school.export(school.pcs.get(s.pc())), school.central));
                case Answer a -> {
                    Copy pc = school.pcs.get(a.pc());
                    inFlight.add(new InFlight(school.exportTo(pc), pc));
                }
                case Deliver d when !inFlight.isEmpty() -> deliver(d.keep() ? inFlight.get(d.index() % inFlight.size())
                        : inFlight.remove(d.index() % inFlight.size()));
                case Lose l when !inFlight.isEmpty() -> inFlight.remove(l.index() % inFlight.size());
                default -> { }
            }
        }
        // One ordinary round is enough: every PC sends all the central copy has not acknowledged, and
        // the central copy sends each PC all it has not acknowledged; re-exporting is SyncScenarioTest's.
        // A PC's package may be a replay here too: one it sent before arrived, the answer did not.
        school.pcs.stream().map(pc -> new InFlight(school.export(pc), school.central)).toList()
                .forEach(ConvergenceTest::deliver);
        school.pcs.forEach(pc -> deliver(new InFlight(school.exportTo(pc), pc)));
        var central = school.central.content();
        for (Copy pc : school.pcs) {
            assertThat(pc.content()).isEqualTo(central);
        }
    }

    /**
     * Imports the package. A teacher may not change settings: refused at the central copy, and corrected
     * on the PC; nothing else is refused, but a replay, whose every change the receiver already had.
     */
    private static void deliver(InFlight p) {
        PackageResult result = p.to().sync.importPackages(Actor.SYSTEM, List.of(p.file())).packages().get(0);
        result.refusal().ifPresent(why -> {
            assertThat(why.key()).isEqualTo("sync.package.replay");
            assertThat(lacking(p)).as("changes of a replay its receiver lacked").isEmpty();
        });
        assertThat(result.refused()).allSatisfy(r -> assertThat(r.reason().key()).isEqualTo("sync.refused.role"));
    }

    /** The ids of the package's changes that its receiver has neither in its change log nor refused. */
    private static Set<UUID> lacking(InFlight p) {
        SyncRepository log = new SyncRepository(p.to().store);
        List<UUID> ids = PackageFile.verify(p.file(), log.identity(), log::peer).changes().stream()
                .map(Change::id).toList();
        Set<UUID> known = p.to().store.tryOut(Actor.SYSTEM, w -> log.knownIds(w, ids));
        return ids.stream().filter(id -> !known.contains(id)).collect(Collectors.toSet());
    }

    private static void edit(Copy copy, Edit e) {
        Actor admin = copy.actor("admin");
        LocalDate day = firstDay.plusDays(e.target() % DAYS);
        try {
            switch (e.kind()) {
                case 0 -> copy.school.putSetting(admin, "k" + e.target() % 3, "v" + e.value());
                case 1 -> copy.setPhone(admin, copy.student(students.get(e.target() % STUDENTS)), "+371 2" + e.value());
                case 2 -> copy.school.addBreak(admin, year, "B", day, day);
                case 3 -> copy.school.putSetting(copy.actor("skolotajs"), "k" + e.target() % 3, "t" + e.value());
                default -> copy.schools.breaks(year).stream().filter(b -> b.starts().equals(day))
                        .map(SchoolBreak::id).findFirst().ifPresent(id -> copy.school.removeBreak(admin, id));
            }
        } catch (UserError overlapping) {
            // This copy already has a break that day: the edit is refused here, as it would be for a user.
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(1000000, 9999999))
                .as(Edit::new);
        Arbitrary<Step> send = Arbitraries.integers().between(0, 2).map(Send::new);
        Arbitrary<Step> answer = Arbitraries.integers().between(0, 2).map(Answer::new);
        Arbitrary<Step> deliver = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.of(true, false))
                .as(Deliver::new);
        Arbitrary<Step> lose = Arbitraries.integers().between(0, 20).map(Lose::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, edit), net.jqwik.api.Tuple.of(2, send), net.jqwik.api.Tuple.of(2, answer),
                net.jqwik.api.Tuple.of(3, deliver), net.jqwik.api.Tuple.of(1, lose))
                .list().ofMinSize(1).ofMaxSize(10);
    }
}
