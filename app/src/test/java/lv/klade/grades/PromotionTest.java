package lv.klade.grades;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PromotionTest {

    /** "Matemātika=3>5" is a year grade of 3 and a re-examination of 5; "Sports=atb" an exemption. */
    private static List<SubjectYear> subjects(String text) {
        List<SubjectYear> list = new ArrayList<>();
        for (String item : text.split(" ")) {
            String[] nameAndGrades = item.split("=");
            String[] grades = nameAndGrades.length > 1 ? nameAndGrades[1].split(">") : new String[0];
            list.add(new SubjectYear(UUID.randomUUID(), nameAndGrades[0],
                    grades.length > 0 ? Optional.of(GradeParser.stored(grades[0])) : Optional.empty(),
                    grades.length > 1 ? Optional.of(GradeParser.stored(grades[1])) : Optional.empty()));
        }
        return list;
    }

    @ParameterizedTest(name = "form {0}: {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # form | year grades                                     | verdict                     | short
            7      | Matemātika=6 Fizika=4 Sports=atb                | PROMOTED                    | ''
            7      | Matemātika=3 Fizika=5                           | RE_EXAMINATION_NEEDED       | Matemātika
            7      | Matemātika=3 Fizika=nv                          | RE_EXAMINATION_NEEDED       | Matemātika,Fizika
            7      | Matemātika=3>5 Fizika=6                         | PROMOTED                    | ''
            7      | Matemātika=3>3 Fizika=6                         | PROMOTED_WITH_ONE_SHORTFALL | Matemātika
            7      | Matemātika=3>3 Fizika=2>3                       | NOT_PROMOTED                | Matemātika,Fizika
            8      | Matemātika=3>3 Fizika=2                         | RE_EXAMINATION_NEEDED       | Fizika
            10     | Matemātika=3>3 Fizika=6                         | NOT_PROMOTED                | Matemātika
            11     | Matemātika=4 Fizika=9                           | PROMOTED                    | ''
            11     | Matemātika=3                                    | RE_EXAMINATION_NEEDED       | Matemātika
            9      | Matemātika=5 Valoda=7                  | CERTIFICATE                 | ''
            9      | Matemātika=3>3 Valoda=7                | NO_CERTIFICATE              | Matemātika
            12     | Matemātika=2                                    | RE_EXAMINATION_NEEDED       | Matemātika
            12     | Matemātika=8 Fizika=4                           | CERTIFICATE                 | ''
            2      | Matemātika=S Mūzika=A                           | PROMOTED                    | Matemātika
            3      | Matemātika=P Mūzika=T                           | PROMOTED                    | ''
            6      | Matemātika=7 Vēsture                            | GRADES_MISSING              | Vēsture
            """)
    void promotionFollowsRegulationElevenPoint25(int form, String grades, Verdict verdict, String shortfalls) {
        PromotionOutcome outcome = Promotion.outcome(form, subjects(grades));
        assertThat(outcome.verdict()).isEqualTo(verdict);
        List<String> expected = shortfalls.isEmpty() ? List.of() : Arrays.asList(shortfalls.split(","));
        assertThat(outcome.shortfalls()).extracting(SubjectYear::subject).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theReasonNamesTheSubjectsForTheClassTutor() {
        PromotionOutcome outcome = Promotion.outcome(7, subjects("Matemātika=3 Fizika=2 Sports=8"));
        assertThat(Messages.latvian().text(outcome.reason()))
                .isEqualTo("Jākārto pēcpārbaudījums: Matemātika, Fizika");
    }
}
