package lv.klade.school;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;

/**
 * The settings the administrator changes in the window, as the features that read them describe
 * them ({@link SchoolSetting}): their values as saved, and saving many at once, each checked by its
 * own rule, in one transaction; one bad value refuses them all. Who is an administrator is the
 * people feature's to say, so the composition root hands that rule in.
 */
public final class SchoolSettingsService {
    private final JournalStore store;
    private final SchoolRepository repository;
    private final SchoolService school;
    private final Map<String, SchoolSetting> catalog = new LinkedHashMap<>();
    private final Predicate<UUID> administrator;

    public SchoolSettingsService(JournalStore store, SchoolRepository repository, SchoolService school,
                                 List<SchoolSetting> catalog, Predicate<UUID> administrator) {
        this.store = store;
        this.repository = repository;
        this.school = school;
        catalog.forEach(s -> this.catalog.put(s.key(), s));
        this.administrator = administrator;
    }

    /** The settings, in the order the view lists them. */
    public List<SchoolSetting> catalog() {
        return List.copyOf(catalog.values());
    }

    /** Each setting's saved value, or its default where none is saved. */
    public Map<String, String> values() {
        Map<String, String> saved = repository.settings();
        Map<String, String> values = new LinkedHashMap<>();
        catalog.values().forEach(s -> values.put(s.key(), saved.getOrDefault(s.key(), s.defaultValue())));
        return values;
    }

    /**
     * Saves the values (key → value) that differ from what is saved, as their rules write them.
     * Refused whole, with nothing written, for someone who is not an administrator, an unknown key
     * or a value its rule refuses.
     */
    public void save(Actor actor, Map<String, String> values) {
        store.run(actor, w -> save(w, values));
    }

    /** Like {@link #save(Actor, Map)}, inside a bigger transaction. */
    public void save(Writes w, Map<String, String> values) {
        UUID user = w.actor().userId();
        if (user != null && !administrator.test(user)) {
            throw UserError.of("settings.administratorOnly");
        }
        values.forEach((key, value) -> {
            SchoolSetting setting = catalog.get(key);
            if (setting == null) {
                throw UserError.of("settings.unknown", String.valueOf(key));
            }
            switch (setting.check(value)) {
                case CheckedSetting.Invalid invalid -> throw new UserError(invalid.problem());
                case CheckedSetting.Valid valid -> {
                    Optional<String> saved = repository.setting(w, key);
                    if (!valid.value().equals(saved.orElse(setting.defaultValue()))) {
                        school.putSetting(w, key, valid.value());
                    }
                }
            }
        });
    }
}
