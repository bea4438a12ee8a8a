package lv.klade.yearend.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lv.klade.ui.Background;

/** The year's archive and the final-grade export from the window, each into a file the user chose. */
public final class YearFilesViewModel {
    private final YearFiles files;
    private final Background background;
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public YearFilesViewModel(YearFiles files, Background background) {
        this.files = files;
        this.background = background;
    }

    /** Writes the year's archive at the chosen file. */
    public void archive(Path target) {
        run(() -> files.archive(target));
    }

    /** Writes the chosen form's final grades (9 or 12) at the chosen file. */
    public void exportFinalGrades(int form, Path target) {
        run(() -> files.exportFinalGrades(form, target));
    }

    /** "2026-27_arhivs.zip": a name for the archive the chooser starts from. */
    public String archiveName() {
        return files.yearName().replace('/', '-') + "_" + background.messages().get("yearFiles.archiveFile") + ".zip";
    }

    /** "2026-27_9_klase_gala_vertejumi.csv". */
    public String finalGradesName(int form) {
        return files.yearName().replace('/', '-') + "_" + background.messages().get("yearFiles.finalGradesFile", form)
                + ".csv";
    }

    private void run(Supplier<String> work) {
        done.set("");
        error.set("");
        busy.set(true);
        background.run(work, line -> {
            busy.set(false);
            done.set(line);
        }, message -> {
            busy.set(false);
            error.set(message);
        });
    }

    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
