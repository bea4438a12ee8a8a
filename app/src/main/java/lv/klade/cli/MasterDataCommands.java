package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.school.MasterItem;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.Subject;

/**
 * {@code klade programme|subject|class add|rename|change|end|reopen|delete}: the administrator's
 * programmes, subjects and classes, through the same {@code ClassService} calls as the window's
 * "School structure". Groups and journals are in {@link GroupCommands} and {@link JournalCommands}.
 */
final class MasterDataCommands {
    private final Clock clock;

    MasterDataCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        SubCommands programme = new SubCommands("programme")
                .add("add", this::addProgramme, "code", "name")
                .add("rename", this::renameProgramme, "programme", "code", "name");
        EndCommands.addTo(programme, "programme", MasterItem.PROGRAMME, clock, (names, typed) -> {
            Programme found = names.programme(typed);
            return new EndCommands.Found(found.id(), found.code());
        });
        programme.registerOn(cli);
        SubCommands subject = new SubCommands("subject")
                .add("add", this::addSubject, "name", "short")
                .add("rename", this::renameSubject, "subject", "name", "short");
        EndCommands.addTo(subject, "subject", MasterItem.SUBJECT, clock, (names, typed) -> {
            Subject found = names.subject(typed);
            return new EndCommands.Found(found.id(), found.name());
        });
        subject.registerOn(cli);
        SubCommands schoolClass = new SubCommands("class")
                .add("add", this::addClass, "name", "form", "tutor", "programme")
                .add("change", this::changeClass, "class", "name", "form", "tutor", "no-tutor", "programme",
                        "no-programme");
        EndCommands.addTo(schoolClass, "class", MasterItem.CLASS, clock, (names, typed) -> {
            SchoolClass found = names.schoolClass(typed);
            return new EndCommands.Found(found.id(), found.name());
        });
        schoolClass.registerOn(cli);
    }

    /** {@code programme add --code 21011111 --name N}. */
    int addProgramme(Args args, Messages messages, PrintStream out) {
        String code = args.required("code");
        String name = args.required("name");
        return SchoolSession.run(args, clock, messages, out, s -> {
            s.classes().addProgramme(s.actor(), code, name);
            s.print("masterDataCli.programme.added", s.texts().programme(s.names().programme(code)));
        });
    }

    /** {@code programme rename --programme CODE [--code NEW] [--name NEW]}. */
    int renameProgramme(Args args, Messages messages, PrintStream out) {
        String typed = args.required("programme");
        Optional<String> code = args.value("code");
        Optional<String> name = args.value("name");
        requireSome(code.isPresent() || name.isPresent(), "--code, --name");
        return SchoolSession.run(args, clock, messages, out, s -> {
            Programme old = s.names().programme(typed);
            s.classes().renameProgramme(s.actor(), old.id(), code.orElse(old.code()), name.orElse(old.name()));
            s.print("masterDataCli.programme.renamed", s.texts().programme(s.names().programme(code.orElse(old.code()))));
        });
    }

    /** {@code subject add --name N --short S}. */
    int addSubject(Args args, Messages messages, PrintStream out) {
        String name = args.required("name");
        String shortName = args.required("short");
        return SchoolSession.run(args, clock, messages, out, s -> {
            s.classes().addSubject(s.actor(), name, shortName);
            s.print("masterDataCli.subject.added", s.texts().subject(s.names().subject(name)));
        });
    }

    /** {@code subject rename --subject NAME [--name NEW] [--short S]}: its journals take the new name. */
    int renameSubject(Args args, Messages messages, PrintStream out) {
        String typed = args.required("subject");
        Optional<String> name = args.value("name");
        Optional<String> shortName = args.value("short");
        requireSome(name.isPresent() || shortName.isPresent(), "--name, --short");
        return SchoolSession.run(args, clock, messages, out, s -> {
            Subject old = s.names().subject(typed);
            s.classes().renameSubject(s.actor(), old.id(), name.orElse(old.name()), shortName.orElse(old.shortName()));
            s.print("masterDataCli.subject.renamed", s.texts().subject(s.names().subject(name.orElse(old.name()))));
        });
    }

    /** {@code class add --name 7.a --form 7 [--tutor LOGIN] [--programme CODE]}, in the current year. */
    int addClass(Args args, Messages messages, PrintStream out) {
        String name = args.required("name");
        args.required("form");
        int form = args.integer("form", 0);
        Optional<String> tutor = args.value("tutor");
        Optional<String> programme = args.value("programme");
        return SchoolSession.run(args, clock, messages, out, s -> {
            UUID programmeId = programme.map(code -> s.names().programmeInUse(code).id()).orElse(null);
            UUID tutorId = tutor.map(login -> s.names().staff(login, "tutor").id()).orElse(null);
            UUID id = s.classes().addClass(s.actor(), s.yearId(), name, form, programmeId, tutorId);
            s.print("masterDataCli.class.added", s.texts().schoolClass(classOf(s, id)));
        });
    }

    /**
     * {@code class change --class 7.a [--name 7.b] [--form 7] [--tutor LOGIN | --no-tutor]
     * [--programme CODE | --no-programme]}: what is not given stays; all of it in one transaction.
     */
    int changeClass(Args args, Messages messages, PrintStream out) {
        String typed = args.required("class");
        Optional<String> name = args.value("name");
        Optional<Integer> form = args.value("form").map(f -> args.integer("form", 0));
        Optional<String> tutor = args.value("tutor");
        Optional<String> programme = args.value("programme");
        boolean noTutor = either(args, "tutor", "no-tutor");
        boolean noProgramme = either(args, "programme", "no-programme");
        requireSome(name.isPresent() || form.isPresent() || tutor.isPresent() || programme.isPresent() || noTutor
                || noProgramme, "--name, --form, --tutor, --no-tutor, --programme, --no-programme");
        return SchoolSession.run(args, clock, messages, out, s -> {
            SchoolClass old = s.names().schoolClass(typed);
            UUID programmeId = noProgramme ? null
                    : programme.map(code -> s.names().programmeInUse(code).id()).orElse(old.programmeId());
            UUID tutorId = noTutor ? null : tutor.map(login -> s.names().staff(login, "tutor").id()).orElse(old.tutorId());
            String newName = name.orElse(old.name());
            int newForm = form.orElse(old.form());
            s.services().store().run(s.actor(), w -> {
                if (!newName.equals(old.name()) || newForm != old.form() || !Objects.equals(programmeId, old.programmeId())) {
                    s.classes().changeClass(w, old.id(), newName, newForm, programmeId);
                }
                if (!Objects.equals(tutorId, old.tutorId())) {
                    s.classes().setTutor(w, old.id(), tutorId);
                }
            });
            s.print("masterDataCli.class.changed", s.texts().schoolClass(classOf(s, old.id())));
        });
    }

    private static SchoolClass classOf(SchoolSession s, UUID id) {
        return s.services().classRepository().schoolClass(id).orElseThrow();
    }

    /** Whether the switch {@code none} is given; giving it with {@code option} too is misuse. */
    static boolean either(Args args, String option, String none) {
        if (args.flag(none) && args.flag(option)) {
            throw new Misuse("masterDataCli.oneOf", "--" + option, "--" + none);
        }
        return args.flag(none);
    }

    /** A change that names nothing to change is misuse: {@code options} are what it could name. */
    static void requireSome(boolean given, String options) {
        if (!given) {
            throw new Misuse("masterDataCli.changeWhat", options);
        }
    }
}
