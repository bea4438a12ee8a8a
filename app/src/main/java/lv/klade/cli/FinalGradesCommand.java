package lv.klade.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.reports.AtomicFiles;
import lv.klade.shell.Services;
import lv.klade.yearend.FinalGrades;

/**
 * {@code klade export-final-grades --db P --user LOGIN --form 9|12 --out FILE [--allow-missing]}: the
 * current year's final grades of a leaving form as CSV for the state register (app/FINAL-GRADES.md).
 * A student without a grade in a subject stops the export, naming who lacks what (exit 1), unless
 * {@code --allow-missing} exports them with empty cells; the file is written whole or not at all.
 */
final class FinalGradesCommand implements Command {
    private final Clock clock;

    FinalGradesCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        if (!args.plain().isEmpty()) {
            throw new Misuse("finalGradesCli.usage");
        }
        String formText = args.required("form");
        Path file = Path.of(args.required("out"));
        boolean allowMissing = args.flag("allow-missing");
        if (args.option("allow-missing").isPresent()) {
            throw new Misuse("finalGradesCli.usage");
        }
        int form = args.integer("form", 0);
        FinalGrades.Export export;
        try (Services services = Journals.open(args, clock, messages)) {
            export = services.finalGrades().of(services.user(), form);
        }
        if (!export.lacking().isEmpty()) {
            out.println(messages.get(allowMissing ? "finalGradesCli.missingAllowed" : "finalGradesCli.missing",
                    String.valueOf(export.lacking().size()), formText, export.year().name()));
            export.lacking().forEach(l -> out.println(messages.get("finalGradesCli.lacks", l.className(), l.student(),
                    String.join(", ", l.subjects()))));
            if (!allowMissing) {
                return 1;
            }
        }
        try {
            AtomicFiles.write(file, true, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                export.writeCsv(writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw UserError.of("finalGradesCli.cannotWrite", file, String.valueOf(e.getMessage()));
        }
        out.println(messages.get("finalGradesCli.done", String.valueOf(export.rows().size()),
                String.valueOf(export.students()), formText, export.year().name(), file));
        return 0;
    }
}
