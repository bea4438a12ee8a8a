package lv.klade.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lv.klade.archive.YearArchive;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintService;
import lv.klade.reports.AtomicFiles;
import lv.klade.yearend.FinalGrades;
import lv.klade.yearend.ui.YearFiles;

/**
 * The year's files as the window writes them, with the logged-in person's rights: the archive as
 * {@code klade archive} makes it (the open journal copied as of one moment), the final grades as
 * {@code klade export-final-grades} without {@code --allow-missing}.
 */
final class WindowYearFiles implements YearFiles {
    private final Services services;
    private final StaffMember member;
    private final Messages messages;

    WindowYearFiles(Services services, StaffMember member, Messages messages) {
        this.services = services;
        this.member = member;
        this.messages = messages;
    }

    @Override
    public String archive(Path target) {
        if (!YearArchive.mayArchive(member)) {
            throw UserError.of("archive.notAllowed");
        }
        // The archive keeps the school's own documents: in Latvian, whatever language the window speaks.
        PrintService printing = services.printing(Messages.latvian(), member);
        int entries = YearArchive.write(target, archive -> {
            archive.addDocuments(printing);
            archive.addOpenJournal(services.store(), services.file());
        });
        return messages.get("archiveCli.done", printing.year().name(), String.valueOf(entries), target);
    }

    @Override
    public String exportFinalGrades(int form, Path target) {
        FinalGrades.Export export = services.finalGrades().of(member, form);
        if (!export.lacking().isEmpty()) {
            throw UserError.of("yearFiles.lacking", String.join("; ", export.lacking().stream()
                    .map(l -> messages.get("finalGradesCli.lacks", l.className(), l.student(),
                            String.join(", ", l.subjects()))).toList()));
        }
        try {
            AtomicFiles.write(target, true, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                export.writeCsv(writer);
                writer.flush();
            });
        } catch (IOException e) {
            throw UserError.of("finalGradesCli.cannotWrite", target, String.valueOf(e.getMessage()));
        }
        return messages.get("yearFiles.exported", String.valueOf(export.rows().size()),
                String.valueOf(export.students()), String.valueOf(form), export.year().name(), target);
    }

    @Override
    public String yearName() {
        return services.year().name();
    }
}
