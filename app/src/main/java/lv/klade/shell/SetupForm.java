package lv.klade.shell;

/** What the new-school wizard asks: the school, its first year, and its first administrator. */
record SetupForm(String schoolName, int yearStart, String adminFirstName, String adminLastName,
                 String adminLogin, char[] password, char[] passwordRepeat) {
}
