package lv.klade.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordMatchesItsHash() {
        String stored = hasher.hash("Ziemassvētki-2024".toCharArray());
        assertThat(hasher.matches("Ziemassvētki-2024".toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String stored = hasher.hash("Ziemassvētki-2024".toCharArray());
        assertThat(hasher.matches("ziemassvētki-2024".toCharArray(), stored)).isFalse();
    }

    @Test
    void theHashNamesItsAlgorithmIterationsSaltAndHash() {
        assertThat(hasher.hash("parole123".toCharArray())).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(hasher.hash("parole123".toCharArray())).isNotEqualTo(hasher.hash("parole123".toCharArray()));
    }

    @Test
    void aHashMadeWithOtherIterationsStillVerifies() {
        String stored = new PasswordHasher(2_000).hash("parole123".toCharArray());
        assertThat(hasher.matches("parole123".toCharArray(), stored)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            parole123
            ''
            pbkdf2-sha256$0$AAAA$AAAA
            pbkdf2-sha256$x$AAAA$AAAA
            md5$1000$AAAA$AAAA
            pbkdf2-sha256$1000$***$AAAA
            """)
    void storedTextOfAnyOtherShapeNeverMatches(String stored) {
        assertThat(hasher.matches("parole123".toCharArray(), stored)).isFalse();
    }
}
