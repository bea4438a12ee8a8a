package lv.klade.people.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Enrolment;
import lv.klade.people.Guardian;
import lv.klade.people.IdDocument;
import lv.klade.people.Student;
import lv.klade.people.StudentDetails;

/**
 * A student's personal file as text lines (seed 003 §12): what the side panel shows. Someone who
 * may not see personal data gets the name and class only, so the hidden values never reach a view.
 */
public record PersonalFile(List<Line> lines, List<Line> guardians, List<EnrolmentLine> enrolments, boolean full) {

    /** One labelled value; {@code id} names its node ({@code #detail-<id>}). */
    public record Line(String id, String label, String value) {
    }

    /** One class the student was in: from, to (blank while current), and the order behind it. */
    public record EnrolmentLine(String className, String from, String to, String order) {
    }

    public PersonalFile {
        lines = List.copyOf(lines);
        guardians = List.copyOf(guardians);
        enrolments = List.copyOf(enrolments);
    }

    static PersonalFile of(StudentDetails details, boolean full, Map<UUID, String> classNames, Messages text) {
        Student s = details.student();
        List<Line> lines = new ArrayList<>();
        lines.add(line(text, "name", s.fullName()));
        lines.add(line(text, "class", s.currentClass().map(id -> classNames.getOrDefault(id, "")).orElse("")));
        if (!full) {
            return new PersonalFile(lines, List.of(), List.of(), false);
        }
        IdDocument doc = s.idDocument() == null ? IdDocument.NONE : s.idDocument();
        lines.add(line(text, "personalCode", s.personalCode().value()));
        lines.add(line(text, "birthDate", Messages.date(s.birthDate())));
        lines.add(line(text, "gender", s.gender() == null ? "" : text.get(s.gender().messageKey())));
        lines.add(line(text, "phone", s.phone()));
        lines.add(line(text, "actualAddress", s.actualAddress()));
        lines.add(line(text, "declaredAddress", s.declaredAddress()));
        lines.add(line(text, "idNumber", doc.number()));
        lines.add(line(text, "idIssuer", doc.issuer()));
        lines.add(line(text, "idIssued", Messages.date(doc.issued())));
        lines.add(line(text, "admitted", order(text, s.admitted())));
        if (s.hasLeft()) {
            lines.add(line(text, "left", order(text, s.left())));
        }
        List<Line> guardians = details.guardians().stream().map(PersonalFile::guardian).toList();
        List<EnrolmentLine> enrolments = details.enrolments().stream().map(e -> enrolment(e, classNames, text)).toList();
        return new PersonalFile(lines, guardians, enrolments, true);
    }

    private static Line line(Messages text, String id, String value) {
        return new Line(id, text.get("students.field." + id), value == null ? "" : value);
    }

    private static Line guardian(Guardian g) {
        String who = g.firstName() + " " + g.lastName() + (g.relation() == null ? "" : " (" + g.relation() + ")");
        return new Line("guardian-" + g.id(), who, g.phone() == null ? "" : g.phone());
    }

    private static EnrolmentLine enrolment(Enrolment e, Map<UUID, String> classNames, Messages text) {
        return new EnrolmentLine(classNames.getOrDefault(e.classId(), "?"), Messages.date(e.starts()),
                Messages.date(e.ends()), order(text, e.order()));
    }

    /** "Nr. 12-A, 01.09.2025", or blank when there is no order. */
    static String order(Messages text, DirectorOrder order) {
        return order == null || order.number() == null ? "" : text.get("students.orderText", order.number(), Messages.date(order.date()));
    }
}
