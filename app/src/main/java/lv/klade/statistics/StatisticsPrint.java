package lv.klade.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.UUID;
import lv.klade.grades.Scale;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.reports.Heading;
import lv.klade.reports.StatisticsData;
import lv.klade.reports.StatisticsReport;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;

/**
 * Statistics as a PDF: the same figures the window shows, for the same choices, in the language of
 * the {@link Messages} given.
 */
public final class StatisticsPrint {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private final StatisticsService statistics;
    private final SchoolRepository school;
    private final Messages messages;
    private final Clock clock;

    public StatisticsPrint(StatisticsService statistics, SchoolRepository school, Messages messages, Clock clock) {
        this.statistics = statistics;
        this.school = school;
        this.messages = messages;
        this.clock = clock;
    }

    /** A PDF and the name to save it under. */
    public record Printed(String fileName, byte[] pdf) {
    }

    /** {@code className} names the class filter ("" for all); {@code studentId} adds that student's year (may be null). */
    public Printed print(StaffMember viewer, StatisticsQuery query, String className, UUID studentId) {
        StatisticsData data = data(viewer, query, className, studentId);
        StatisticsReport report = new StatisticsReport();
        String name = report.fileName(data, messages).replaceAll("[^\\p{L}\\p{N}._-]+", "_") + ".pdf";
        return new Printed(name, report.render(data, messages));
    }

    StatisticsData data(StaffMember viewer, StatisticsQuery query, String className, UUID studentId) {
        SchoolYear year = school.year(query.yearId()).orElseThrow(() -> UserError.of("school.missing"));
        String schoolName = school.school().map(lv.klade.school.School::name).orElse("");
        Heading heading = new Heading(schoolName, year.starts().getYear() + "./" + year.ends().getYear() + ".",
                className == null ? "" : className, "", "", LocalDate.now(clock.withZone(Messages.RIGA)));
        List<StatisticsData.GradeRow> grades = statistics.grades(viewer, query).stream().map(g -> new StatisticsData.GradeRow(
                g.label(), g.pointsAverage().map(this::decimal).orElse(""), g.of(Scale.TEN_POINT).counts(),
                g.of(Scale.LEVELS).counts(), g.of(Scale.PASS_FAIL).counts(), g.of(Scale.PERCENT).total())).toList();
        List<StatisticsData.AbsenceRow> absences = statistics.absences(viewer, query).stream()
                .map(a -> new StatisticsData.AbsenceRow(a.label(), a.lessons(), a.justified(), a.unjustified(),
                        decimal(a.missedPercent()), decimal(a.unjustifiedPercent()))).toList();
        StatisticsData.Pupil pupil = studentId == null ? null
                : pupil(statistics.pupil(viewer, query.yearId(), query.days(), studentId));
        String subtitle = messages.get("statistics.pdf.by", messages.get(query.by().messageKey()));
        return new StatisticsData(heading, query.days().starts(), query.days().ends(), subtitle,
                messages.get("statistics.scalesNote") + " " + messages.get("statistics.absencesNote"),
                grades, absences, pupil);
    }

    private StatisticsData.Pupil pupil(PupilDynamics p) {
        return new StatisticsData.Pupil(p.student(), p.subjects().stream().map(s -> new StatisticsData.SubjectPoints(
                        s.subject(), average(s.points()), s.points().stream()
                        .map(pt -> DAY.format(pt.date()) + " " + pt.points()).toList())).toList(),
                p.months().stream().map(m -> new StatisticsData.MonthMissed(
                        m.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, messages.locale()) + " "
                                + m.month().getYear(), m.justified(), m.unjustified())).toList());
    }

    private String average(List<PupilDynamics.Point> points) {
        return points.isEmpty() ? "" : decimal(BigDecimal.valueOf(points.stream().mapToInt(PupilDynamics.Point::points).sum())
                .divide(BigDecimal.valueOf(points.size()), 2, java.math.RoundingMode.HALF_UP));
    }

    private String decimal(BigDecimal value) {
        return Decimals.shown(value, messages.locale());
    }
}
