package lv.klade.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lesson topics of each subject, in teaching order, from topics.txt. */
final class DemoTopics {
    /** One topic: its homework and its planned result may be empty. */
    record Topic(String topic, String homework, String plannedResult) {
    }

    private final Map<String, List<Topic>> bySubject;

    private DemoTopics(Map<String, List<Topic>> bySubject) {
        this.bySubject = bySubject;
    }

    static DemoTopics load() {
        Map<String, List<Topic>> topics = new LinkedHashMap<>();
        List<Topic> current = null;
        for (String line : DemoData.lines("topics.txt")) {
            if (line.startsWith("==")) {
                current = topics.computeIfAbsent(line.substring(2).strip(), k -> new ArrayList<>());
            } else if (current != null) {
                String[] f = line.split(";", -1);
                current.add(new Topic(f[0].strip(), field(f, 1), field(f, 2)));
            }
        }
        return new DemoTopics(topics);
    }

    /** The topics of a subject; "Matemātika II" falls back to "Matemātika". Empty when there are none. */
    List<Topic> of(String subject) {
        List<Topic> topics = bySubject.get(subject);
        if (topics == null && subject.matches(".* I+")) {
            topics = bySubject.get(subject.substring(0, subject.lastIndexOf(' ')));
        }
        return topics == null ? List.of() : topics;
    }

    private static String field(String[] fields, int i) {
        return i < fields.length && !fields[i].isBlank() ? fields[i].strip() : null;
    }
}
