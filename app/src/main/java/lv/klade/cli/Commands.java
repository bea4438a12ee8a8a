package lv.klade.cli;

/** The list of command words; each feature's commands are registered here. */
final class Commands {
    private Commands() {
    }

    static void registerAll(Cli cli) {
    }
}
