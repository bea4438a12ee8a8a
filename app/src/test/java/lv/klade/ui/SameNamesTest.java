package lv.klade.ui;

import java.time.LocalDate;
import java.util.List;
import lv.klade.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameNamesTest {
    private record Person(String name, LocalDate born) {
    }

    @Test
    void onlyThePeopleOfTheListWhoShareANameShowTheirBirthDate() {
        List<Person> list = List.of(new Person("Ērika Ozoliņa", LocalDate.of(2013, 5, 2)),
                new Person("Ūna Ozoliņa", LocalDate.of(2013, 7, 9)),
                new Person("Ērika Ozoliņa", LocalDate.of(2013, 11, 20)));

        assertThat(SameNames.shown(list, Person::name, Person::born, Messages.latvian()))
                .containsExactly("Ērika Ozoliņa (dz. 02.05.2013)", "Ūna Ozoliņa", "Ērika Ozoliņa (dz. 20.11.2013)");
    }

    @Test
    void aNameWithoutABirthDateReadsAlone() {
        List<Person> list = List.of(new Person("Jānis Bērziņš", null), new Person("Jānis Bērziņš", LocalDate.of(2012, 1, 4)));

        assertThat(SameNames.shown(list, Person::name, Person::born, Messages.latvian()))
                .containsExactly("Jānis Bērziņš", "Jānis Bērziņš (dz. 04.01.2012)");
    }
}
