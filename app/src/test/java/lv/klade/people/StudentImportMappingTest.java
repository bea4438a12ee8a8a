package lv.klade.people;

import java.util.List;
import java.util.Map;
import lv.klade.i18n.Messages;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.testing.StudentLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static lv.klade.people.StudentImportField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StudentImportMappingTest {

    @Test
    void aRegisterListsLatvianHeadersAreGuessed() {
        StudentImportMapping mapping = StudentImportMapping.guess(StudentLists.HEADERS);

        assertThat(mapping.fields()).containsExactly(IGNORE, FIRST_NAME, LAST_NAME, PERSONAL_CODE, BIRTH_DATE, GENDER,
                CLASS, PHONE, DECLARED_ADDRESS, ORDER_NUMBER, ORDER_DATE);
        assertThat(mapping.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            First name,                      FIRST_NAME
            SURNAME,                         LAST_NAME
            P.k.,                            PERSONAL_CODE
            Personal code,                   PERSONAL_CODE
            Dzimšanas datums (DD.MM.GGGG),   BIRTH_DATE
            Date of birth,                   BIRTH_DATE
            Sex,                             GENDER
            Klases nosaukums,                CLASS
            Mācās no,                        ADMISSION_DATE
            Rīkojuma nr.,                    ORDER_NUMBER
            Faktiskā dzīvesvieta,            ACTUAL_ADDRESS
            Izglītības programmas kods,      PROGRAMME
            Vecāka tālrunis,                 GUARDIAN_PHONE
            Piezīmes,                        IGNORE
            """)
    void headersAreGuessedInLatvianAndEnglishWhateverTheirCaseAndPunctuation(String header, StudentImportField field) {
        assertThat(StudentImportMapping.guess(List.of(header)).fields()).containsExactly(field);
    }

    @Test
    void aFieldIsGuessedForOneColumnOnly() {
        StudentImportMapping mapping = StudentImportMapping.guess(List.of("Vārds", "Uzvārds", "Vārds (2)"));

        assertThat(mapping.fields()).containsExactly(FIRST_NAME, LAST_NAME, IGNORE);
    }

    @Test
    void aMappingFileChoosesBeforeTheGuessAndCanLeaveAColumnOut() {
        Map<String, StudentImportField> chosen = StudentImportMapping.parse("""
                {"Audzēknis": "firstName", "vārds": "guardianFirstName", "Klase": "ignore", "Nav failā": "phone"}
                """, "kartejums.json");

        StudentImportMapping mapping = StudentImportMapping.guess(List.of("Audzēknis", "Vārds", "Klase", "Grupa"), chosen);

        assertThat(mapping.fields()).containsExactly(FIRST_NAME, GUARDIAN_FIRST_NAME, IGNORE, IGNORE);
    }

    @Test
    void aMappingIsWrittenAsTheFileThatGivesItBack() {
        StudentImportMapping mapping = StudentImportMapping.guess(StudentLists.HEADERS).withField(0, PHONE)
                .withField(7, IGNORE);

        StudentImportMapping again = StudentImportMapping.guess(StudentLists.HEADERS,
                StudentImportMapping.parse(mapping.toJson(), "atmiņa"));

        assertThat(again).isEqualTo(mapping);
        assertThat(mapping.toJson()).contains("\"Nr.\" : \"phone\"", "\"Tālrunis\" : \"ignore\"");
    }

    @Test
    void aMappingFileThatIsNotJsonOrNamesAnUnknownFieldIsRefused() {
        UserError notJson = catchThrowableOfType(UserError.class, () -> StudentImportMapping.parse("Vārds=firstName", "k.json"));
        UserError notObject = catchThrowableOfType(UserError.class, () -> StudentImportMapping.parse("[1]", "k.json"));
        UserError unknown = catchThrowableOfType(UserError.class,
                () -> StudentImportMapping.parse("{\"Vārds\": \"vards\"}", "k.json"));

        assertThat(notJson.problem().key()).isEqualTo("people.import.mapping.notJson");
        assertThat(notObject.problem().key()).isEqualTo("people.import.mapping.notObject");
        assertThat(Messages.latvian().text(unknown.problem()))
                .startsWith("Kartējuma failā k.json kolonnai „Vārds” norādīts nezināms lauks „vards”.")
                .contains("firstName, lastName, personalCode");
        assertThat(Messages.latvian().text(notObject.problem())).contains("{\"Vārds\": \"firstName\"");
    }

    @Test
    void aFieldInTwoColumnsAndARequiredFieldInNoneAreProblemsOfTheMapping() {
        StudentImportMapping mapping = StudentImportMapping.guess(List.of("Vārds", "Uzvārds", "Personas kods",
                "Dzimums", "Cits vārds")).withField(4, FIRST_NAME);

        List<Problem> problems = mapping.problems();

        assertThat(problems).extracting(Problem::key)
                .containsExactly("people.import.mapping.twice", "people.import.mapping.missing");
        assertThat(problems).extracting(p -> StudentImportReport.text(p, Messages.latvian())).containsExactly(
                "Lauks „Vārds” izvēlēts vairākām kolonnām: „Vārds”, „Cits vārds”. Atstājiet to vienai kolonnai, "
                        + "pārējām izvēlieties citu lauku vai „neimportēt”.",
                "Nevienai kolonnai nav izvēlēts lauks „Klase”, bet bez tā skolēnu nevar uzņemt. Izvēlieties kolonnu, "
                        + "kurā tas ir, vai pievienojiet failam šādu kolonnu.");
    }
}
