package lv.klade.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which teacher (a slot numbered from 0) teaches each draft journal. Departments get teachers by
 * the highest-average rule (D'Hondt) on their lessons a week, at least one each and never more
 * than they have journals; within a department each teacher takes a consecutive run of journals
 * with about the same lessons a week, so a teacher teaches their subjects in neighbouring classes
 * and nobody has more lessons than the timetable has periods. Class lessons (taught by the tutor)
 * have no slot.
 */
final class TeacherAssignment {
    private final int[] slotOfDraft;
    private final List<List<Integer>> subjectsOfSlot;

    private TeacherAssignment(int[] slotOfDraft, List<List<Integer>> subjectsOfSlot) {
        this.slotOfDraft = slotOfDraft;
        this.subjectsOfSlot = subjectsOfSlot;
    }

    static TeacherAssignment of(DemoData data, TeachingPlan teaching, int wantedTeachers) {
        List<TeachingPlan.Draft> drafts = teaching.drafts();
        int[] department = new int[drafts.size()];
        int[] demand = new int[data.departments().size()];
        int[] journals = new int[data.departments().size()];
        for (int d = 0; d < drafts.size(); d++) {
            department[d] = drafts.get(d).byTutor() ? -1 : department(data, teaching, drafts.get(d));
            if (department[d] >= 0) {
                demand[department[d]] += drafts.get(d).lessonsPerWeek();
                journals[department[d]]++;
            }
        }
        int[] teachers = share(demand, journals, wantedTeachers);
        int[] slots = slots(drafts, department, demand, teachers);
        return new TeacherAssignment(slots, subjects(drafts, slots, Arrays.stream(teachers).sum()));
    }

    int teachers() {
        return subjectsOfSlot.size();
    }

    /** The teacher slot of draft {@code d}, or -1 for a class lesson. */
    int slot(int d) {
        return slotOfDraft[d];
    }

    /** The subjects (indices, ascending) the teacher in {@code slot} teaches. */
    List<Integer> subjects(int slot) {
        return subjectsOfSlot.get(slot);
    }

    private static int department(DemoData data, TeachingPlan teaching, TeachingPlan.Draft draft) {
        String subject = teaching.subjectName(draft.subject());
        for (int i = 0; i < data.departments().size(); i++) {
            if (data.departments().get(i).covers(subject, draft.form())) {
                return i;
            }
        }
        throw new IllegalStateException("no department in departments.txt teaches " + subject + " in form " + draft.form());
    }

    private static int[] share(int[] demand, int[] journals, int wanted) {
        int[] teachers = new int[demand.length];
        int given = 0;
        for (int i = 0; i < demand.length; i++) {
            teachers[i] = demand[i] > 0 ? 1 : 0;
            given += teachers[i];
        }
        for (; given < wanted; given++) {
            int best = -1;
            for (int i = 0; i < demand.length; i++) {
                boolean room = teachers[i] > 0 && teachers[i] < journals[i];
                if (room && (best < 0 || demand[i] * teachers[best] > demand[best] * teachers[i])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            teachers[best]++;
        }
        return teachers;
    }

    /** Each journal goes to the teacher whose share of the department's lessons its middle falls in. */
    private static int[] slots(List<TeachingPlan.Draft> drafts, int[] department, int[] demand, int[] teachers) {
        int[] firstSlot = new int[teachers.length];
        for (int i = 1; i < teachers.length; i++) {
            firstSlot[i] = firstSlot[i - 1] + teachers[i - 1];
        }
        int[] seen = new int[demand.length];
        int[] slots = new int[department.length];
        for (int d = 0; d < department.length; d++) {
            int dep = department[d];
            if (dep < 0) {
                slots[d] = -1;
                continue;
            }
            int lessons = drafts.get(d).lessonsPerWeek();
            slots[d] = firstSlot[dep] + (2 * seen[dep] + lessons) * teachers[dep] / (2 * demand[dep]);
            seen[dep] += lessons;
        }
        return slots;
    }

    private static List<List<Integer>> subjects(List<TeachingPlan.Draft> drafts, int[] slots, int teachers) {
        List<List<Integer>> subjects = new ArrayList<>(teachers);
        for (int t = 0; t < teachers; t++) {
            subjects.add(new ArrayList<>());
        }
        for (int d = 0; d < drafts.size(); d++) {
            if (slots[d] >= 0 && !subjects.get(slots[d]).contains(drafts.get(d).subject())) {
                subjects.get(slots[d]).add(drafts.get(d).subject());
            }
        }
        return subjects.stream().map(list -> list.stream().sorted().toList()).toList();
    }
}
