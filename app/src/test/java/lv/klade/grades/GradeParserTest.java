package lv.klade.grades;

import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GradeParserTest {

    @ParameterizedTest(name = "\"{0}\" on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed | column    | stored
            8       | TEN_POINT | 8
            ' 10 '  | TEN_POINT | 10
            1       | TEN_POINT | 1
            S       | LEVELS    | S
            p       | LEVELS    | P
            i       | PASS_FAIL | i
            NI      | PASS_FAIL | ni
            85%     | PERCENT   | 85%
            '85 %'  | PERCENT   | 85%
            85      | PERCENT   | 85%
            0%      | PERCENT   | 0%
            100%    | PERCENT   | 100%
            nv      | TEN_POINT | nv
            NV      | LEVELS    | nv
            atb     | PERCENT   | atb
            Atb     | TEN_POINT | atb
            """)
    void validTextBecomesAGradeOnTheColumnsScale(String typed, Scale column, String stored) {
        assertThat(GradeParser.parse(typed, column)).isInstanceOfSatisfying(ParseResult.Valid.class,
                v -> assertThat(v.grade().typed()).isEqualTo(stored));
    }

    @ParameterizedTest(name = "\"{0}\" on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed       | column    | problem
            0             | TEN_POINT | grades.parse.pointsRange
            11            | TEN_POINT | grades.parse.pointsRange
            99999999999   | TEN_POINT | grades.parse.pointsRange
            abc           | TEN_POINT | grades.parse.unknown
            8.5           | TEN_POINT | grades.parse.unknown
            -3            | TEN_POINT | grades.parse.unknown
            ''            | TEN_POINT | grades.parse.empty
            S             | TEN_POINT | grades.parse.wrongScale.TEN_POINT
            i             | TEN_POINT | grades.parse.wrongScale.TEN_POINT
            85%           | TEN_POINT | grades.parse.wrongScale.TEN_POINT
            8             | LEVELS    | grades.parse.wrongScale.LEVELS
            ni            | LEVELS    | grades.parse.wrongScale.LEVELS
            7             | PASS_FAIL | grades.parse.wrongScale.PASS_FAIL
            101%          | PERCENT   | grades.parse.percentRange
            101           | PERCENT   | grades.parse.percentRange
            A             | PERCENT   | grades.parse.wrongScale.PERCENT
            """)
    void invalidTextIsRefusedWithAProblem(String typed, Scale column, String problem) {
        assertThat(GradeParser.parse(typed, column)).isInstanceOfSatisfying(ParseResult.Invalid.class,
                i -> assertThat(i.problem().key()).isEqualTo(problem));
    }

    @Test
    void nullIsAnEmptyEntry() {
        assertThat(GradeParser.parse(null, Scale.TEN_POINT)).isInstanceOfSatisfying(ParseResult.Invalid.class,
                i -> assertThat(i.problem().key()).isEqualTo("grades.parse.empty"));
    }

    @Test
    void theProblemReadsInLatvianAndEnglish() {
        var invalid = (ParseResult.Invalid) GradeParser.parse("11", Scale.TEN_POINT);
        assertThat(Messages.latvian().text(invalid.problem())).isEqualTo("„11” nav 10 ballu skalā: ierakstiet skaitli no 1 līdz 10.");
        assertThat(new Messages(Messages.ENGLISH).text(invalid.problem())).contains("1 to 10");
    }

    @Test
    void everyTenPointGradeHasItsLatvianWord() {
        assertThat(Messages.latvian().get(new Grade.Points(10).messageKey())).isEqualTo("izcili");
        assertThat(Messages.latvian().get(new Grade.Points(1).messageKey())).isEqualTo("ļoti, ļoti vāji");
        assertThat(Messages.latvian().get(new Grade.Level(LearningLevel.P).messageKey())).isEqualTo("apguvis padziļināti");
    }

    @Test
    void anInvalidValueCannotBeConstructed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Grade.Points(11))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Grade.Percent(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
