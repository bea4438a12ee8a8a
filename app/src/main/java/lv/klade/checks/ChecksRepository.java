package lv.klade.checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.TranscriptIssueRecord;
import lv.klade.grades.GradeKind;
import lv.klade.school.DateRange;

import static lv.klade.db.generated.Tables.ATTENDANCE_MARK;
import static lv.klade.db.generated.Tables.GRADE;
import static lv.klade.db.generated.Tables.LESSON;
import static lv.klade.db.generated.Tables.TRANSCRIPT_ISSUE;

/** What the checks read beyond the other features' repositories: grades as entered, open absences, issued transcripts. */
public final class ChecksRepository {
    private final JournalStore store;

    public ChecksRepository(JournalStore store) {
        this.store = store;
    }

    /** A grade as the deadline check needs it. */
    record EnteredGrade(UUID journalId, UUID studentId, GradeKind kind, LocalDate workDate, Instant enteredAt,
                        UUID enteredBy, UUID testId) {
    }

    /** An absence mark still without the tutor's justification. */
    record OpenAbsence(UUID studentId, UUID journalId, LocalDate date) {
    }

    /** The grades of the journals for work done in the days. */
    List<EnteredGrade> grades(Collection<UUID> journals, DateRange days) {
        return store.dsl().select(GRADE.JOURNAL_ID, GRADE.STUDENT_ID, GRADE.KIND, GRADE.WORK_DATE, GRADE.ENTERED_AT,
                        GRADE.ENTERED_BY, GRADE.TEST_ID).from(GRADE)
                .where(GRADE.JOURNAL_ID.in(journals), GRADE.WORK_DATE.between(days.starts(), days.ends()))
                .fetch(r -> new EnteredGrade(r.value1(), r.value2(), GradeKind.valueOf(r.value3()), r.value4(),
                        r.value5().toInstant(), r.value6(), r.value7()));
    }

    /** The marks with these codes in the days that no justification covers. */
    List<OpenAbsence> openAbsences(Collection<String> codes, DateRange days) {
        return store.dsl().select(ATTENDANCE_MARK.STUDENT_ID, LESSON.JOURNAL_ID, ATTENDANCE_MARK.LESSON_DATE)
                .from(ATTENDANCE_MARK).join(LESSON).on(LESSON.ID.eq(ATTENDANCE_MARK.LESSON_ID))
                .where(ATTENDANCE_MARK.CODE.in(codes), ATTENDANCE_MARK.JUSTIFICATION_ID.isNull(),
                        ATTENDANCE_MARK.LESSON_DATE.between(days.starts(), days.ends()))
                .orderBy(ATTENDANCE_MARK.LESSON_DATE)
                .fetch(r -> new OpenAbsence(r.value1(), r.value2(), r.value3()));
    }

    /** When a class's transcripts of a month were first issued, if they were. */
    public Optional<Instant> transcriptIssued(UUID classId, YearMonth month) {
        return store.dsl().select(TRANSCRIPT_ISSUE.ISSUED_AT).from(TRANSCRIPT_ISSUE)
                .where(TRANSCRIPT_ISSUE.CLASS_ID.eq(classId), TRANSCRIPT_ISSUE.ISSUED_MONTH.eq(month.toString()))
                .orderBy(TRANSCRIPT_ISSUE.ISSUED_AT).limit(1)
                .fetchOptional(r -> r.value1().toInstant());
    }

    void insertIssue(Writes w, UUID classId, YearMonth month) {
        TranscriptIssueRecord r = new TranscriptIssueRecord();
        r.setId(Ids.next());
        r.setClassId(classId);
        r.setIssuedMonth(month.toString());
        r.setIssuedAt(OffsetDateTime.ofInstant(w.clock().instant(), ZoneOffset.UTC));
        r.setIssuedBy(w.actor().userId());
        w.insert(r);
    }
}
