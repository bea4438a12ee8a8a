package lv.klade.messages;

import java.util.UUID;

/**
 * A message as it is written: {@code recipientId} for {@link MessageAudience#PERSON}, {@code classId}
 * for {@link MessageAudience#CLASS_TUTOR}; neither for all teachers or news.
 */
public record NewMessage(MessageAudience audience, UUID recipientId, UUID classId, String subject, String body) {

    public static NewMessage toPerson(UUID recipientId, String subject, String body) {
        return new NewMessage(MessageAudience.PERSON, recipientId, null, subject, body);
    }

    public static NewMessage toTutorOf(UUID classId, String subject, String body) {
        return new NewMessage(MessageAudience.CLASS_TUTOR, null, classId, subject, body);
    }

    public static NewMessage toAllTeachers(String subject, String body) {
        return new NewMessage(MessageAudience.ALL_TEACHERS, null, null, subject, body);
    }

    public static NewMessage news(String subject, String body) {
        return new NewMessage(MessageAudience.NEWS, null, null, subject, body);
    }
}
