package lv.klade.db;

import java.util.UUID;

/** Who makes a change: a logged-in staff member, or Klade itself (setup, demo, migration). */
public record Actor(UUID userId) {
    /** Changes Klade makes on nobody's behalf, such as creating the demo school. */
    public static final Actor SYSTEM = new Actor(null);

    public static Actor user(UUID staffId) {
        return new Actor(staffId);
    }
}
