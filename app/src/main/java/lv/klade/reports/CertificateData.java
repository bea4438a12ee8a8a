package lv.klade.reports;

import java.util.List;
import java.util.Objects;

/**
 * A certificate of education, built from the final grades: the certificate of basic education
 * (apliecība par pamatizglītību, form 9) or of general secondary education (atestāts par vispārējo
 * vidējo izglītību, form 12). It names the school, the programme and its code (in the heading), the
 * student with their personal code (the words about them in the form {@code studentForm} of their gender), every subject with its final grade as the certificate prints it
 * ("8 (astoņi)"), and its number in the school's register of issued documents; it is dated and
 * signed by the director, with a place for the stamp.
 */
public record CertificateData(Heading heading, Student student, String personalCode, Kind kind, TitleForm studentForm,
        List<FinalGrade> grades, String registerNumber) implements StudentDocumentData {

    public CertificateData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(student, "student");
        personalCode = Objects.requireNonNullElse(personalCode, "");
        Objects.requireNonNull(kind, "kind");
        studentForm = Objects.requireNonNullElse(studentForm, TitleForm.NEUTRAL);
        grades = List.copyOf(grades);
        registerNumber = Objects.requireNonNullElse(registerNumber, "");
    }

    /** Which education the certificate attests. */
    public enum Kind {
        /** Form 9: apliecība par pamatizglītību. */
        BASIC,
        /** Form 12: atestāts par vispārējo vidējo izglītību. */
        SECONDARY;

        /** The leaving form whose certificate this is, or empty for any other form. */
        public static java.util.Optional<Kind> ofForm(int form) {
            return switch (form) {
                case 9 -> java.util.Optional.of(BASIC);
                case 12 -> java.util.Optional.of(SECONDARY);
                default -> java.util.Optional.empty();
            };
        }

        String key(String what) {
            return "reports.certificate." + name() + "." + what;
        }
    }

    /** A subject and its final grade: 1–10 points (printed with the number in words), or an exemption. */
    public sealed interface Mark {
        record Points(int value) implements Mark {
            public Points {
                if (value < 1 || value > 10) {
                    throw new IllegalArgumentException("points " + value);
                }
            }
        }

        record Exempt() implements Mark {
        }

        /** Any other grade the journal holds, as it is typed ("i"). */
        record Other(String text) implements Mark {
        }
    }

    public record FinalGrade(String subject, Mark mark) {
        public FinalGrade {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(mark, "mark");
        }
    }
}
