package lv.klade.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PromotionOutcome;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.Verdict;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.people.Gender;
import lv.klade.printing.ClassBooks.Book;
import lv.klade.printing.ReportAssembler.ClassInfo;
import lv.klade.reports.CertificateData;
import lv.klade.reports.CertificateData.Kind;
import lv.klade.reports.CertificateData.Mark;
import lv.klade.reports.TitleForm;

/**
 * The certificates of a leaving class (form 9 or 12) from its final grades: one for each student whose
 * outcome is the certificate; the others are left out, each with the reason (a re-examination still
 * to write, a grade missing or short). A subject's grade is its final grade, else its re-examination,
 * else its year grade, as for the state register.
 */
final class Certificates {
    /** Who got a certificate, and who was left out and why. */
    record Issued(List<CertificateData> certificates, List<Problem> leftOut) {
        Issued {
            certificates = List.copyOf(certificates);
            leftOut = List.copyOf(leftOut);
        }
    }

    private final ReportAssembler assembler;

    Certificates(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    Issued of(UUID classId) {
        ClassInfo c = assembler.classInfo(classId, new PrintPeriod.Year());
        Kind kind = Kind.ofForm(c.schoolClass().form())
                .orElseThrow(() -> UserError.of("printing.certificate.notLeavingForm", c.schoolClass().name()));
        ClassBooks books = ClassBooks.of(assembler.reads(), c.year().id(), classId, Optional.empty());
        List<CertificateData> certificates = new ArrayList<>();
        List<Problem> leftOut = new ArrayList<>();
        for (lv.klade.people.Student s : c.students()) {
            PromotionOutcome outcome = YearCards.outcome(c, books, s.id());
            if (outcome.verdict() != Verdict.CERTIFICATE) {
                leftOut.add(Problem.of("printing.certificate.leftOut", s.lastName() + " " + s.firstName(),
                        assembler.messages().text(outcome.reason())));
                continue;
            }
            List<CertificateData.FinalGrade> grades = books.graded(s.id()).stream()
                    .map(b -> new CertificateData.FinalGrade(b.subject(), mark(standing(b, s.id())))).toList();
            certificates.add(new CertificateData(c.heading(), ReportAssembler.student(s),
                    s.personalCode() == null ? "" : s.personalCode().value(), kind, form(s.gender()), grades,
                    registerNumber(c, certificates.size() + 1)));
        }
        return new Issued(certificates, leftOut);
    }

    /** The final grade, else the re-examination's, else the year's. */
    private static Optional<Grade> standing(Book book, UUID studentId) {
        return book.row(studentId).flatMap(row -> ClassBooks.periodGrade(row, GradeKind.FINAL, Optional.empty())
                .or(() -> ClassBooks.periodGrade(row, GradeKind.RE_EXAMINATION, Optional.empty()))
                .or(() -> ClassBooks.periodGrade(row, GradeKind.YEAR, Optional.empty()))).map(StoredGrade::grade);
    }

    private static Mark mark(Optional<Grade> grade) {
        return switch (grade.orElse(new Grade.NoGrade())) {
            case Grade.Points(int value) -> new Mark.Points(value);
            case Grade.Exempt e -> new Mark.Exempt();
            case Grade g -> new Mark.Other(g.typed());
        };
    }

    private static TitleForm form(Gender gender) {
        return gender == null ? TitleForm.NEUTRAL : gender == Gender.F ? TitleForm.FEMININE : TitleForm.MASCULINE;
    }

    /**
     * The certificate's number in the school's register of issued documents: the year it ends, the class
     * and the student's place among those of the class who get one ("2027/9.a/03").
     */
    private static String registerNumber(ClassInfo c, int place) {
        return c.year().ends().getYear() + "/" + c.schoolClass().name() + "/" + String.format("%02d", place);
    }
}
