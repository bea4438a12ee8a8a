package lv.klade.school;

import java.util.UUID;

/** A group of students: part of one class, or a combined group of several classes when {@code classId} is null. */
public record StudentGroup(UUID id, UUID yearId, String name, UUID classId) {

    public boolean combined() {
        return classId == null;
    }
}
