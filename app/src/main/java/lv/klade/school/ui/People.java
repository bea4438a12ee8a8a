package lv.klade.school.ui;

import java.util.Collection;
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
 * @param students the students with these keys, in their order: a group's members
 * @param names everyone's name by key, the staff who left included, for the lists
 */
public record People(Supplier<List<Choice>> teachers, Function<UUID, List<NamedStudent>> studentsOfClass,
                     Function<Collection<UUID>, List<NamedStudent>> students, Function<UUID, String> names) {
}
