package lv.klade.demo;

import java.util.random.RandomGenerator;
import lv.klade.grades.Grade;
import lv.klade.grades.LearningLevel;

/**
 * How well each demo student does: a lasting ability (stronger and weaker students stay so across
 * subjects), a lasting knack or weakness per subject, each subject's own difficulty and a little
 * luck each time. On the 10-point scale the marks average about 6.8 with a spread of about 1.6
 * (rounding to whole points and the weaker secondary forms pull the mean of 7.0 down).
 */
final class DemoMarks {
    private static final double MEAN = 7.0;
    private static final double ABILITY = 1.15;
    private static final double KNACK = 0.6;
    private static final double DIFFICULTY = 0.35;
    private static final double LUCK = 0.9;
    private static final double SECONDARY = -0.2;

    private final double[] ability;
    private final double[][] knack;
    private final double[] difficulty;
    private final RandomGenerator random;

    DemoMarks(int students, int subjects, RandomGenerator random) {
        this.random = random;
        ability = new double[students];
        knack = new double[students][subjects];
        difficulty = new double[subjects];
        for (int s = 0; s < students; s++) {
            ability[s] = random.nextGaussian() * ABILITY;
            for (int subject = 0; subject < subjects; subject++) {
                knack[s][subject] = random.nextGaussian() * KNACK;
            }
        }
        for (int subject = 0; subject < subjects; subject++) {
            difficulty[subject] = random.nextGaussian() * DIFFICULTY;
        }
    }

    /** How a piece of work went, in 10-point units around 0: the mark's distance from the mean. */
    private double result(int student, int subject, int form) {
        return ability[student] + knack[student][subject] + difficulty[subject] + (form >= 10 ? SECONDARY : 0)
                + random.nextGaussian() * LUCK;
    }

    Grade.Points points(int student, int subject, int form) {
        return new Grade.Points((int) Math.clamp(Math.round(MEAN + result(student, subject, form)), 1, 10));
    }

    /** Mostly T and A: S for the weakest work, P for the best. */
    Grade.Level level(int student, int subject, int form) {
        double r = result(student, subject, form);
        LearningLevel level = r < -1.9 ? LearningLevel.S : r < 0.2 ? LearningLevel.T
                : r < 2.1 ? LearningLevel.A : LearningLevel.P;
        return new Grade.Level(level);
    }

    Grade.Percent percent(int student, int subject, int form) {
        return new Grade.Percent((int) Math.clamp(Math.round(72 + 10 * result(student, subject, form)), 0, 100));
    }

    /** i for most, ni for the weakest work (about one in ten). */
    Grade.PassFail passFail(int student, int subject, int form) {
        return new Grade.PassFail(result(student, subject, form) > -2.2);
    }
}
