package lv.klade.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalFile;
import lv.klade.db.JournalStore;
import lv.klade.i18n.UserError;
import lv.klade.people.AccountService;
import lv.klade.people.PasswordHasher;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffService;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;

/** Makes a new school's journal: validates the wizard's answers, then writes everything or nothing. */
public final class SchoolSetup {
    private SchoolSetup() {
    }

    /** Creates the journal in {@code folder}, named after the school; returns its path. */
    public static Path create(Path folder, NewSchool answers, Clock clock) {
        if (answers.schoolName() == null || answers.schoolName().isBlank()) {
            throw UserError.of("setup.nameMissing");
        }
        if (!Arrays.equals(answers.password(), answers.passwordRepeat())) {
            throw UserError.of("setup.passwordsDiffer");
        }
        Path file = freeName(folder, answers.schoolName());
        // Built aside and moved into place whole: a setup killed half way leaves no journal behind.
        Database.build(file, clock, database -> {
            JournalStore store = new JournalStore(database, clock);
            AccountService accounts = new AccountService(store, new PasswordHasher(), clock);
            String hash = accounts.hashChecked(answers.password());
            SchoolRepository repository = new SchoolRepository(store);
            SchoolService school = new SchoolService(store, repository);
            StaffService staff = new StaffService(store);
            store.run(Actor.SYSTEM, w -> {
                var schoolId = school.createSchool(w, answers.schoolName(), null, null);
                school.defaultYear(w, schoolId, answers.yearStart());
                staff.add(w, new StaffData(answers.adminFirstName(), answers.adminLastName(), null, null, null,
                        answers.adminLogin(), hash, Set.of(RoleGrant.of(Role.ADMINISTRATOR))));
            });
            return file;
        });
        return file;
    }

    /** A file name from the school's name, safe on every file system, not yet taken. */
    static Path freeName(Path folder, String schoolName) {
        String base = JournalFile.safeName(schoolName, "skola");
        Path candidate = folder.resolve(base);
        for (int n = 2; Files.exists(folder.resolve(candidate.getFileName() + ".mv.db")); n++) {
            candidate = folder.resolve(base + "-" + n);
        }
        return candidate;
    }
}
