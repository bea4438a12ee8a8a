package lv.klade.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.school.JournalKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a student's journals to the promotion outcome, the way the year's end and the documents take
 * it: only graded subjects count ({@link GradedSubjects}), each summed up by {@link SubjectYear#of}.
 */
class PromotionOutcomesTest {
    private static final GradedSubjects GRADED = GradedSubjects.named("Klases stunda");
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 22);
    private static final LocalDate MAY = LocalDate.of(2027, 5, 28);

    /**
     * "Matemātika=S1:5,S2:6,Y:6,R:5,F:7" is a subject journal with semester 1 and 2, year,
     * re-examination and final grades; "Koris@INTEREST_EDUCATION" a journal of another kind;
     * "_" stands for a space in a subject's name.
     */
    private static List<SubjectYear> years(int form, String journals) {
        List<SubjectYear> years = new ArrayList<>();
        for (String item : journals.split(" ")) {
            String[] nameAndGrades = item.split("=");
            String[] nameAndKind = nameAndGrades[0].split("@");
            String subject = nameAndKind[0].replace('_', ' ');
            JournalKind kind = nameAndKind.length > 1 ? JournalKind.valueOf(nameAndKind[1]) : JournalKind.SUBJECT;
            List<StoredGrade> grades = new ArrayList<>();
            if (nameAndGrades.length > 1) {
                for (String grade : nameAndGrades[1].split(",")) {
                    String[] kindAndValue = grade.split(":");
                    grades.add(stored(kindAndValue[0], GradeParser.stored(kindAndValue[1])));
                }
            }
            if (GRADED.graded(kind, subject)) {
                years.add(SubjectYear.of(UUID.randomUUID(), subject, grades, form));
            }
        }
        return years;
    }

    private static StoredGrade stored(String period, Grade grade) {
        GradeKind kind = switch (period) {
            case "S1", "S2" -> GradeKind.SEMESTER;
            case "Y" -> GradeKind.YEAR;
            case "R" -> GradeKind.RE_EXAMINATION;
            case "F" -> GradeKind.FINAL;
            default -> throw new IllegalArgumentException(period);
        };
        LocalDate day = period.equals("S1") ? DECEMBER : period.equals("R") ? MAY.plusDays(20) : MAY;
        return new StoredGrade(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, kind, grade,
                Optional.empty(), "", day, Instant.EPOCH, UUID.randomUUID());
    }

    @ParameterizedTest(name = "form {0}: {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # form | journals and their period grades                                   | verdict                     | short
            # Forms 1–3: levels; the second semester's level stands for the year's when there is none.
            1      | Matemātika=S1:T,S2:A Latviešu_valoda=S2:P Klases_stunda               | PROMOTED                    | ''
            2      | Matemātika=Y:S Mūzika=Y:A Koris@INTEREST_EDUCATION                    | PROMOTED                    | Matemātika
            3      | Matemātika=S1:A,S2:S,Y:P Sports=Y:A                                   | PROMOTED                    | ''
            3      | Matemātika Sports=Y:A                                                 | GRADES_MISSING              | Matemātika
            # Forms 4–8: one shortfall may stay after re-examination.
            4      | Matemātika=S1:5,S2:6,Y:6 Klases_stunda Koris@INTEREST_EDUCATION       | PROMOTED                    | ''
            5      | Matemātika=Y:7 Basketbols@INTEREST_EDUCATION Pagarinātā_grupa@AFTER_SCHOOL_GROUP | PROMOTED        | ''
            7      | Matemātika=Y:3 Fizika=Y:nv                                            | RE_EXAMINATION_NEEDED       | Matemātika,Fizika
            7      | Matemātika=Y:7 Robotika@ELECTIVE=Y:2                                  | PROMOTED                    | ''
            7      | Matemātika=Y:7 Vēsture                                                | GRADES_MISSING              | Vēsture
            8      | Matemātika=Y:3,R:3 Fizika=Y:6                                         | PROMOTED_WITH_ONE_SHORTFALL | Matemātika
            6      | Matemātika=Y:3,R:2 Fizika=Y:2,R:3                                     | NOT_PROMOTED                | Matemātika,Fizika
            # Form 9: the final grade decides the certificate.
            9      | Matemātika=Y:5,F:6 Vēsture=Y:7 Klases_stunda                          | CERTIFICATE                 | ''
            9      | Matemātika=Y:3,F:3,R:3 Vēsture=Y:7                                    | NO_CERTIFICATE              | Matemātika
            9      | Matemātika=Y:nv Vēsture=Y:7                                           | RE_EXAMINATION_NEEDED       | Matemātika
            # Forms 10–11: no shortfall may stay.
            10     | Matemātika=Y:3,R:3 Fizika=Y:6                                         | NOT_PROMOTED                | Matemātika
            11     | Matemātika=Y:4 Robotika@ELECTIVE Klases_stunda                        | PROMOTED                    | ''
            11     | Matemātika=Y:nv,R:5 Fizika=Y:9                                        | PROMOTED                    | ''
            # Form 12.
            12     | Matemātika=Y:8,F:9 Fizika=Y:4 Koris@INTEREST_EDUCATION                | CERTIFICATE                 | ''
            12     | Matemātika=Y:2                                                        | RE_EXAMINATION_NEEDED       | Matemātika
            """)
    void ungradedJournalsNeverBlockPromotionAndLevelsCountAsTheYear(int form, String journals, Verdict verdict,
                                                                   String shortfalls) {
        PromotionOutcome outcome = Promotion.outcome(form, years(form, journals));
        assertThat(outcome.verdict()).isEqualTo(verdict);
        List<String> expected = shortfalls.isEmpty() ? List.of() : Arrays.asList(shortfalls.split(","));
        assertThat(outcome.shortfalls()).extracting(SubjectYear::subject).containsExactlyInAnyOrderElementsOf(expected);
    }
}
