package lv.klade.demo;

/** How far making the demo school is, for a start screen that must not look stuck meanwhile. */
@FunctionalInterface
public interface DemoProgress {
    /** Reports nothing: the CLI and the tests. */
    DemoProgress NONE = (step, done, of) -> {
    };

    /** The demo is at {@code step}, {@code done} of its {@code of} parts made (0 of 1 when it has none). */
    void at(Step step, int done, int of);

    /** The steps of making the demo, in order; each names its text in the demo bundle. */
    enum Step {
        SCHOOL, TEACHER_ABSENCES, LESSONS, SEMESTER_GRADES, JUSTIFICATIONS, COMPACTING;

        /** The text's key: "demo.step.lessons". */
        public String key() {
            return "demo.step." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }
}
