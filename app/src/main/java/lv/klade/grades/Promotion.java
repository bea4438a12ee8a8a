package lv.klade.grades;

import java.util.List;
import java.util.function.Predicate;

/**
 * Promotion by Cabinet Regulation No. 11 of 11 January 2022, point 25, as DESIGN.md states it.
 * A grade is enough when it is 4 or more on the 10-point scale, or atb (exempt).
 * <ul>
 * <li>Forms 4–8: every year grade enough → promoted; below 4 (or nv) → re-examination; after
 * re-examinations at most one subject may stay short (promoted with that shortfall), more → not promoted.</li>
 * <li>Forms 10–11: the same, but no subject may stay short.</li>
 * <li>Forms 1–3 are assessed in levels, and the regulation promotes them: the outcome is promoted,
 * and subjects still at level S ("sācis apgūt") are named so the tutor can plan support.</li>
 * <li>Forms 9 and 12 end with certificates rather than promotion: every final grade (the year
 * grade passed here; exams are counted in it by the school) enough → certificate; short → a
 * re-examination first, then no certificate if still short.</li>
 * </ul>
 */
public final class Promotion {
    private Promotion() {
    }

    public static PromotionOutcome outcome(int form, List<SubjectYear> subjects) {
        List<SubjectYear> missing = subjects.stream().filter(s -> s.year().isEmpty()).toList();
        if (!missing.isEmpty()) {
            return new PromotionOutcome(Verdict.GRADES_MISSING, missing);
        }
        if (form <= SubjectYear.LAST_LEVEL_FORM) {
            return new PromotionOutcome(Verdict.PROMOTED, subjects.stream()
                    .filter(s -> s.year().get() instanceof Grade.Level(LearningLevel level) && level == LearningLevel.S)
                    .toList());
        }
        boolean certificate = form == 9 || form == 12;
        int allowed = form <= 8 ? 1 : 0;
        List<SubjectYear> pending = shortOnes(subjects, s -> s.reExamination().isEmpty());
        List<SubjectYear> failed = shortOnes(subjects, s -> s.reExamination().isPresent());
        if (failed.size() > allowed) {
            return new PromotionOutcome(certificate ? Verdict.NO_CERTIFICATE : Verdict.NOT_PROMOTED, failed);
        }
        if (!pending.isEmpty()) {
            return new PromotionOutcome(Verdict.RE_EXAMINATION_NEEDED, pending);
        }
        if (!failed.isEmpty()) {
            return new PromotionOutcome(Verdict.PROMOTED_WITH_ONE_SHORTFALL, failed);
        }
        return new PromotionOutcome(certificate ? Verdict.CERTIFICATE : Verdict.PROMOTED, List.of());
    }

    private static List<SubjectYear> shortOnes(List<SubjectYear> subjects, Predicate<SubjectYear> which) {
        return subjects.stream().filter(which).filter(s -> !enough(s.deciding().orElseThrow())).toList();
    }

    private static boolean enough(Grade grade) {
        return switch (grade) {
            case Grade.Points p -> p.passes();
            case Grade.Exempt e -> true;
            case Grade.PassFail pf -> pf.passed();
            case Grade.Percent p -> PercentTable.points(p).passes();
            case Grade.Level l -> true;
            case Grade.NoGrade n -> false;
        };
    }
}
