package lv.klade.people;

/** A parent or guardian as entered (seed §13): name, phone, and how they are related ("māte"). */
public record GuardianData(String firstName, String lastName, String phone, String relation) {
}
