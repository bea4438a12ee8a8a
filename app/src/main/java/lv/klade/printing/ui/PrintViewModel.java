package lv.klade.printing.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.printing.PrintKind;
import lv.klade.printing.PrintPeriod;
import lv.klade.printing.PrintRequest;
import lv.klade.printing.PrintService;
import lv.klade.printing.SystemViewer;
import lv.klade.reports.BatchResult;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.ui.Background;

/**
 * The print section's state: the kind, class or journal and period chosen, the preview's pages, and
 * a batch's progress. Rendering, saving, opening and batches run off the FX thread; a batch runs on
 * its own worker so the preview stays usable, and Cancel stops it at the next document.
 */
public final class PrintViewModel {
    private final PrintService current;
    private PrintService printing;
    private final Background background;
    private final Executor batchWorker;
    private final Executor ui;
    private final Messages messages;
    private final ObservableList<TargetChoice> years = FXCollections.observableArrayList();
    private final ObjectProperty<TargetChoice> year = new SimpleObjectProperty<>();
    private final ObservableList<PrintKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<PrintKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<TargetChoice> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TargetChoice> target = new SimpleObjectProperty<>();
    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final List<PeriodChoice> allPeriods = new ArrayList<>();
    private List<SchoolClass> classes = List.of();
    private List<TargetChoice> journals = List.of();
    private java.util.Map<PrintKind, PrintPeriod> usualPeriods = java.util.Map.of();
    private final PrintPreview preview;
    private AtomicBoolean cancel = new AtomicBoolean();
    private Wish wish;

    /** What to choose once the choices are read: a kind, its class and its period. */
    private record Wish(PrintKind kind, UUID classId, PrintPeriod period) {
    }

    public PrintViewModel(PrintService printing, SystemViewer viewer, Background background, Executor batchWorker,
                          Executor ui) {
        this.current = printing;
        this.printing = printing;
        this.background = background;
        this.batchWorker = batchWorker;
        this.ui = ui;
        this.messages = background.messages();
        this.preview = new PrintPreview(background, viewer, error, status);
        kind.addListener((o, was, now) -> kindChosen(now));
        year.addListener((o, was, now) -> yearChosen(was, now));
        target.addListener((o, was, now) -> clearPreview());
        period.addListener((o, was, now) -> clearPreview());
    }

    private record Loaded(List<SchoolClass> classes, List<TargetChoice> journals, SchoolYear year,
                          List<lv.klade.school.Semester> semesters, java.util.Map<PrintKind, PrintPeriod> usual,
                          List<TargetChoice> years) {
    }

    /** Once loaded, chooses this kind, class and period (as a check's line asks), if these rights print them. */
    public void openAt(PrintKind chosenKind, UUID classId, PrintPeriod chosenPeriod) {
        wish = new Wish(chosenKind, classId, chosenPeriod);
    }

    /** Reads the classes and journals these rights may print, off the FX thread. */
    public void load() {
        PrintService shown = printing;
        background.run(() -> new Loaded(shown.classes(), shown.journals().stream()
                        .map(j -> new TargetChoice(j.id(), j.name())).toList(), shown.year(), shown.semesters(),
                        java.util.Arrays.stream(PrintKind.values()).collect(java.util.stream.Collectors.toMap(
                                k -> k, shown::defaultPeriod)),
                        shown.years().reversed().stream().map(y -> new TargetChoice(y.id(), y.name()))
                                .toList()),
                this::show, error::set);
    }

    /** A closed year's documents stay printable: choosing its year shows its classes and journals. */
    private void yearChosen(TargetChoice was, TargetChoice now) {
        if (now == null || was == null || now.equals(was)) {
            return;
        }
        printing = current.ofYear(now.id());
        clearPreview();
        load();
    }

    private void show(Loaded loaded) {
        TargetChoice shownYear = new TargetChoice(loaded.year().id(), loaded.year().name());
        if (!years.equals(loaded.years())) {
            years.setAll(loaded.years());
        }
        if (!shownYear.equals(year.get())) {
            year.set(shownYear);
        }
        classes = loaded.classes();
        usualPeriods = loaded.usual();
        journals = loaded.journals();
        allPeriods.clear();
        for (YearMonth m = YearMonth.from(loaded.year().starts()); !m.isAfter(YearMonth.from(loaded.year().ends()));
             m = m.plusMonths(1)) {
            allPeriods.add(new PeriodChoice(messages.get("printing.period.month", String.valueOf(m.getYear()),
                    messages.get("reports.monthName." + m.getMonthValue())), new PrintPeriod.Month(m)));
        }
        loaded.semesters().forEach(s -> allPeriods.add(new PeriodChoice(
                messages.get("printing.period.semester", String.valueOf(s.number())),
                new PrintPeriod.Semester(s.number()))));
        allPeriods.add(new PeriodChoice(messages.get("printing.period.year"), new PrintPeriod.Year()));
        List<PrintKind> allowed = new ArrayList<>();
        for (PrintKind k : PrintKind.values()) {
            if (k.ofJournal() ? !journals.isEmpty() : !classesFor(k).isEmpty()) {
                allowed.add(k);
            }
        }
        kinds.setAll(allowed);
        if (!allowed.isEmpty()) {
            kind.set(allowed.getFirst());
            kindChosen(allowed.getFirst());
        }
        Wish wished = wish;
        wish = null;
        if (wished != null && allowed.contains(wished.kind())) {
            kind.set(wished.kind());
            targets.stream().filter(t -> t.id().equals(wished.classId())).findFirst().ifPresent(target::set);
            periods.stream().filter(p -> p.period().equals(wished.period())).findFirst().ifPresent(period::set);
        }
    }

    private void kindChosen(PrintKind chosen) {
        clearPreview();
        if (chosen == null) {
            return;
        }
        targets.setAll(chosen.ofJournal() ? journals
                : classesFor(chosen).stream().map(c -> new TargetChoice(c.id(), c.name())).toList());
        target.set(targets.isEmpty() ? null : targets.getFirst());
        periods.setAll(allPeriods.stream().filter(p -> chosen.accepts(p.period())).toList());
        PrintPeriod usual = usualPeriods.get(chosen);
        period.set(periods.stream().filter(p -> p.period().equals(usual)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.getFirst()));
    }

    /** The classes a kind is printed for: certificates only for forms 9 and 12. */
    private List<SchoolClass> classesFor(PrintKind chosen) {
        return chosen != PrintKind.CERTIFICATE ? classes : classes.stream()
                .filter(c -> lv.klade.reports.CertificateData.Kind.ofForm(c.form()).isPresent()).toList();
    }

    private void clearPreview() {
        preview.clear();
    }

    private PrintRequest request() {
        if (kind.get() == null || target.get() == null || period.get() == null) {
            throw UserError.of("printing.chooseFirst");
        }
        return new PrintRequest(kind.get(), target.get().id(), period.get().period());
    }

    /** Shows the chosen document: its first page at once, the rest as it is made. */
    public void preview() {
        PrintRequest request;
        try {
            request = request();
        } catch (UserError e) {
            error.set(messages.text(e.problem()));
            return;
        }
        error.set("");
        preview.show(printing, request);
    }

    /** Renders the previewed PDF's pages sharp enough for paper, off the FX thread, then hands them on. */
    public void pagesForPrinter(java.util.function.Consumer<List<BufferedImage>> print) {
        preview.pagesForPrinter(print);
    }

    /** The previewed document's file name, for the save chooser. */
    public String suggestedFileName() {
        return preview.suggestedFileName();
    }

    /** Writes the previewed PDF to {@code file}, whole or not at all, off the FX thread. */
    public void saveAs(Path file) {
        preview.saveAs(file);
    }

    /** Opens the previewed PDF in the system's viewer, from a temporary copy. */
    public void openInViewer() {
        preview.openInViewer();
    }

    /**
     * Prints the chosen kind for the chosen class, or for every class these rights cover, into
     * {@code folder}: one file per document, or one combined file. Runs on the batch worker.
     */
    public void batch(Path folder, boolean wholeSchool, boolean combined) {
        PrintRequest request;
        try {
            request = request();
        } catch (UserError e) {
            error.set(messages.text(e.problem()));
            return;
        }
        List<UUID> which = wholeSchool ? classesFor(request.kind()).stream().map(SchoolClass::id).toList()
                : List.of(request.target());
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        batchRunning.set(true);
        progress.set(0);
        error.set("");
        batchWorker.execute(() -> {
            try {
                BatchResult result = printing.batch(request.kind(), which, request.period(), folder, combined,
                        (done, total) -> ui.execute(() -> progress.set(total == 0 ? 0 : (double) done / total)),
                        cancelled::get);
                ui.execute(() -> batchFinished(result));
            } catch (UserError e) {
                String text = messages.text(e.problem());
                ui.execute(() -> batchFailed(text));
            } catch (RuntimeException e) {
                String text = messages.get("shell.unexpected", String.valueOf(e.getMessage()));
                ui.execute(() -> batchFailed(text));
            }
        });
    }

    private void batchFinished(BatchResult result) {
        batchRunning.set(false);
        status.set(result.cancelled()
                ? messages.get("printing.batchCancelled", String.valueOf(result.files().size()))
                : messages.get("printing.batchDone", String.valueOf(result.files().size()),
                        String.valueOf(result.printed())));
    }

    private void batchFailed(String text) {
        batchRunning.set(false);
        error.set(text);
    }

    /** Asks the running batch to stop at the next document. */
    public void cancelBatch() {
        cancel.set(true);
    }

    /** Shows a problem the view met (no printer, say) where the section shows its errors. */
    public void showProblem(String key) {
        error.set(messages.get(key));
    }

    public void showStatus(String key) {
        status.set(messages.get(key));
    }

    /** The school's years, newest first; a closed one prints its own classes and journals. */
    public ObservableList<TargetChoice> years() {
        return years;
    }

    public ObjectProperty<TargetChoice> yearProperty() {
        return year;
    }

    public ObservableList<PrintKind> kinds() {
        return kinds;
    }

    public ObjectProperty<PrintKind> kindProperty() {
        return kind;
    }

    public ObservableList<TargetChoice> targets() {
        return targets;
    }

    public ObjectProperty<TargetChoice> targetProperty() {
        return target;
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    /** The previewed document's pages as pictures. */
    public ObservableList<BufferedImage> pages() {
        return preview.pages();
    }

    /** The whole document is previewed: it may be saved, opened and printed. */
    public ReadOnlyBooleanProperty hasPreviewProperty() {
        return preview.hasPreviewProperty();
    }

    /** The preview is still being made; its first page may already show. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preview.preparingProperty();
    }

    /** A save or a print is being got ready. */
    public ReadOnlyBooleanProperty busyProperty() {
        return preview.busyProperty();
    }

    public ReadOnlyBooleanProperty batchRunningProperty() {
        return batchRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
