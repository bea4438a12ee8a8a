package lv.klade.sync;

import java.util.List;

/** The outcome of importing packages, one result per file in the order given. */
public record ImportReport(List<PackageResult> packages) {

    public ImportReport {
        packages = List.copyOf(packages);
    }

    public boolean anyRefused() {
        return packages.stream().anyMatch(PackageResult::anyRefused);
    }

    public int applied() {
        return packages.stream().mapToInt(PackageResult::applied).sum();
    }

    public int duplicates() {
        return packages.stream().mapToInt(PackageResult::duplicates).sum();
    }

    /** The single changes refused; a package refused whole is not counted here but named in the report. */
    public int refused() {
        return packages.stream().mapToInt(p -> p.refused().size()).sum();
    }
}
