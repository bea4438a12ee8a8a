package lv.klade.sync;

import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lv.klade.db.Actor;

/** A demo school's central copy and some PCs enrolled by it and joined, all open. */
final class School implements AutoCloseable {
    final TickingClock clock = new TickingClock(Instant.parse("2026-10-01T08:00:00Z"));
    final Path folder;
    final Copy central;
    final List<Copy> pcs = new ArrayList<>();
    private int packages;

    School(Path folder, int students, int pcCount) {
        this.folder = folder;
        FirstDayDemo.create(folder.resolve("central"), students, clock);
        central = new Copy(folder.resolve("central"), "central", clock);
        for (int i = 1; i <= pcCount; i++) {
            enrol("PC " + i);
        }
    }

    /** Enrols a PC for the staff with these logins (none: the whole school), joins it and opens it. */
    Copy enrol(String name, String... logins) {
        Path file = folder.resolve(name + ".enrol");
        central.sync.enrol(Actor.SYSTEM, name, List.of(logins), file);
        SyncService.join(folder.resolve(name), file, SyncFixture.joiner(file), clock);
        Copy pc = new Copy(folder.resolve(name), name, clock);
        pcs.add(pc);
        return pc;
    }

    Path nextFile() {
        return folder.resolve("package-" + (++packages) + ".klade");
    }

    /** The PC's package for the central copy. */
    Path export(Copy pc) {
        Path file = nextFile();
        pc.sync.export(file);
        return file;
    }

    /** The central copy's package for a PC. */
    Path exportTo(Copy pc) {
        Path file = nextFile();
        central.sync.exportTo(pc.name, file);
        return file;
    }

    /** Every PC sends, the central copy imports, then sends every PC what it needs. */
    List<ImportReport> round() {
        List<ImportReport> reports = new ArrayList<>();
        List<Path> up = pcs.stream().map(this::export).toList();
        reports.add(central.sync.importPackages(Actor.SYSTEM, up));
        for (Copy pc : pcs) {
            reports.add(pc.sync.importPackages(Actor.SYSTEM, List.of(exportTo(pc))));
        }
        return reports;
    }

    @Override
    public void close() {
        pcs.forEach(Copy::close);
        central.close();
    }
}
