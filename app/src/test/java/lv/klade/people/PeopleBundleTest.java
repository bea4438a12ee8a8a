package lv.klade.people;

import java.util.Locale;
import java.util.ResourceBundle;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleBundleTest {
    private final ResourceBundle latvian = Messages.bundle("people", Messages.LATVIAN);
    private final ResourceBundle english = Messages.bundle("people", Locale.ENGLISH);

    @Test
    void latvianAndEnglishHaveTheSameKeys() {
        assertThat(english.keySet()).isEqualTo(latvian.keySet());
    }

    @Test
    void everyRoleAndGenderHasAName() {
        for (Role role : Role.values()) {
            assertThat(latvian.containsKey(role.messageKey())).as(role.name()).isTrue();
        }
        for (Gender gender : Gender.values()) {
            assertThat(latvian.containsKey(gender.messageKey())).as(gender.name()).isTrue();
        }
        assertThat(latvian.getString(Role.CLASS_TUTOR.messageKey())).isEqualTo("klases audzinātājs");
    }
}
