package lv.klade.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import lv.klade.demo.DemoSchool;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.db.Keyring;
import lv.klade.people.Credentials;
import lv.klade.people.JournalLogin;
import lv.klade.ui.Background;

/**
 * Login to a journal that is still locked: the password opens it (see {@link Services#open}). For the
 * demo school it also lists the demo users and their passwords.
 */
final class LoginViewModel {
    private final Path journal;
    private final Clock clock;
    private final Background background;
    private final Consumer<Services> onLoggedIn;
    private final String schoolName;
    private final List<DemoUser> demoUsers;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private LoginViewModel(Path journal, Clock clock, Background background, Consumer<Services> onLoggedIn,
                           String schoolName, List<DemoUser> demoUsers) {
        this.journal = journal;
        this.clock = clock;
        this.background = background;
        this.onLoggedIn = onLoggedIn;
        this.schoolName = schoolName;
        this.demoUsers = List.copyOf(demoUsers);
    }

    StringProperty loginProperty() {
        return login;
    }

    StringProperty passwordProperty() {
        return password;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    String schoolName() {
        return schoolName;
    }

    List<DemoUser> demoUsers() {
        return demoUsers;
    }

    /**
     * What the login screen shows before anyone logs in, from the journal's keyring; read off the FX
     * thread. The demo's passwords are public, so its users are read by opening it as its administrator.
     */
    static LoginViewModel prepare(Path journal, Clock clock, Background background, Consumer<Services> onLoggedIn) {
        Keyring keyring = JournalLogin.keyring(journal);
        List<DemoUser> demoUsers = List.of();
        if (keyring.demo()) {
            try (Services demo = Services.open(journal, Credentials.of(DemoSchool.LOGINS.getFirst(),
                    DemoSchool.PASSWORD), clock)) {
                demoUsers = listDemoUsers(demo, background.messages());
            } catch (UserError lockedOrChanged) {
                // Someone locked or changed the demo's administrator: the login screen still opens, without the list.
                demoUsers = List.of();
            }
        }
        return new LoginViewModel(journal, clock, background, onLoggedIn, keyring.title(), demoUsers);
    }

    /** The demo's users with their passwords. */
    private static List<DemoUser> listDemoUsers(Services services, Messages text) {
        return DemoSchool.LOGINS.stream()
                .flatMap(login -> services.staff().byLogin(login).stream())
                .map(member -> new DemoUser(member.login(), member.fullName(), member.roles().stream()
                        .map(grant -> text.get(grant.role().messageKey())).distinct().sorted()
                        .collect(Collectors.joining(", ")), DemoSchool.PASSWORD))
                .toList();
    }

    void fill(DemoUser user) {
        login.set(user.login());
        password.set(user.password());
    }

    /** Opens the journal for the login and password typed; a refusal is shown in {@link #messageProperty}. */
    void logIn() {
        char[] secret = password.get().toCharArray();
        String who = login.get().trim();
        busy.set(true);
        background.run(() -> {
            try {
                return Services.open(journal, new Credentials(who, secret), clock);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, opened -> {
            busy.set(false);
            message.set("");
            password.set("");
            onLoggedIn.accept(opened);
        }, refusal -> {
            busy.set(false);
            message.set(refusal);
        });
    }
}
