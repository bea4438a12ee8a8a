package lv.klade.printing;

import lv.klade.grades.GradeBookService;
import lv.klade.grades.PromotionDecisionService;
import lv.klade.grades.TestPlannerService;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.LessonRepository;
import lv.klade.people.StaffService;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.tutor.RemarkService;

/** The reads printing needs from the other features, gathered so the assembler takes one argument. */
public record JournalReads(SchoolRepository school, ClassRepository classes, StaffService staff,
                           StudentService students, GradeBookService gradeBooks, AbsenceService absences,
                           TestPlannerService planner, LessonRepository lessons,
                           RemarkService remarks, PromotionDecisionService decisions) {
}
