package lv.klade.school.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The staff and students the master data views pick from. They belong to the people feature, which
 * depends on school, so the shell passes them in as functions (called off the FX thread).
 *
 * @param teachers the staff whose accounts are not revoked, by name
 * @param studentsOfClass the students in a class now, by name
 * @param names everyone's name by key, the staff who left included, for the lists
 */
public record People(Supplier<List<Choice>> teachers, Function<UUID, List<Choice>> studentsOfClass,
                     Function<UUID, String> names) {
}
