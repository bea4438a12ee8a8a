package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A group of students: part of one class, or of several classes when {@code classId} is null. */
public record StudentGroup(UUID id, UUID yearId, String name, UUID classId, GroupKind kind, LocalDate ends)
        implements Endable {

    public boolean combined() {
        return classId == null;
    }
}
