package lv.klade.grades;

/** How much a planned test covers. */
public enum TestScope {
    /** temata noslēguma darbs */
    END_OF_TOPIC,
    /** temata daļas / vienuma pārbaudes darbs */
    PART_OF_TOPIC;

    public String messageKey() {
        return "grades.scope." + name();
    }
}
