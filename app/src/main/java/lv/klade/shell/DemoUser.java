package lv.klade.shell;

/** A demo school's user as the login screen lists them: who they are and their password. */
record DemoUser(String login, String name, String roles, String password) {
}
