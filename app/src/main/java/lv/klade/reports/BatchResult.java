package lv.klade.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch wrote: the whole files in the order printed, and whether it was cancelled before
 * it printed all {@code total} documents. Every file listed is complete.
 */
public record BatchResult(List<Path> files, int printed, int total, boolean cancelled) {

    public BatchResult {
        files = List.copyOf(files);
    }
}
