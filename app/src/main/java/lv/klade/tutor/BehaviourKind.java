package lv.klade.tutor;

/** What a behaviour note records: behaviour to praise or a concern. */
public enum BehaviourKind {
    PRAISE, CONCERN;

    /** The key of the kind's name in the tutor bundle. */
    public String messageKey() {
        return "tutorJournal.kind." + name();
    }
}
