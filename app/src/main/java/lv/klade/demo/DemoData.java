package lv.klade.demo;

import lv.klade.people.Gender;
import lv.klade.school.JournalKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Latvian data the planner draws from: names, streets, curriculum, departments. Read once from
 * UTF-8 files next to this class; lines starting with '#' are comments, fields are split by ';'.
 */
record DemoData(
        List<String> boys, List<String> girls, List<Surname> surnames, List<String> streets, List<Town> towns,
        List<DemoPlan.Programme> programmes, List<Course> curriculum, List<WeeklyHours> hours,
        List<Activity> activities, List<Department> departments, Properties school) {

    /** Both forms of a surname: Bērziņš / Bērziņa, Liepa / Liepa. */
    record Surname(String male, String female) {
        String forGender(Gender gender) {
            return gender == Gender.M ? male : female;
        }
    }

    /** A town with its range of postal codes and how many students in a hundred live there. */
    record Town(String name, int firstCode, int lastCode, int weight) {
    }

    /** Forms first–last, inclusive. */
    record Forms(int first, int last) {
        static Forms parse(String text) {
            String[] ends = text.split("-");
            return new Forms(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[ends.length - 1].trim()));
        }

        boolean contains(int form) {
            return first <= form && form <= last;
        }
    }

    /** How a class takes a course: whole, shared among the form's split subjects, by gender, or with its tutor. */
    enum Take { CLASS, SPLIT, BY_GENDER, TUTOR }

    /** One line of the curriculum; an empty {@code programmes} list means every programme. */
    record Course(String subject, String shortName, Forms forms, List<String> programmes, Take take) {
        boolean appliesTo(int form, String programmeCode) {
            return forms.contains(form) && (programmes.isEmpty() || programmes.contains(programmeCode));
        }
    }

    /** How many lessons a week a subject has in some forms. */
    record WeeklyHours(String subject, Forms forms, int lessons) {
    }

    /** A combined group beyond the curriculum: an elective, interest education, individual work. */
    record Activity(String name, String subject, String shortName, JournalKind kind, Forms forms,
                    int members, int groupsPer600, int lessonsPerWeek) {
    }

    /** The lessons a week of a subject in a form, from hours.txt. */
    int lessonsPerWeek(String subject, int form) {
        return hours.stream().filter(h -> h.subject().equals(subject) && h.forms().contains(form)).findFirst()
                .map(WeeklyHours::lessons)
                .orElseThrow(() -> new IllegalStateException("hours.txt has no line for " + subject + " in form " + form));
    }

    /** A department: the subjects one teacher teaches together in the given forms. */
    record Department(Forms forms, List<String> subjects) {
        boolean covers(String subject, int form) {
            return forms.contains(form) && subjects.contains(subject);
        }
    }

    private static final class Holder {
        static final DemoData DATA = load();
    }

    static DemoData get() {
        return Holder.DATA;
    }

    private static DemoData load() {
        return new DemoData(
                lines("boys.txt"), lines("girls.txt"),
                rows("surnames.txt").stream().map(f -> new Surname(f[0], f[1])).toList(),
                lines("streets.txt"),
                rows("towns.txt").stream().map(DemoData::town).toList(),
                rows("programmes.txt").stream().map(DemoData::programme).toList(),
                rows("curriculum.txt").stream().map(DemoData::course).toList(),
                rows("hours.txt").stream().map(f -> new WeeklyHours(f[0], Forms.parse(f[1]), Integer.parseInt(f[2])))
                        .toList(),
                rows("activities.txt").stream().map(DemoData::activity).toList(),
                rows("departments.txt").stream().map(DemoData::department).toList(),
                properties("school.properties"));
    }

    private static Town town(String[] f) {
        String[] codes = f[1].split("-");
        return new Town(f[0], Integer.parseInt(codes[0]), Integer.parseInt(codes[1]), Integer.parseInt(f[2]));
    }

    private static DemoPlan.Programme programme(String[] f) {
        return new DemoPlan.Programme(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
    }

    private static Course course(String[] f) {
        List<String> programmes = "*".equals(f[3]) ? List.of() : List.of(f[3].split(","));
        return new Course(f[0], f[1], Forms.parse(f[2]), programmes, Take.valueOf(f[4]));
    }

    private static Activity activity(String[] f) {
        return new Activity(f[0], f[1], f[2], JournalKind.valueOf(f[3]), Forms.parse(f[4]),
                Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
    }

    private static Department department(String[] f) {
        return new Department(Forms.parse(f[0]), List.of(Arrays.copyOfRange(f, 1, f.length)));
    }

    private static List<String[]> rows(String name) {
        return lines(name).stream().map(line -> line.split(";")).map(DemoData::trimmed).toList();
    }

    private static String[] trimmed(String[] fields) {
        return Arrays.stream(fields).map(String::trim).toArray(String[]::new);
    }

    static List<String> lines(String name) {
        try (BufferedReader reader = new BufferedReader(reader(name))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + name, e);
        }
    }

    static Properties properties(String name) {
        Properties properties = new Properties();
        try (Reader reader = reader(name)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + name, e);
        }
        return properties;
    }

    private static Reader reader(String name) {
        InputStream in = DemoData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("demo data " + name + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
