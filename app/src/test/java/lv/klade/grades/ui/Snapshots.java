package lv.klade.grades.ui;

import javafx.scene.Scene;
import org.testfx.api.FxRobot;

/** Pictures of the grades views for people to look at, written to target/screenshots. */
final class Snapshots {
    private Snapshots() {
    }

    static void shoot(FxRobot robot, Scene scene, String name) {
        lv.klade.testing.Snapshots.shoot(robot, scene, name);
    }
}
