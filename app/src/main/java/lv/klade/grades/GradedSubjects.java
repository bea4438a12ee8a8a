package lv.klade.grades;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.school.JournalKind;
import lv.klade.school.SchoolRepository;

/**
 * Which journals are graded subjects: those whose year grades decide promotion and that report cards
 * and the summary journal list as subjects. A journal is one when its kind is graded
 * ({@link JournalKind#graded()}) and its subject is not named by the school setting {@value #SETTING}
 * (subject names separated by ","; by default "Klases stunda", the tutor's class hour).
 */
public final class GradedSubjects {
    /** The setting that names the subjects nobody is graded in. */
    public static final String SETTING = "grades.ungradedSubjects";

    private final Set<String> ungraded;

    private GradedSubjects(Set<String> ungraded) {
        this.ungraded = Set.copyOf(ungraded);
    }

    /** The school's rule, from its setting or the default. */
    public static GradedSubjects of(SchoolRepository school) {
        return named(school.setting(SETTING).orElseGet(() -> Messages.latvian().get(SETTING)));
    }

    /** The rule for a list of ungraded subject names separated by ",". */
    public static GradedSubjects named(String names) {
        return new GradedSubjects(Arrays.stream(names.split(",")).map(GradedSubjects::normal)
                .filter(n -> !n.isEmpty()).collect(Collectors.toSet()));
    }

    /** True when a journal of this kind and subject is graded and counts for promotion. */
    public boolean graded(JournalKind kind, String subject) {
        return kind.graded() && !ungraded.contains(normal(subject));
    }

    private static String normal(String subject) {
        return subject == null ? "" : subject.strip().toLowerCase(Messages.LATVIAN);
    }
}
