package lv.klade.shell;

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
import lv.klade.people.LoginResult;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;

/** Login to an open journal; for the demo school it also lists the demo users and their passwords. */
final class LoginViewModel {
    private final Services services;
    private final Background background;
    private final Consumer<StaffMember> onLoggedIn;
    private final String schoolName;
    private final List<DemoUser> demoUsers;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private LoginViewModel(Services services, Background background, Consumer<StaffMember> onLoggedIn,
                           String schoolName, List<DemoUser> demoUsers) {
        this.services = services;
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

    /** What the login screen shows before anyone logs in; read off the FX thread. */
    static LoginViewModel prepare(Services services, Background background, Consumer<StaffMember> onLoggedIn) {
        return new LoginViewModel(services, background, onLoggedIn, services.schoolName(),
                listDemoUsers(services, background.messages()));
    }

    /** The demo's users with their passwords; empty for a real school. */
    private static List<DemoUser> listDemoUsers(Services services, Messages text) {
        if (!services.isDemo()) {
            return List.of();
        }
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

    void logIn() {
        char[] secret = password.get().toCharArray();
        String who = login.get().trim();
        busy.set(true);
        background.run(() -> {
            try {
                return services.accounts().login(who, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, this::handle);
    }

    private void handle(LoginResult result) {
        busy.set(false);
        Messages text = background.messages();
        switch (result) {
            case LoginResult.Success success -> {
                message.set("");
                password.set("");
                onLoggedIn.accept(success.member());
            }
            case LoginResult.WrongPassword wrong -> message.set(text.get("login.wrongPassword", wrong.attemptsLeft()));
            case LoginResult.Locked locked -> message.set(text.get("login.locked",
                    Messages.time(locked.until())));
            case LoginResult.Revoked revoked -> message.set(text.get("login.revoked"));
            case LoginResult.UnknownUser unknown -> message.set(text.get("login.unknownUser"));
        }
    }
}
