package lv.klade.lessons;

import lv.klade.i18n.Messages;

/** Helpers for the texts of a lesson entry. */
public final class LessonTexts {
    private LessonTexts() {
    }

    /** The seeds' entry template "SR: planned result / Topic" (bundle key {@code lesson.srTemplate}); blanks stay empty. */
    public static String srTemplate(Messages messages, String plannedResult, String topic) {
        return messages.get("lesson.srTemplate", plannedResult == null ? "" : plannedResult.strip(),
                topic == null ? "" : topic.strip());
    }

    /** The topic a lesson on 1 September gets when the teacher leaves it blank: "Zinību diena". */
    public static String firstDayTopic(Messages messages) {
        return messages.get("lesson.topic.firstDay");
    }
}
