package lv.klade.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How many classes each form has and how big they are. Secondary forms (10–12) are smaller, as
 * many students leave after form 9. Every class has 20–30 students, so a school asked for fewer
 * than 240 students (12 forms of 20) gets 240.
 */
final class ClassLayout {
    static final int FORMS = 12;
    static final int SMALLEST = 20;
    static final int LARGEST = 30;
    private static final int USUAL = 25;
    private static final double SECONDARY_SHARE = 0.75;
    private static final String LETTERS = "abcdefghijklmnoprstuvz";

    /** One class to be: its form, its letter and how many students it has. */
    record Planned(int form, String letter, int size) {
        String name() {
            return form + "." + letter;
        }
    }

    private ClassLayout() {
    }

    static List<Planned> layout(int students, RandomGenerator random) {
        double weights = 9 + 3 * SECONDARY_SHARE;
        List<Planned> classes = new ArrayList<>();
        for (int form = 1; form <= FORMS; form++) {
            double share = form >= 10 ? SECONDARY_SHARE : 1;
            int formSize = (int) Math.round(students * share / weights);
            classes.addAll(form(form, formSize, random));
        }
        return classes;
    }

    private static List<Planned> form(int form, int formSize, RandomGenerator random) {
        int count = Math.max(1, (int) Math.round(formSize / (double) USUAL));
        count = Math.min(count, LETTERS.length());
        int[] sizes = new int[count];
        for (int i = 0; i < count; i++) {
            int size = formSize / count + (i < formSize % count ? 1 : 0);
            sizes[i] = Math.clamp(size, SMALLEST, LARGEST);
        }
        unevenPairs(sizes, random);
        List<Planned> classes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            classes.add(new Planned(form, String.valueOf(LETTERS.charAt(i)), sizes[i]));
        }
        return classes;
    }

    /** Real classes are not all the same size: move a student or two between neighbours, keeping the form's total. */
    private static void unevenPairs(int[] sizes, RandomGenerator random) {
        for (int i = 0; i + 1 < sizes.length; i += 2) {
            int move = random.nextInt(3);
            if (sizes[i] + move <= LARGEST && sizes[i + 1] - move >= SMALLEST) {
                sizes[i] += move;
                sizes[i + 1] -= move;
            }
        }
    }
}
