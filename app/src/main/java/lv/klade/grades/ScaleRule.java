package lv.klade.grades;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which scales a kind of work uses in a range of forms, for one subject or for all (subjectId null),
 * for some kinds or for all (kinds empty). The first scale is the column's default.
 *
 * <p>As a setting it reads {@code forms:kinds:subject:scales}, for example
 * {@code 4-12:FORMATIVE,HOMEWORK:*:PASS_FAIL,PERCENT} or {@code 1-3:*:<subject uuid>:TEN_POINT}.
 */
public record ScaleRule(int fromForm, int toForm, Set<GradeKind> kinds, UUID subjectId, List<Scale> scales) {

    public ScaleRule {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        scales = List.copyOf(scales);
        if (fromForm < 1 || toForm > 12 || fromForm > toForm || scales.isEmpty()) {
            throw new IllegalArgumentException("A scale rule needs forms within 1–12 and a scale");
        }
    }

    public boolean applies(int form, GradeKind kind, UUID subject) {
        return form >= fromForm && form <= toForm && (kinds.isEmpty() || kinds.contains(kind))
                && (subjectId == null || subjectId.equals(subject));
    }

    /** Reads one rule in the setting's form; empty when it is not one. */
    static Optional<ScaleRule> parse(String text) {
        try {
            String[] parts = text.strip().split(":");
            String[] forms = parts[0].split("-");
            Set<GradeKind> kinds = parts[1].equals("*") ? Set.of()
                    : Set.copyOf(Arrays.stream(parts[1].split(",")).map(s -> GradeKind.valueOf(upper(s))).toList());
            UUID subject = parts[2].equals("*") ? null : UUID.fromString(parts[2].strip());
            List<Scale> scales = Arrays.stream(parts[3].split(",")).map(s -> Scale.valueOf(upper(s))).toList();
            return Optional.of(new ScaleRule(Integer.parseInt(forms[0].strip()),
                    Integer.parseInt(forms[forms.length - 1].strip()), kinds, subject, scales));
        } catch (RuntimeException notARule) {
            return Optional.empty();
        }
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }
}
