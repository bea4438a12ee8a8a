package lv.klade.printing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.reports.BatchPrinter;
import lv.klade.reports.BatchResult;
import lv.klade.reports.ReportDocument;

/**
 * Documents assembled and ready to print: one kind's input records, in order.
 *
 * @param <T> the document's input record
 */
record Prepared<T>(ReportDocument<T> document, List<T> items) {

    Prepared {
        items = List.copyOf(items);
    }

    /** All of them in one PDF, each with its own page numbers. */
    byte[] render(Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.writeAll(items, messages, out);
        return out.toByteArray();
    }

    /** The first document alone. */
    Prepared<T> first() {
        return new Prepared<>(document, items.subList(0, 1));
    }

    BatchResult printEach(BatchPrinter printer, Path folder) {
        return printer.printEach(document, items, folder);
    }

    BatchResult printCombined(BatchPrinter printer, Path file) {
        return printer.printCombined(document, items, file);
    }

    /** The batch file name of the first document, for a single document's "save as". */
    String fileName(Messages messages) {
        return document.fileName(items.getFirst(), messages);
    }

    Prepared<T> plus(Prepared<?> other) {
        @SuppressWarnings("unchecked")
        List<T> more = (List<T>) other.items();
        return new Prepared<>(document, java.util.stream.Stream.concat(items.stream(), more.stream()).toList());
    }
}
