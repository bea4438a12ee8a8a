package lv.klade;

/** Klade's entry point: the window with no arguments, the headless CLI with a command word. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }
}
