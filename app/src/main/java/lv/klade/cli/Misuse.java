package lv.klade.cli;

import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;

/** A command line that is not of the command's form: an unknown option, a missing one, an unknown language. Exit 2. */
final class Misuse extends UserError {
    private static final long serialVersionUID = 1L;

    Misuse(String key, Object... args) {
        super(Problem.of(key, args));
    }
}
