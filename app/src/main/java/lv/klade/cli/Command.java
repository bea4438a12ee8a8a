package lv.klade.cli;

import java.io.PrintStream;
import lv.klade.i18n.Messages;

/** One CLI command word. */
interface Command {
    /** Runs the command; returns the process exit code. A {@code UserError} becomes one line on stderr. */
    int run(Args args, Messages messages, PrintStream out);
}
