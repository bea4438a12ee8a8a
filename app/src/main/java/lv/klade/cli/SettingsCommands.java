package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.CheckedSetting;
import lv.klade.school.CodeList;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SchoolSettingsService;
import lv.klade.school.SettingForm;

/**
 * {@code klade settings show|set|default}: the school's settings as the window's "Settings" has them,
 * through {@link SchoolSettingsService}: {@code set KEY VALUE [KEY VALUE …]} saves every value in one
 * transaction, so one value its rule refuses saves none; {@code default KEY [KEY …]} puts the seeds'
 * defaults back.
 */
final class SettingsCommands {
    private final Clock clock;

    SettingsCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        new SubCommands("settings")
                .add("show", this::show)
                .addTakingWords("set", this::set)
                .addTakingWords("default", this::toDefault)
                .registerOn(cli);
    }

    /** Each setting by its group: its key and value as {@code set} takes them, what it means, its default. */
    int show(Args args, Messages messages, PrintStream out) {
        return SchoolSession.run(args, clock, messages, out, s -> {
            SchoolSettingsService settings = s.services().settings();
            Map<String, String> values = settings.values();
            Map<String, List<SchoolSetting>> groups = settings.catalog().stream()
                    .collect(Collectors.groupingBy(SchoolSetting::groupKey, LinkedHashMap::new, Collectors.toList()));
            s.print("settings.title");
            groups.forEach((group, members) -> {
                s.print("settingsCli.group", messages.get(group));
                members.forEach(setting -> s.out().println(line(setting, values.get(setting.key()), messages)));
            });
        });
    }

    /** {@code settings set KEY VALUE [KEY VALUE …]}. */
    int set(Args args, Messages messages, PrintStream out) {
        List<String> words = args.plain().subList(1, args.plain().size());
        if (words.isEmpty() || words.size() % 2 != 0) {
            throw new Misuse("settingsCli.setUsage");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i += 2) {
            values.put(words.get(i), words.get(i + 1));
        }
        return SchoolSession.run(args, clock, messages, out, s -> save(s, values));
    }

    /** {@code settings default KEY [KEY …]}: saved like any value, so the default holds even if the seeds change. */
    int toDefault(Args args, Messages messages, PrintStream out) {
        List<String> keys = args.plain().subList(1, args.plain().size());
        if (keys.isEmpty()) {
            throw new Misuse("settingsCli.defaultUsage");
        }
        return SchoolSession.run(args, clock, messages, out, s -> {
            Map<String, SchoolSetting> catalog = byKey(s.services().settings());
            Map<String, String> values = new LinkedHashMap<>();
            // An unknown key goes to the service as it is, which refuses it by name.
            keys.forEach(key -> values.put(key, catalog.containsKey(key) ? catalog.get(key).defaultValue() : ""));
            save(s, values);
        });
    }

    /** Saves the values in one call and prints what changed; a refusal names the setting it is about. */
    private static void save(SchoolSession s, Map<String, String> values) {
        SchoolSettingsService settings = s.services().settings();
        Map<String, String> before = settings.values();
        try {
            settings.save(s.actor(), values);
        } catch (UserError e) {
            throw keyed(settings, values, e, s.messages());
        }
        Map<String, String> after = settings.values();
        List<String> changed = values.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key)))
                .toList();
        if (changed.isEmpty()) {
            s.print("settings.nothingChanged");
            return;
        }
        s.print("settings.saved", changed.size());
        changed.forEach(key -> s.print("settingsCli.changed", key, before.get(key), after.get(key)));
    }

    /**
     * The service refuses with the rule's message, which names the value but not the setting; with
     * several values on one line the user needs both. The refused one is the first its rule refuses.
     */
    private static UserError keyed(SchoolSettingsService settings, Map<String, String> values, UserError refusal,
                                   Messages messages) {
        Map<String, SchoolSetting> catalog = byKey(settings);
        return values.entrySet().stream()
                .filter(e -> catalog.containsKey(e.getKey())
                        && catalog.get(e.getKey()).check(e.getValue()) instanceof CheckedSetting.Invalid invalid
                        && invalid.problem().equals(refusal.problem()))
                .findFirst()
                .map(e -> UserError.of("settingsCli.refused", e.getKey(), messages.text(refusal.problem())))
                .orElse(refusal);
    }

    private static Map<String, SchoolSetting> byKey(SchoolSettingsService settings) {
        return settings.catalog().stream().collect(Collectors.toMap(SchoolSetting::key, Function.identity()));
    }

    /** "  key = value | Label: value unit", and the default when the value is another. */
    private static String line(SchoolSetting setting, String value, Messages messages) {
        String unit = setting.unitKey().isEmpty() || isOption(setting, value) ? "" : " " + messages.get(setting.unitKey());
        String line = messages.get("settingsCli.line", setting.key(), value, messages.get(setting.labelKey()),
                shown(setting, value, messages) + unit);
        return value.equals(setting.defaultValue()) ? line
                : line + messages.get("settingsCli.default", setting.defaultValue());
    }

    private static String shown(SchoolSetting setting, String value, Messages messages) {
        if (setting.form() == SettingForm.CODES) {
            return CodeList.parse(value).codes().stream().map(CodeList.Code::code).collect(Collectors.joining(", "));
        }
        return setting.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> messages.get(o.labelKey())).orElse(value);
    }

    private static boolean isOption(SchoolSetting setting, String value) {
        return setting.form() == SettingForm.NUMBER && setting.options().stream().anyMatch(o -> o.value().equals(value));
    }
}
