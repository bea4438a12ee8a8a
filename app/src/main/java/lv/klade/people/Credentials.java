package lv.klade.people;

/** What a person types to log in: their login and password. */
public record Credentials(String login, char[] password) {
    public static Credentials of(String login, String password) {
        return new Credentials(login, password.toCharArray());
    }

    /** The login as accounts are kept: without case, trimmed; null when blank. */
    public String normalLogin() {
        return Validation.login(login);
    }
}
