package lv.klade.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lv.klade.demo.DemoSchool;

/** A terminal where the demo password is typed whenever one is asked for, and progress lines are kept. */
final class TestTerminal implements Terminal {
    /** Commands that open no journal with a login. */
    private static final Set<String> WITHOUT_LOGIN = Set.of("demo", "holidays");

    final List<String> progress = new ArrayList<>();

    @Override
    public Optional<char[]> password(String prompt) {
        return Optional.of(DemoSchool.PASSWORD.toCharArray());
    }

    @Override
    public void progress(String line) {
        progress.add(line);
    }

    /** The command line as the demo's administrator would type it, unless it names a user or needs none. */
    static String[] asAdmin(String... words) {
        if (words.length == 0 || WITHOUT_LOGIN.contains(words[0]) || Arrays.asList(words).contains("--user")) {
            return words;
        }
        String[] withUser = Arrays.copyOf(words, words.length + 2);
        withUser[words.length] = "--user";
        withUser[words.length + 1] = "admin";
        return withUser;
    }
}
