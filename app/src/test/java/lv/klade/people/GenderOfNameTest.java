package lv.klade.people;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GenderOfNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            Ilze Ķēniņa,         F
            Anna Bērziņa-Ozola,  F
            Dace Šmite,          F
            Pēteris Ozoliņš,     M
            Jānis Kalniņš,       M
            Ģirts Siliņš,        M
            Nikita Ivanovs,      ''
            Inga Vītols,         ''
            John Smith,          ''
            '',                  ''
            """)
    void aLatvianNameShowsTheGenderOnlyWhenGivenNameAndSurnameAgree(String name, String expected) {
        Optional<Gender> gender = Gender.ofLatvianName(name);
        assertThat(gender).isEqualTo(expected == null || expected.isEmpty() ? Optional.empty()
                : Optional.of(Gender.valueOf(expected)));
    }
}
