package lv.klade.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import lv.klade.i18n.Messages;

/**
 * A kind of printed document: turns its input record into an A4 PDF with the school's heading,
 * page numbers "1/3" and, where the paper has them, signature lines. Stateless and safe to share;
 * labels come from the "reports" bundle in the language of the {@link Messages} given.
 *
 * @param <T> the document's input record
 */
public abstract sealed class ReportDocument<T> permits TranscriptDocument, ReportCardDocument,
        SummaryJournalDocument, AbsenceReport, GradeStatisticsReport, TeacherMonthReport, TestPlannerReport,
        StatisticsReport, CertificateDocument, ChecksReport {

    ReportDocument() {
    }

    /** The document as PDF bytes. */
    public final byte[] render(T data, Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        write(data, messages, out);
        return out.toByteArray();
    }

    /** Writes the document as a PDF to {@code out}, which stays open. */
    public final void write(T data, Messages messages, OutputStream out) {
        writeAll(List.of(data), messages, out);
    }

    /** Writes several documents into one PDF, each on its own pages with its own page numbers. */
    public final void writeAll(List<T> documents, Messages messages, OutputStream out) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one document");
        }
        try (Sheet sheet = open(out, messages)) {
            for (T data : documents) {
                addTo(sheet, data);
            }
        }
    }

    /**
     * Each document as a PDF of its own, the same pages {@link #render} makes. They are composed
     * into one PDF and cut apart: a PDF's fixed cost (opening it, and above all subsetting and
     * embedding the fonts) is then paid once for all of them instead of once each, which made a
     * batch of single files ten times slower than one combined file.
     */
    final List<byte[]> renderEach(List<T> documents, Messages messages) {
        if (documents.isEmpty()) {
            return List.of();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(documents.size() * 8 * 1024);
        List<Integer> firstPages;
        try (Sheet sheet = open(out, messages)) {
            for (T data : documents) {
                addTo(sheet, data);
            }
            firstPages = sheet.firstPages();
        }
        return PdfSplitter.split(out.toByteArray(), firstPages, messages.get(titleKey()));
    }

    /** The file name a batch gives this document, before it is made safe for file systems. */
    public abstract String fileName(T data, Messages messages);

    Sheet open(OutputStream out, Messages messages) {
        return new Sheet(out, layout(), messages);
    }

    void addTo(Sheet sheet, T data) {
        sheet.startDocument(heading(data), sheet.text(titleKey()));
        compose(data, sheet);
    }

    abstract PageLayout layout();

    abstract String titleKey();

    abstract Heading heading(T data);

    abstract void compose(T data, Sheet sheet);
}
