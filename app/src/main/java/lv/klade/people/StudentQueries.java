package lv.klade.people;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lv.klade.school.DateRange;

/** Lists and searches of students, in Latvian alphabetical order. */
final class StudentQueries {
    private final StudentRepository students;
    private final Comparator<Student> byName;

    StudentQueries(StudentRepository students) {
        this.students = students;
        Collator latvian = Collator.getInstance(Locale.of("lv"));
        // Latvian letters are letters of their own: Č comes after C, not beside it.
        this.byName = Comparator.comparing(Student::lastName, latvian)
                .thenComparing(Student::firstName, latvian)
                .thenComparing(s -> s.personalCode().value());
    }

    List<Student> ofClass(UUID classId) {
        return students.ofClass(classId).stream().sorted(byName).toList();
    }

    List<Student> ofClass(UUID classId, DateRange days) {
        return students.ofClass(classId, days).stream().sorted(byName).toList();
    }

    List<Student> search(String typed) {
        String query = plain(typed == null ? "" : typed);
        if (query.isBlank()) {
            return List.of();
        }
        String digits = query.replaceAll("[^0-9]", "");
        List<String> words = Arrays.stream(query.split("[\\s,]+")).filter(w -> !w.isEmpty()).toList();
        // A school has a few thousand students at most: filtering here allows accent-free search,
        // which H2 cannot do in SQL.
        return students.all().stream()
                .filter(s -> digits.isEmpty() ? namesContain(s, words) : codeContains(s, digits))
                .sorted(byName)
                .toList();
    }

    private static boolean namesContain(Student s, List<String> words) {
        String name = plain(s.firstName() + " " + s.lastName());
        return words.stream().allMatch(name::contains);
    }

    private static boolean codeContains(Student s, String digits) {
        return s.personalCode().value().replace("-", "").contains(digits);
    }

    /** Lower case without diacritics, so "berzins" finds "Bērziņš". */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
