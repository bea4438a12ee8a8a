package lv.klade.shell;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import lv.klade.i18n.Messages;
import lv.klade.people.LoginResult;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;

/** Login to an open journal; for the demo school it also lists the demo users and their passwords. */
final class LoginViewModel {
    private final Services services;
    private final Background background;
    private final Consumer<StaffMember> onLoggedIn;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    LoginViewModel(Services services, Background background, Consumer<StaffMember> onLoggedIn) {
        this.services = services;
        this.background = background;
        this.onLoggedIn = onLoggedIn;
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
        return services.schoolName();
    }

    /** The demo's users with their passwords; empty for a real school. */
    List<DemoUser> demoUsers() {
        return services.demoUsers();
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
