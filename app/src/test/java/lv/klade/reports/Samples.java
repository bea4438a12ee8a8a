package lv.klade.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import lv.klade.reports.ReportCardData.SubjectResult;
import lv.klade.reports.SummaryJournalData.SubjectYear;
import lv.klade.reports.TeacherMonthData.Lesson;
import lv.klade.reports.TeacherMonthData.StudentMarks;
import lv.klade.reports.TestPlannerData.PlannedTest;
import lv.klade.reports.TestPlannerData.Scope;
import lv.klade.reports.TranscriptData.DatedGrade;
import lv.klade.reports.TranscriptData.SubjectGrades;

/** Sample input for the documents: a Latvian class whose names use every diacritic. */
final class Samples {
    static final LocalDate PRINTED = LocalDate.of(2026, 5, 29);
    static final Heading HEADING = new Heading("Rīgas Āgenskalna ģimnāzija", "2025./2026.", "7.a",
            "Ilze Ķēniņa", "Pēteris Ozoliņš", PRINTED, "Pamatizglītības programma", "21011111",
            TitleForm.FEMININE, TitleForm.MASCULINE);
    static final Student ANNA = new Student("Anna", "Bērziņa");
    static final Student JANIS = new Student("Jānis", "Kalniņš");
    static final Student LENA = new Student("Ļena", "Ķemere");
    static final Student SARLOTE = new Student("Šarlote", "Žagata");
    static final List<Student> NAMED = List.of(ANNA, JANIS, LENA, SARLOTE);
    static final List<String> SUBJECTS = List.of("Latviešu valoda", "Literatūra", "Angļu valoda",
            "Krievu valoda", "Matemātika", "Dabaszinības", "Sociālās zinības un vēsture", "Datorika",
            "Dizains un tehnoloģijas", "Mūzika", "Vizuālā māksla", "Sports un veselība", "Teātra māksla");

    private Samples() {
    }

    /** The four named students and enough generated ones to make {@code size} in all. */
    static List<Student> classOf(int size) {
        List<Student> students = new ArrayList<>(NAMED);
        String[][] names = {{"Roberts", "Ozols"}, {"Elīza", "Liepiņa"}, {"Kārlis", "Krūmiņš"}, {"Līva", "Zariņa"},
            {"Dāvis", "Vītols"}, {"Ģirts", "Siliņš"}, {"Ieva", "Čakste"}, {"Mārtiņš", "Ūdris"}};
        for (int i = students.size(); i < size; i++) {
            String[] name = names[i % names.length];
            students.add(new Student(name[0], name[1] + (i < 4 + names.length ? "" : "-" + i)));
        }
        return students.subList(0, size);
    }

    static TranscriptData transcript(Student student) {
        LocalDate day = LocalDate.of(2025, 10, 3);
        List<SubjectGrades> subjects = List.of(
                new SubjectGrades("Matemātika", List.of(new DatedGrade(day, "8"), new DatedGrade(day.plusDays(14), "7")),
                        "7,4"),
                new SubjectGrades("Latviešu valoda", List.of(new DatedGrade(day.plusDays(4), "9")), "8,6"),
                new SubjectGrades("Angļu valoda", List.of(new DatedGrade(day.plusDays(7), "nv")), "6,0"),
                new SubjectGrades("Sports un veselība", List.of(new DatedGrade(day.plusDays(1), "i")), ""));
        return new TranscriptData(HEADING, student, YearMonth.of(2025, 10), subjects, new Absences(4, 3));
    }

    /** Subject i has semester 1 = 4 + i % 7, semester 2 one more, the year two more (at most 10); Mūzika atb. */
    static ReportCardData reportCard(Student student, ReportPeriod period) {
        List<SubjectResult> results = IntStream.range(0, SUBJECTS.size())
                .mapToObj(i -> i == 9 ? new SubjectResult(SUBJECTS.get(i), "atb", "atb", "atb")
                        : new SubjectResult(SUBJECTS.get(i), String.valueOf(4 + i % 7),
                                String.valueOf(Math.min(10, 5 + i % 7)), String.valueOf(Math.min(10, 6 + i % 7))))
                .toList();
        List<SubjectResult> activities = List.of(new SubjectResult("Koris", "", "", ""),
                new SubjectResult("Robotika", "", "", ""));
        boolean year = period == ReportPeriod.YEAR;
        return new ReportCardData(HEADING, student, period, results, activities, new Absences(12, 5),
                "Čakla un zinātkāra; jāpiestrādā pie rakstības.",
                year ? Optional.of("Pārcelts nākamajā klasē") : Optional.empty(),
                year ? Optional.of(new ReportCardData.Order("45-i", LocalDate.of(2026, 6, 12))) : Optional.empty());
    }

    /** A form 9 class: an exam in Matemātika and final grades in every subject. */
    static SummaryJournalData summary(int students) {
        return summary(students, true);
    }

    /** Student i has semester 1 = 4 + i % 6 and one more in semester 2 and the year (and final, with exams). */
    static SummaryJournalData summary(int students, boolean exams) {
        List<SummaryJournalData.Row> rows = new ArrayList<>();
        int i = 0;
        for (Student student : classOf(students)) {
            int base = 4 + i % 6;
            List<SubjectYear> grades = SUBJECTS.stream().map(s -> new SubjectYear(String.valueOf(base),
                    String.valueOf(base + 1), String.valueOf(base + 1), exams && s.equals("Matemātika") ? "7" : "",
                    exams ? String.valueOf(base + 1) : "")).toList();
            rows.add(new SummaryJournalData.Row(student, grades, new Absences(30 + i, i), i == 1 ? "PP" : "P"));
            i++;
        }
        return new SummaryJournalData(HEADING, SUBJECTS, rows,
                "P – pārcelts nākamajā klasē; PP – jākārto pēcpārbaudījums");
    }

    static AbsenceReportData absences() {
        List<AbsenceReportData.Row> rows = List.of(
                new AbsenceReportData.Row(ANNA, new Absences(12, 3), 1),
                new AbsenceReportData.Row(JANIS, new Absences(4, 23), 5),
                new AbsenceReportData.Row(LENA, new Absences(0, 0), 0),
                new AbsenceReportData.Row(SARLOTE, new Absences(7, 2), 2));
        return new AbsenceReportData(HEADING, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19), rows, 20);
    }

    static GradeStatisticsData statistics() {
        return new GradeStatisticsData(HEADING, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19), List.of(
                new GradeStatisticsData.Row("Matemātika", "Gunta Šķēle", "6,8", List.of(0, 0, 1, 2, 3, 5, 6, 4, 2, 1)),
                new GradeStatisticsData.Row("Ķīmija", "Aigars Žvīgurs", "7,3", List.of(0, 0, 0, 1, 2, 3, 5, 6, 3, 2))));
    }

    static TeacherMonthData teacherMonth() {
        List<Lesson> lessons = new ArrayList<>();
        for (int day : new int[] {1, 3, 6, 8, 10, 13, 15, 17}) {
            lessons.add(new Lesson(LocalDate.of(2025, 10, day), "SR: risina lineāras vienādojumus / Vienādojumi " + day,
                    "Uzd. " + day + " lpp. 45", day == 10 ? "Stunda aizvietota" : ""));
        }
        List<StudentMarks> marks = new ArrayList<>();
        for (Student student : NAMED) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < lessons.size(); i++) {
                row.add(i == 2 && student == JANIS ? "n" : i == 4 ? String.valueOf(5 + marks.size()) : "");
            }
            marks.add(new StudentMarks(student, row, student == JANIS ? new Absences(0, 1) : Absences.NONE));
        }
        return new TeacherMonthData(HEADING, "Gunta Šķēle", "Matemātika", YearMonth.of(2025, 10), lessons, marks);
    }

    static TestPlannerData planner() {
        return new TestPlannerData(HEADING, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19), List.of(
                new PlannedTest(LocalDate.of(2025, 10, 8), "Matemātika", "Gunta Šķēle", 1, Scope.PART_OF_TOPIC,
                        "Lineāri vienādojumi"),
                new PlannedTest(LocalDate.of(2025, 10, 22), "Ķīmija", "Aigars Žvīgurs", 2, Scope.END_OF_TOPIC,
                        "Vielu uzbūve")));
    }
}
