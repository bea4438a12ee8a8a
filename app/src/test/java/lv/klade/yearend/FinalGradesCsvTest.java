package lv.klade.yearend;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FinalGradesCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Matemātika              | Matemātika
            Sports un veselība      | Sports un veselība
            Vēsture; Latvijas       | "Vēsture; Latvijas"
            Teātris "Kalve"         | "Teātris ""Kalve""\"
            """)
    void aCellIsQuotedOnlyWhenItHoldsTheSeparatorOrAQuote(String cell, String written) {
        assertThat(FinalGrades.line(List.of(cell, "7"))).isEqualTo(written + ";7\r\n");
    }
}
