package lv.klade.messages;

import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.people.StudentService;
import lv.klade.reports.AtomicFiles;
import lv.klade.reports.ParentsLetterDocument;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.tutor.TutorJournalRights;

/**
 * The printable letter to a class's parents (parents do not use the classroom PC): prepared by the
 * class's tutor, the deputy director or the administrator. It is a printout, so nothing is written to
 * the journal.
 */
public final class ParentsLetterService {
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final StudentService students;
    private final StaffService staff;
    private final ParentsLetterDocument document = new ParentsLetterDocument();

    public ParentsLetterService(SchoolRepository school, ClassRepository classes, StudentService students,
                                StaffService staff) {
        this.school = school;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
    }

    /** The letter as PDF bytes, dated {@code date}; one page for each family when {@code perFamily}. */
    public byte[] letter(StaffMember author, UUID classId, String subject, String body, LocalDate date,
                         boolean perFamily, Messages text) {
        String stripped = body == null ? "" : body.strip();
        if (stripped.isEmpty()) {
            throw UserError.of("letter.noText");
        }
        SchoolClass schoolClass = classes.schoolClass(classId).orElseThrow(() -> UserError.of("messages.noClass"));
        if (!TutorJournalRights.tutorOrOffice(author.id(), author.roles(), classId, schoolClass.tutorId())) {
            throw UserError.of("letter.notTutor", schoolClass.name());
        }
        List<String> families = students.ofClass(classId).stream().map(s -> s.firstName() + " " + s.lastName())
                .toList();
        if (perFamily && families.isEmpty()) {
            throw UserError.of("letter.noStudents");
        }
        String tutor = schoolClass.tutorId() == null ? "" : staff.byId(schoolClass.tutorId())
                .map(StaffMember::fullName).orElse("");
        String schoolName = school.school().map(s -> s.name()).orElse("");
        String title = subject == null || subject.isBlank() ? text.get("letter.title") : subject.strip();
        return document.render(new ParentsLetterDocument.Letter(schoolName, schoolClass.name(), date, tutor, title,
                stripped, families), perFamily, text);
    }

    /** Writes the letter to {@code target} whole or not at all. */
    public void save(byte[] pdf, Path target) {
        try {
            AtomicFiles.write(target, true, out -> out.write(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
