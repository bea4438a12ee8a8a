package lv.klade.reports;

/** Hears how far a batch has got: {@code done} of {@code total} documents, first with 0 done. */
@FunctionalInterface
public interface BatchProgress {
    BatchProgress NONE = (done, total) -> { };

    void progressed(int done, int total);
}
