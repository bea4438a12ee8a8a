package lv.klade.sync;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A sync test's school: a central copy and one PC, made afresh for each test and closed after it. */
abstract class OnePcSchoolTest {
    @TempDir
    Path folder;
    School school;
    Copy central;
    Copy pc;

    @BeforeEach
    void aSchoolWithOnePc() {
        school = new School(folder, 120, 1);
        central = school.central;
        pc = school.pcs.get(0);
    }

    @AfterEach
    void closeTheSchool() {
        school.close();
    }
}
