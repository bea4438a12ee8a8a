package lv.klade.grades.ui;

import java.util.Arrays;
import java.util.List;
import lv.klade.grades.ParseResult;
import lv.klade.grades.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellInputTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            8,     TEN_POINT,         8
            atb,   TEN_POINT,         atb
            85%,   PASS_FAIL PERCENT, 85%
            ni,    PASS_FAIL PERCENT, ni
            nv,    LEVELS,            nv
            85,    PERCENT,           85%
            """)
    void readsWhatFitsTheCell(String typed, String scales, String stored) {
        assertThat(CellInput.parse(typed, scales(scales)))
                .isInstanceOfSatisfying(ParseResult.Valid.class, v -> assertThat(v.grade().typed()).isEqualTo(stored));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            11,  TEN_POINT,         grades.parse.pointsRange
            S,   TEN_POINT,         grades.parse.wrongScale.TEN_POINT
            8,   PASS_FAIL PERCENT, grades.parse.wrongScale.PASS_FAIL
            abc, TEN_POINT,         grades.parse.unknown
            """)
    void refusesWithTheColumnsOwnReason(String typed, String scales, String key) {
        assertThat(CellInput.parse(typed, scales(scales)))
                .isInstanceOfSatisfying(ParseResult.Invalid.class, i -> assertThat(i.problem().key()).isEqualTo(key));
    }

    private static List<Scale> scales(String names) {
        return Arrays.stream(names.split(" ")).map(Scale::valueOf).toList();
    }

}
