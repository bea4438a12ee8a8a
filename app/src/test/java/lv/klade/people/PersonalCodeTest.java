package lv.klade.people;

import java.time.LocalDate;
import lv.klade.i18n.Messages;
import lv.klade.people.PersonalCode.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalCodeTest {

    private static PersonalCode valid(String typed) {
        assertThat(PersonalCode.parse(typed)).isInstanceOf(Parsed.Valid.class);
        return ((Parsed.Valid) PersonalCode.parse(typed)).code();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # typed            | normalised   | birth date
            161175-19997       | 161175-19997 | 1975-11-16
            16117519997        | 161175-19997 | 1975-11-16
            '  161175-19997 '  | 161175-19997 | 1975-11-16
            290200-20009       | 290200-20009 | 2000-02-29
            """)
    void oldFormatCodeIsNormalisedWithAHyphenAndGivesTheBirthDate(String typed, String normalised, LocalDate born) {
        PersonalCode code = valid(typed);
        assertThat(code.value()).isEqualTo(normalised);
        assertThat(code.birthDate()).contains(born);
        assertThat(code.isNewFormat()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            32123456789
            32000000000
            """)
    void newFormatCodeIsValidAndHasNoBirthDate(String typed) {
        PersonalCode code = valid(typed);
        assertThat(code.value()).isEqualTo(typed);
        assertThat(code.isNewFormat()).isTrue();
        assertThat(code.birthDate()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed        | problem
            ''             | people.code.empty
            16117A-19997   | people.code.notDigits
            161175 19997   | people.code.notDigits
            1611751999     | people.code.length
            161175-199970  | people.code.length
            161175--19997  | people.code.notDigits
            161175199970   | people.code.length
            161175-39997   | people.code.century
            310275-19990   | people.code.noSuchDate
            290201-20008   | people.code.noSuchDate
            161175-19990   | people.code.checkDigit
            """)
    void invalidCodeSaysWhatIsWrong(String typed, String key) {
        Parsed parsed = PersonalCode.parse(typed);
        assertThat(parsed).isInstanceOfSatisfying(Parsed.Invalid.class,
                invalid -> assertThat(invalid.problem().key()).isEqualTo(key));
    }

    @Test
    void aWrongCheckDigitIsExplainedInLatvianAndEnglish() {
        Parsed.Invalid invalid = (Parsed.Invalid) PersonalCode.parse("161175-19990");
        assertThat(Messages.latvian().text(invalid.problem())).contains("161175-19990").contains("kontroles");
        assertThat(new Messages(Messages.ENGLISH).text(invalid.problem())).contains("(check) digit");
    }

    @Test
    void codesMadeForABirthDateParseBackToTheSameDate() {
        for (LocalDate day = LocalDate.of(1899, 12, 25); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(97)) {
            for (int serial = 0; serial < 1000; serial += 37) {
                PersonalCode made = PersonalCode.forBirthDate(day, serial);
                assertThat(valid(made.value())).isEqualTo(made);
                assertThat(made.birthDate()).contains(day);
            }
        }
    }

    @Test
    void tenDigitsWhoseCheckSumIsTenHaveNoValidCode() {
        // 010100-1003: the weighted sum leaves 10, so no eleventh digit makes a valid code.
        assertThat(PersonalCode.checkDigit("0101001003")).isEqualTo(10);
        for (int last = 0; last <= 9; last++) {
            assertThat(PersonalCode.parse("010100-1003" + last)).isInstanceOf(Parsed.Invalid.class);
        }
    }

    @Test
    void aCodeCannotBeMadeFromUncheckedText() {
        assertThatThrownBy(() -> new PersonalCode("161175-19990")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalCode("16117519997")).isInstanceOf(IllegalArgumentException.class);
    }
}
