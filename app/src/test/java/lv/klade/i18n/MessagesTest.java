package lv.klade.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    @Test
    void anApostropheReadsOnceWithArgumentsOrWithout() {
        Messages english = Messages.forLanguage("en");

        assertThat(english.get("printing.kind.TEACHER_MONTH")).isEqualTo("Teacher's journal (month)");
        assertThat(english.get("sync.status.standalone")).contains("the school's central copy")
                .doesNotContain("''");
    }
}
