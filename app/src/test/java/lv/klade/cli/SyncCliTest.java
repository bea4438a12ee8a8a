package lv.klade.cli;

import lv.klade.testing.TestLogins;
import lv.klade.testing.FirstDayDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import lv.klade.db.Actor;
import lv.klade.shell.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyncCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path central;
    private Path pc;

    private int run(String... words) {
        out.reset();
        err.reset();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new TestTerminal());
        Commands.registerAll(cli);
        return cli.run(TestTerminal.asAdmin(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aCentralCopyAndAJoinedPc() {
        central = dir.resolve("central");
        pc = dir.resolve("pc");
        FirstDayDemo.create(central, 40, Clock.systemUTC());
        assertThat(run("enrol", "--db", central.toString(), "--pc", "Kabinets 12", "--out",
                dir.resolve("pc.enrol").toString())).isZero();
        assertThat(run("join", "--db", pc.toString(), dir.resolve("pc.enrol").toString())).isZero();
    }

    /** A change made on the PC by the user with this login. */
    private void settingOnPc(String login, String key) {
        try (Services services = TestLogins.open(pc, Clock.systemUTC())) {
            Actor actor = Actor.user(services.staff().byLogin(login).orElseThrow().id());
            services.school().putSetting(actor, key, "1");
        }
    }

    @Test
    void enrolWritesTheFileAndJoinMakesThePcOfTheSchool() {
        assertThat(dir.resolve("pc.enrol")).exists();
        assertThat(run("sync-status", "--db", pc.toString())).isZero();
        assertThat(out()).contains("Skolas dators „Kabinets 12”", "apstiprinājusi 0");
    }

    @Test
    void enrolForUsersNamesAnUnknownLoginAndWritesNoFile() {
        Path file = dir.resolve("kabinets-7.enrol");

        assertThat(run("enrol", "--db", central.toString(), "--pc", "Kabinets 7", "--users", "skolotajs,nav-tads",
                "--out", file.toString())).isEqualTo(1);

        assertThat(err()).contains("„nav-tads”");
        assertThat(file).doesNotExist();
    }

    @Test
    void enrolForATeacherLeavesGuardiansOutOfTheEnrolmentFile() {
        Path file = dir.resolve("kabinets-7.enrol");

        assertThat(run("enrol", "--db", central.toString(), "--pc", "Kabinets 7", "--users", "skolotajs",
                "--out", file.toString())).isZero();
        assertThat(run("join", "--db", dir.resolve("pc7").toString(), file.toString(), "--user", "admin"))
                .as("the administrator is not one of the PC's users").isEqualTo(1);
        assertThat(err()).contains("nevar atvērt ar šo lietotājvārdu un paroli");
        assertThat(run("join", "--db", dir.resolve("pc7").toString(), file.toString(), "--user", "skolotajs")).isZero();

        try (Services services = TestLogins.open(dir.resolve("pc7"), Clock.systemUTC())) {
            assertThat(services.store().dsl().fetchCount(lv.klade.db.generated.Tables.GUARDIAN)).isZero();
        }
    }

    @Test
    void syncStatusAtTheCentralCopyListsItsPcs() {
        assertThat(run("sync-status", "--db", central.toString(), "--lang", "en")).isZero();
        assertThat(out()).contains("central copy", "PC \"Kabinets 12\": enrolled", "received never");
    }

    @Test
    void exportAndImportCarryAChangeAndPrintTheReport() {
        settingOnPc("admin", "cli.test");
        Path pack = dir.resolve("up.klade");
        assertThat(run("export", "--db", pc.toString(), "--out", pack.toString())).isZero();
        assertThat(out()).contains("1 izmaiņas");

        assertThat(run("import", "--db", central.toString(), pack.toString(), "--lang", "en")).isZero();
        assertThat(out()).contains("up.klade from \"Kabinets 12\": 1 changes applied", "0 refused");
        try (Services services = TestLogins.open(central, Clock.systemUTC())) {
            assertThat(services.setting("cli.test")).contains("1");
        }
    }

    @Test
    void theCentralCopyExportsToANamedPc() {
        Path pack = dir.resolve("down.klade");
        assertThat(run("export", "--db", central.toString(), "--pc", "Kabinets 12", "--out", pack.toString()))
                .isZero();
        assertThat(run("import", "--db", pc.toString(), pack.toString())).isZero();
    }

    @Test
    void aChangeRefusedOneByOneMakesTheExitNonZeroAndTheRestApplies() {
        settingOnPc("admin", "allowed");
        settingOnPc("skolotajs", "not.allowed");
        Path pack = dir.resolve("up.klade");
        assertThat(run("export", "--db", pc.toString(), "--out", pack.toString())).isZero();

        assertThat(run("import", "--db", central.toString(), pack.toString())).isEqualTo(1);
        assertThat(out()).contains("pieņemtas 1 izmaiņas", "1 noraidītas", "noraidīta izmaiņa: school_setting");
        try (Services services = TestLogins.open(central, Clock.systemUTC())) {
            assertThat(services.setting("allowed")).contains("1");
            assertThat(services.setting("not.allowed")).isEmpty();
        }
    }

    @Test
    void aPackageRefusedWholeMakesTheExitNonZero() throws Exception {
        Path broken = Files.write(dir.resolve("broken.klade"), new byte[] {1, 2, 3});
        assertThat(run("import", "--db", central.toString(), broken.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out()).contains("broken.klade refused");
    }

    @Test
    void importingAPackageAgainIsAReplayAndExitsOne() {
        settingOnPc("admin", "cli.test");
        Path pack = dir.resolve("up.klade");
        assertThat(run("export", "--db", pc.toString(), "--out", pack.toString())).isZero();
        assertThat(run("import", "--db", central.toString(), pack.toString())).isZero();

        assertThat(run("import", "--db", central.toString(), pack.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out().lines()).singleElement().asString().contains("up.klade", "is a replay", "Nothing was changed");
    }

    @Test
    void revokeStopsThePcsPackages() {
        settingOnPc("admin", "cli.test");
        Path pack = dir.resolve("up.klade");
        assertThat(run("export", "--db", pc.toString(), "--out", pack.toString())).isZero();

        assertThat(run("revoke", "--db", central.toString(), "--pc", "Kabinets 12")).isZero();
        assertThat(out().lines()).singleElement().asString().contains("„Kabinets 12” atsaukts");

        assertThat(run("import", "--db", central.toString(), pack.toString())).isEqualTo(1);
        assertThat(out()).contains("up.klade noraidīta", "„Kabinets 12” ir atsaukts");
        assertThat(run("sync-status", "--db", central.toString())).isZero();
        assertThat(out()).contains("„Kabinets 12” (atsaukts)");
    }

    @Test
    void revokingAPcTheCentralCopyDoesNotKnowIsOneLineAndExitOne() {
        assertThat(run("revoke", "--db", central.toString(), "--pc", "Kabinets 99")).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString().contains("„Kabinets 99”");
    }

    @Test
    void aPcCannotRevoke() {
        assertThat(run("revoke", "--db", pc.toString(), "--pc", "Kabinets 12", "--lang", "en")).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString().contains("not the school's central copy");
    }

    @Test
    void importWithoutAFileSaysWhatToDo() {
        assertThat(run("import", "--db", central.toString())).isEqualTo(1);
        assertThat(err()).contains("Norādiet failu");
    }

    @Test
    void exportAtTheCentralCopyWithoutAPcIsOneLineAndExitOne() {
        assertThat(run("export", "--db", central.toString(), "--out", dir.resolve("x").toString())).isEqualTo(1);
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void joiningOverAnExistingJournalIsRefusedAndLeavesItAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("central.mv.db"));

        assertThat(run("join", "--db", central.toString(), dir.resolve("pc.enrol").toString())).isEqualTo(1);

        assertThat(err()).contains("jau pastāv");
        assertThat(Files.readAllBytes(dir.resolve("central.mv.db"))).isEqualTo(before);
    }
}
