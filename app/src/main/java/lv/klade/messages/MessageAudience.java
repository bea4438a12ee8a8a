package lv.klade.messages;

/** Whom a message is for: one person, a class's tutor, every teacher, or everyone as school news. */
public enum MessageAudience {
    PERSON, CLASS_TUTOR, ALL_TEACHERS, NEWS;

    /** Whether the message is for many people, so every PC receives it. */
    public boolean isForMany() {
        return this == ALL_TEACHERS || this == NEWS;
    }

    /** The key of the audience's name in the messages bundle. */
    public String messageKey() {
        return "messages.audience." + name();
    }
}
