package lv.klade.reports;

import java.util.Objects;

/** A student's name as it is printed: "Anna Bērziņa" on their own papers, "Bērziņa Anna" in lists. */
public record Student(String givenName, String surname) {

    public Student {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(surname, "surname");
    }

    /** Given name first, as on a report card. */
    public String fullName() {
        return givenName + " " + surname;
    }

    /** Surname first, as in a class list. */
    public String listName() {
        return surname + " " + givenName;
    }
}
