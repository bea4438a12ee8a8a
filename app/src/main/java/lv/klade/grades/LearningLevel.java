package lv.klade.grades;

/** The four learning levels used in forms 1–3 and in formative work, lowest first. */
public enum LearningLevel {
    /** sācis apgūt: started. */
    S,
    /** turpina apgūt: continuing. */
    T,
    /** apguvis: achieved. */
    A,
    /** apguvis padziļināti: achieved in depth. */
    P;

    public String messageKey() {
        return "grades.level." + name();
    }
}
