package lv.klade.setup;

/** What the new-school wizard asks: the school, its first year, and its first administrator. */
public record NewSchool(String schoolName, int yearStart, String adminFirstName, String adminLastName,
                        String adminLogin, char[] password, char[] passwordRepeat) {
}
