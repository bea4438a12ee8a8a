package lv.klade.printing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.reports.AbsenceReport;
import lv.klade.reports.BatchPrinter;
import lv.klade.reports.BatchProgress;
import lv.klade.reports.BatchResult;
import lv.klade.reports.CertificateData;
import lv.klade.reports.CertificateDocument;
import lv.klade.reports.GradeStatisticsReport;
import lv.klade.reports.ReportCardDocument;
import lv.klade.reports.SummaryJournalDocument;
import lv.klade.reports.TeacherMonthReport;
import lv.klade.reports.TestPlannerReport;
import lv.klade.reports.TranscriptDocument;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;

/**
 * Prints documents for one school year, the current one unless {@link #ofYear} chose a closed one
 * (a closed year stays printable), within the rights it was made with: every call
 * for a class or a journal the rights do not cover is refused with a {@link UserError}, whatever
 * the screen offered. Rendering and batches do file and PDF work: call them off the FX thread.
 */
public final class PrintService {
    private static final Logger LOG = Logger.getLogger(PrintService.class.getName());
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private final ReportAssembler assembler;
    private final JournalReads reads;
    private final Messages messages;
    private final Clock clock;
    private final Function<UUID, PrintRights> rightsInYear;
    private final java.util.function.Supplier<PrintRights> rightsSource;
    private final UUID yearId;
    private volatile PrintRights rights;
    /** Told of each class whose transcripts of a month a batch printed: the checks read when they were issued. */
    private volatile java.util.function.BiConsumer<UUID, YearMonth> transcriptsIssued = (classId, month) -> { };

    public PrintService(JournalReads reads, Messages messages, Clock clock, PrintRights rights) {
        this(reads, messages, clock, year -> rights, null);
    }

    /** Rights read from the journal for the year printed, on first use, which is off the FX thread. */
    public PrintService(JournalReads reads, Messages messages, Clock clock, Function<UUID, PrintRights> rightsInYear) {
        this(reads, messages, clock, rightsInYear, null);
    }

    private PrintService(JournalReads reads, Messages messages, Clock clock, Function<UUID, PrintRights> rightsInYear,
                         UUID yearId) {
        this.assembler = new ReportAssembler(reads, messages, clock);
        this.reads = reads;
        this.messages = messages;
        this.clock = clock;
        this.rightsInYear = rightsInYear;
        this.yearId = yearId;
        this.rightsSource = () -> rightsInYear.apply(year().id());
    }

    /** This printing, telling {@code issued} of the classes whose transcripts of a month a batch printed. */
    public PrintService onTranscriptsIssued(java.util.function.BiConsumer<UUID, YearMonth> issued) {
        this.transcriptsIssued = issued;
        return this;
    }

    /** The same printing for another of the school's years, such as one closed at the year's end. */
    public PrintService ofYear(UUID yearId) {
        return new PrintService(reads, messages, clock, rightsInYear, yearId);
    }

    /** The school's years, oldest first: the current one and those closed before it. */
    public List<SchoolYear> years() {
        return reads.school().years();
    }

    /** The year with this label ("2025/26" or "2025./2026."), or a clear refusal naming the known ones. */
    public SchoolYear yearNamed(String label) {
        String wanted = label.strip();
        return years().stream().filter(y -> labels(y).contains(wanted)).findFirst()
                .orElseThrow(() -> UserError.of("printing.unknownYear", wanted, String.join(", ",
                        years().stream().map(SchoolYear::name).toList())));
    }

    private static List<String> labels(SchoolYear year) {
        int from = year.starts().getYear();
        int to = year.ends().getYear();
        return List.of(year.name(), from + "/" + to, from + "./" + to + ".", from + "-" + to);
    }

    /** A document rendered as one PDF, with the file name it would be saved under. */
    public record Rendered(String fileName, byte[] pdf) {
    }

    public PrintRights rights() {
        PrintRights known = rights;
        if (known == null) {
            known = rightsSource.get();
            rights = known;
        }
        return known;
    }

    public Messages messages() {
        return messages;
    }

    /** The school year whose documents this service prints. */
    public SchoolYear year() {
        return (yearId == null ? reads.school().currentYear() : reads.school().year(yearId))
                .orElseThrow(() -> UserError.of("school.missing"));
    }

    /** The year's semesters. */
    public List<Semester> semesters() {
        return reads.school().semesters(year().id());
    }

    /** The year's classes these rights may print, by form and name. */
    public List<SchoolClass> classes() {
        return reads.classes().classes(year().id()).stream().filter(c -> rights().mayPrintClass(c.id())).toList();
    }

    /** The year's journals these rights may print a month of, by name. */
    public List<Journal> journals() {
        return reads.classes().journals(year().id()).stream().filter(rights()::mayPrintJournal).toList();
    }

    /** The class of the year with this name ("7.a"), or a clear refusal. */
    public SchoolClass classNamed(String name) {
        return reads.classes().classes(year().id()).stream().filter(c -> c.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> UserError.of("printing.unknownClass", name));
    }

    /**
     * The period a kind is usually printed for today: last month, this semester, or the year; for a
     * year that is over, its last month or the whole year.
     */
    public PrintPeriod defaultPeriod(PrintKind kind) {
        LocalDate now = LocalDate.now(clock.withZone(Messages.RIGA));
        LocalDate yearEnds = year().ends();
        LocalDate today = now.isAfter(yearEnds) ? yearEnds.plusMonths(1) : now;
        PrintPeriod lastMonth = new PrintPeriod.Month(YearMonth.from(today).minusMonths(1));
        List<Semester> semesters = reads.school().semesters(year().id());
        boolean firstSemester = semesters.stream().anyMatch(s -> s.number() == 1 && !today.isAfter(s.ends()));
        return switch (kind) {
            case TRANSCRIPT, TEACHER_MONTH, ABSENCES, STATISTICS -> lastMonth;
            case REPORT_CARD, TEST_PLANNER -> firstSemester ? new PrintPeriod.Semester(1) : new PrintPeriod.Year();
            case SUMMARY, CERTIFICATE -> new PrintPeriod.Year();
        };
    }

    /** One request's documents (a class's cards, say) in one PDF, after checking the rights. */
    public Rendered render(PrintRequest request) {
        return assemble(request).whole();
    }

    /** One request's documents read from the journal and checked, to render the first at once and the rest after. */
    public Assembled assemble(PrintRequest request) {
        return new Assembled(request, prepare(request));
    }

    /** A request's documents, ready to render: the first alone (the preview's quick look), or all in one PDF. */
    public final class Assembled {
        private final PrintRequest request;
        private final Prepared<?> prepared;
        private byte[] first;

        private Assembled(PrintRequest request, Prepared<?> prepared) {
            this.request = request;
            this.prepared = prepared;
        }

        /** The first document (the first pupil's card, say) as a PDF of its own. */
        public byte[] first() {
            if (first == null) {
                first = prepared.first().render(messages);
            }
            return first;
        }

        /** Every document in one PDF; with one document only, the first one is not rendered twice. */
        public Rendered whole() {
            byte[] pdf = prepared.items().size() == 1 ? first() : prepared.render(messages);
            return new Rendered(fileName(request, prepared), pdf);
        }
    }

    /**
     * Prints a kind for several classes: one file per document in {@code folder}, or one combined
     * file there. Refused whole, before anything is written, if any class is not the rights'.
     */
    public BatchResult batch(PrintKind kind, List<UUID> classIds, PrintPeriod period, Path folder, boolean combined,
                             BatchProgress progress, BooleanSupplier cancelled) {
        if (kind.ofJournal()) {
            throw UserError.of("printing.noBatch", messages.get(kind.messageKey()));
        }
        if (classIds.isEmpty()) {
            throw UserError.of("reports.batch.empty");
        }
        classIds.forEach(this::checkClass);
        Optional<Prepared<?>> prepared = new ClassPreparation(cancelled)
                .prepareAll(classIds.stream().map(id -> new PrintRequest(kind, id, period)).toList(), this::prepare);
        if (prepared.isEmpty()) {
            return new BatchResult(List.of(), 0, 0, true);
        }
        Prepared<?> all = prepared.get();
        BatchPrinter printer = new BatchPrinter(messages, progress, cancelled);
        long started = System.nanoTime();
        if (!combined) {
            return issued(kind, classIds, period, logged(kind, classIds.size(), all.printEach(printer, folder), started));
        }
        String scope = classIds.size() == 1 ? reads.classes().schoolClass(classIds.getFirst()).map(SchoolClass::name)
                .orElse("") : messages.get("printing.wholeSchool");
        return issued(kind, classIds, period, logged(kind, classIds.size(), all.printCombined(printer,
                folder.resolve(safe(scope + "_" + messages.get(fileWord(kind))) + ".pdf")), started));
    }

    /** A finished batch of the current year's monthly transcripts is recorded as issued for its classes. */
    private BatchResult issued(PrintKind kind, List<UUID> classIds, PrintPeriod period, BatchResult result) {
        if (kind == PrintKind.TRANSCRIPT && !result.cancelled() && yearId == null
                && period instanceof PrintPeriod.Month month) {
            classIds.forEach(classId -> transcriptsIssued.accept(classId, month.month()));
        }
        return result;
    }

    private static BatchResult logged(PrintKind kind, int classes, BatchResult result, long started) {
        LOG.log(Level.INFO, "Printed {0} of {1} classes: {2} documents in {3} files, {4} ms{5}", new Object[] {kind,
                classes, result.printed(), result.files().size(), (System.nanoTime() - started) / 1_000_000,
                result.cancelled() ? ", cancelled" : ""});
        return result;
    }

    Prepared<?> prepare(PrintRequest request) {
        PrintKind kind = request.kind();
        if (!kind.accepts(request.period())) {
            throw UserError.of("printing.periodNotFor", messages.get(kind.messageKey()));
        }
        if (kind.ofJournal()) {
            Journal journal = TeacherMonthAssembler.journal(reads, year().id(), request.target());
            if (!rights().mayPrintJournal(journal)) {
                throw UserError.of("printing.notAllowedJournal", journal.name());
            }
            YearMonth month = ((PrintPeriod.Month) request.period()).month();
            return new Prepared<>(new TeacherMonthReport(),
                    List.of(new TeacherMonthAssembler(assembler).teacherMonth(journal, month)));
        }
        UUID classId = request.target();
        checkClass(classId);
        PrintPeriod period = request.period();
        Prepared<?> prepared = switch (kind) {
            case TRANSCRIPT -> new Prepared<>(new TranscriptDocument(),
                    assembler.transcripts(classId, ((PrintPeriod.Month) period).month()));
            case REPORT_CARD -> new Prepared<>(new ReportCardDocument(), assembler.reportCards(classId, period));
            case SUMMARY -> new Prepared<>(new SummaryJournalDocument(), List.of(assembler.summary(classId)));
            case ABSENCES -> new Prepared<>(new AbsenceReport(), List.of(assembler.absences(classId, period)));
            case STATISTICS -> new Prepared<>(new GradeStatisticsReport(), List.of(assembler.statistics(classId, period)));
            case TEST_PLANNER -> new Prepared<>(new TestPlannerReport(), List.of(assembler.testPlanner(classId, period)));
            case CERTIFICATE -> new Prepared<>(new CertificateDocument(), issued(classId));
            case TEACHER_MONTH -> throw new IllegalStateException("handled above");
        };
        if (prepared.items().isEmpty()) {
            throw UserError.of("printing.noStudents", className(classId));
        }
        return prepared;
    }

    /** The certificates of a class of form 9 or 12; refused when nobody in it gets one, naming why. */
    private List<CertificateData> issued(UUID classId) {
        Certificates.Issued issued = new Certificates(assembler).of(classId);
        if (issued.certificates().isEmpty()) {
            throw UserError.of("printing.certificate.none", className(classId), String.join("; ",
                    issued.leftOut().stream().map(p -> p.text(messages)).toList()));
        }
        return issued.certificates();
    }

    /** The year's classes of forms 9 and 12 these rights may print: those that end with a certificate. */
    public List<SchoolClass> leavingClasses() {
        return classes().stream().filter(c -> CertificateData.Kind.ofForm(c.form()).isPresent()).toList();
    }

    /**
     * The students of a leaving class who get no certificate, each with the reason, in words: what a
     * batch of certificates leaves out. Refused for a class the rights do not cover or of another form.
     */
    public List<String> certificatesLeftOut(UUID classId) {
        checkClass(classId);
        return new Certificates(assembler).of(classId).leftOut().stream().map(p -> p.text(messages)).toList();
    }

    /** Whether anyone in the leaving class gets a certificate. */
    public boolean anyCertificate(UUID classId) {
        checkClass(classId);
        return !new Certificates(assembler).of(classId).certificates().isEmpty();
    }

    private void checkClass(UUID classId) {
        if (!rights().mayPrintClass(classId)) {
            throw UserError.of("printing.notAllowedClass", className(classId));
        }
    }

    private String className(UUID classId) {
        return reads.classes().schoolClass(classId).map(SchoolClass::name)
                .orElseThrow(() -> UserError.of("printing.classMissing", String.valueOf(classId)));
    }

    private String fileName(PrintRequest request, Prepared<?> prepared) {
        String name = request.kind().perStudent()
                ? className(request.target()) + "_" + messages.get(fileWord(request.kind()))
                : prepared.fileName(messages);
        return safe(name) + ".pdf";
    }

    private static String fileWord(PrintKind kind) {
        return switch (kind) {
            case TRANSCRIPT -> "reports.file.transcript";
            case REPORT_CARD -> "reports.file.reportCard";
            case SUMMARY -> "reports.file.summary";
            case ABSENCES -> "reports.file.absences";
            case STATISTICS -> "reports.file.statistics";
            case TEACHER_MONTH -> "reports.file.teacherMonth";
            case TEST_PLANNER -> "reports.file.planner";
            case CERTIFICATE -> "reports.file.certificate";
        };
    }

    /** Letters, digits, dots, dashes and underscores: a name every file system takes. */
    static String safe(String name) {
        return UNSAFE.matcher(name).replaceAll("_");
    }
}
