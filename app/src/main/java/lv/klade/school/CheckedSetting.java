package lv.klade.school;

import lv.klade.i18n.Problem;

/** A setting's value as its rule read it: the value to store, or what is wrong with it. */
public sealed interface CheckedSetting {

    /** The value as it is stored (a time as 08:30, a number without spaces). */
    record Valid(String value) implements CheckedSetting {
    }

    record Invalid(Problem problem) implements CheckedSetting {
    }

    static CheckedSetting valid(String value) {
        return new Valid(value);
    }

    static CheckedSetting invalid(String key, Object... args) {
        return new Invalid(Problem.of(key, args));
    }
}
