package lv.klade.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            7.a_Bērziņa_Anna_liecība            | 7.a_Bērziņa_Anna_liecība
            7.a_Ķemere_Anna Marija_liecība      | 7.a_Ķemere_Anna_Marija_liecība
            7/b_Kalniņš_Jānis_sekmju_izraksts   | 7_b_Kalniņš_Jānis_sekmju_izraksts
            ..hidden.                           | hidden
            CON                                 | _CON
            lpt1.txt                            | _lpt1.txt
            """)
    void unsafeCharactersBecomeUnderscoresAndLatvianLettersStay(String raw, String safe) {
        assertThat(FileNames.safe(raw, "x")).isEqualTo(safe);
    }

    @Test
    void everyCharacterWindowsForbidsIsReplaced() {
        assertThat(FileNames.safe("a<b>c:d\"e\\f|g?h*i/j", "x")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
    }

    @Test
    void decomposedLettersAreComposed() {
        String decomposed = "Be\u0304rzin\u0327a";
        assertThat(FileNames.safe(decomposed, "x")).isEqualTo("Bērziņa");
    }

    @Test
    void controlCharactersAndTabsAreRemoved() {
        assertThat(FileNames.safe("Anna\tBērziņa\u0000\n", "x")).isEqualTo("Anna_Bērziņa");
    }

    @Test
    void nothingLeftGivesTheFallback() {
        assertThat(FileNames.safe("?*//..", "7")).isEqualTo("7");
    }

    @Test
    void longNamesAreCutToFitEveryFileSystem() {
        String name = FileNames.safe("Ž".repeat(300), "x");
        assertThat(name).hasSize(FileNames.MAX_LENGTH);
        assertThat((name + ".pdf").getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
    }

    @Test
    void namesDifferingOnlyInCaseAreMadeUnique() {
        FileNames names = new FileNames();
        assertThat(names.unique("7.a_Ozols_Roberts", ".pdf")).isEqualTo("7.a_Ozols_Roberts.pdf");
        assertThat(names.unique("7.a_ozols_roberts", ".pdf")).isEqualTo("7.a_ozols_roberts_2.pdf");
        assertThat(names.unique("7.a_Ozols_Roberts", ".pdf")).isEqualTo("7.a_Ozols_Roberts_3.pdf");
    }
}
