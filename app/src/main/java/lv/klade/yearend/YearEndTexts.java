package lv.klade.yearend;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lv.klade.grades.MissingGrades;
import lv.klade.i18n.Messages;

/** A year end in words, line by line, for the command line and the window alike. */
public final class YearEndTexts {
    private YearEndTexts() {
    }

    /**
     * Why the year cannot close: each refusal, then a line for every student and subject still missing
     * grades and for every student with re-examinations to write. Empty when it can close.
     */
    public static List<String> refusals(YearEnd end, Messages messages) {
        List<String> lines = new ArrayList<>(end.refusals().stream().map(messages::text).toList());
        if (!end.unfinished().isEmpty()) {
            lines.add(messages.get("yearEnd.unfinished", end.closing().name(), end.unfinished().size()));
        }
        for (Unfinished u : end.unfinished()) {
            for (MissingGrades m : u.missing()) {
                lines.add(messages.get("yearEnd.missing", u.className(), u.student(), m.subject(),
                        m.periods().stream().map(p -> messages.get(p.messageKey())).collect(Collectors.joining(", "))));
            }
            if (!u.reExaminations().isEmpty()) {
                lines.add(messages.get("yearEnd.reExamination", u.className(), u.student(),
                        String.join(", ", u.reExaminations())));
            }
        }
        return lines;
    }

    /**
     * What closing does, or did: the years, each next class and where it comes from, the classes that
     * end, and once every student's year is finished, the students by step, and by name those who are
     * kept back or leave without a certificate.
     */
    public static List<String> summary(YearEnd end, Messages messages) {
        List<String> lines = new ArrayList<>();
        String heading = end.closed() ? "yearEnd.closed" : end.canClose() ? "yearEnd.willClose" : "yearEnd.onceClosed";
        lines.add(messages.get(heading, end.closing().name(), end.next().name(), end.next().days().starts(),
                end.next().days().ends()));
        for (ClassStep c : end.classes()) {
            lines.add(c.forKeptBack() ? messages.get("yearEnd.classForKeptBack", c.name(), c.form())
                    : messages.get("yearEnd.class", c.fromName(), c.name(),
                    c.tutor().isEmpty() ? messages.get("yearEnd.noTutor") : c.tutor()));
        }
        end.ending().forEach(name -> lines.add(messages.get("yearEnd.classEnds", name)));
        if (!end.unfinished().isEmpty()) {
            // Where each student goes is known only once every student's year is.
            return lines;
        }
        lines.add(messages.get("yearEnd.counts", end.count(Step.PROMOTED), end.count(Step.CONTINUES),
                end.count(Step.KEPT_BACK), end.count(Step.GRADUATES), end.count(Step.LEAVES)));
        if (end.count(Step.CONTINUES) > 0) {
            lines.add(messages.get("yearEnd.continuesHint"));
        }
        for (StudentStep s : end.students()) {
            if (s.step() == Step.KEPT_BACK || s.step() == Step.LEAVES) {
                lines.add(step(s, messages));
            }
        }
        return lines;
    }

    /** One student's step: "7.a Bērziņš Jānis: paliek 7. klasē (7.a)". */
    public static String step(StudentStep s, Messages messages) {
        return messages.get("yearEnd.student", s.fromClass(), s.name(),
                messages.get(s.step().messageKey(), s.toClass() == null ? "" : s.toClass()));
    }
}
