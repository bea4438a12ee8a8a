package lv.klade.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.school.DateRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

import static lv.klade.db.generated.Tables.ENROLMENT;
import static lv.klade.db.generated.Tables.STUDENT;

/**
 * Who was in which class on which days, from the dated enrolments: a student who moved on day D is
 * in the old class until the day before D and in the new one from D. The one reading of it that
 * lessons, grades, absences and printed documents share.
 */
public final class EnrolmentRepository {
    /** Every day: for a student with no enrolment at all (a bare row, as some tests and imports make). */
    public static final DateRange ALWAYS = new DateRange(LocalDate.MIN, LocalDate.MAX);

    private EnrolmentRepository() {
    }

    /**
     * For each of the classes, its students and the days they were enrolled in it. A student with no
     * enrolment at all belongs to their class on every day.
     */
    public static Map<UUID, Map<UUID, List<DateRange>>> classDays(DSLContext dsl,
                                                                  Select<? extends Record1<UUID>> classIds) {
        return classDays(dsl, ENROLMENT.CLASS_ID.in(classIds), STUDENT.CLASS_ID.in(classIds));
    }

    public static Map<UUID, Map<UUID, List<DateRange>>> classDays(DSLContext dsl, Collection<UUID> classIds) {
        return classDays(dsl, ENROLMENT.CLASS_ID.in(classIds), STUDENT.CLASS_ID.in(classIds));
    }

    /** One class's students and the days they were enrolled in it. */
    public static Map<UUID, List<DateRange>> classDays(DSLContext dsl, UUID classId) {
        return classDays(dsl, List.of(classId)).getOrDefault(classId, Map.of());
    }

    /**
     * The same reading as a condition on one student and one day, for a query that checks a single row:
     * in {@code classId} that day by an enrolment, or, with no enrolment at all, by their class
     * ({@code studentClassId}).
     */
    public static Condition inClassOn(UUID studentId, Field<UUID> classId, Field<UUID> studentClassId, LocalDate day) {
        Condition enrolledThatDay = DSL.exists(DSL.selectOne().from(ENROLMENT)
                .where(ENROLMENT.STUDENT_ID.eq(studentId), ENROLMENT.CLASS_ID.eq(classId),
                        ENROLMENT.STARTS.le(day), ENROLMENT.ENDS.isNull().or(ENROLMENT.ENDS.ge(day))));
        Condition neverEnrolled = DSL.notExists(DSL.selectOne().from(ENROLMENT).where(ENROLMENT.STUDENT_ID.eq(studentId)));
        return enrolledThatDay.or(neverEnrolled.and(studentClassId.eq(classId)));
    }

    private static Map<UUID, Map<UUID, List<DateRange>>> classDays(DSLContext dsl, Condition enrolled,
                                                                   Condition inClass) {
        Map<UUID, Map<UUID, List<DateRange>>> byClass = new HashMap<>();
        dsl.select(ENROLMENT.CLASS_ID, ENROLMENT.STUDENT_ID, ENROLMENT.STARTS, ENROLMENT.ENDS).from(ENROLMENT)
                .where(enrolled)
                .forEach(r -> byClass.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(new DateRange(r.value3(), r.value4() == null ? LocalDate.MAX : r.value4())));
        dsl.select(STUDENT.CLASS_ID, STUDENT.ID).from(STUDENT)
                .where(inClass, DSL.notExists(DSL.selectOne().from(ENROLMENT).where(ENROLMENT.STUDENT_ID.eq(STUDENT.ID))))
                .forEach(r -> byClass.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), List.of(ALWAYS)));
        return byClass;
    }
}
