package lv.klade.printing;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lv.klade.grades.BookRow;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradedSubjects;
import lv.klade.grades.StoredGrade;
import lv.klade.i18n.Messages;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.Subject;

/**
 * The grade books of the journals a class attends (its own and its groups'), each with its subject's
 * name, in the order of the subjects' names. Every number printed comes from these grade books, so
 * a document shows what the grade book shows.
 */
final class ClassBooks {
    private static final Collator LATVIAN = Collator.getInstance(Messages.LATVIAN);

    /**
     * One journal's grade book, its rows by student (current members only); {@code graded} when it is
     * a graded subject ({@link GradedSubjects}), whose grades are the report card's and decide promotion.
     */
    record Book(Journal journal, String subject, boolean graded, Map<UUID, BookRow> rows) {
        Optional<BookRow> row(UUID studentId) {
            return Optional.ofNullable(rows.get(studentId));
        }

        /** Whether anyone has a learning level here, of any work: forms 1–3 are assessed in levels only so. */
        boolean holdsLevels() {
            return rows.values().stream().anyMatch(r -> r.periods().values().stream().anyMatch(ClassBooks::level)
                    || r.cells().values().stream().flatMap(List::stream).anyMatch(ClassBooks::level));
        }
    }

    private final List<Book> books;

    private ClassBooks(List<Book> books) {
        this.books = List.copyOf(books);
    }

    /** The grade books of the class's journals, of one month when given, else of the year. */
    static ClassBooks of(JournalReads reads, UUID yearId, UUID classId, Optional<YearMonth> month) {
        Set<UUID> reaching = reads.lessons().journalsReaching(classId);
        Map<UUID, String> subjects = reads.classes().subjects().stream()
                .collect(Collectors.toMap(Subject::id, Subject::name));
        GradedSubjects graded = GradedSubjects.of(reads.school());
        List<Book> books = new ArrayList<>();
        for (Journal journal : reads.classes().journals(yearId)) {
            if (!reaching.contains(journal.id())) {
                continue;
            }
            GradeBook book = reads.gradeBooks().gradeBook(journal.id(), month);
            Map<UUID, BookRow> rows = new HashMap<>();
            book.rows().stream().filter(BookRow::current).forEach(r -> rows.put(r.student().id(), r));
            String subject = subjects.getOrDefault(journal.subjectId(), journal.name());
            books.add(new Book(journal, subject, graded.graded(journal.kind(), subject), rows));
        }
        books.sort(Comparator.comparing(Book::subject, LATVIAN).thenComparing(b -> b.journal().name(), LATVIAN));
        return new ClassBooks(books);
    }

    List<Book> all() {
        return books;
    }

    /**
     * The student's books of one kind, one per subject (the first journal of a subject wins): a
     * subject's elective never hides its graded journal.
     */
    private List<Book> of(UUID studentId, Predicate<Book> which) {
        Map<String, Book> bySubject = new LinkedHashMap<>();
        books.stream().filter(which).filter(b -> b.rows().containsKey(studentId))
                .forEach(b -> bySubject.putIfAbsent(b.subject(), b));
        return List.copyOf(bySubject.values());
    }

    /** The student's graded subjects' books, one per subject. */
    List<Book> graded(UUID studentId) {
        return of(studentId, Book::graded);
    }

    /** The student's interest education and electives: on the report card, but not among its subjects. */
    List<Book> activities(UUID studentId) {
        return of(studentId, b -> !b.journal().kind().graded() && b.journal().kind().onReportCard());
    }

    /** The graded subjects' names in order, each once. */
    List<String> gradedSubjects() {
        return books.stream().filter(Book::graded).map(Book::subject).distinct().toList();
    }

    /** A student's graded book for a subject, if they have one. */
    Optional<Book> graded(UUID studentId, String subject) {
        return graded(studentId).stream().filter(b -> b.subject().equals(subject)).findFirst();
    }

    /** The student's period grade of a kind (within {@code days} when given), the latest if several. */
    static Optional<StoredGrade> periodGrade(BookRow row, GradeKind kind, Optional<DateRange> days) {
        return row.periods().entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && days.map(d -> d.contains(e.getKey().date())).orElse(true))
                .max(Map.Entry.comparingByKey(Comparator.comparing(lv.klade.grades.PeriodColumn::date)))
                .map(Map.Entry::getValue);
    }

    private static boolean level(StoredGrade grade) {
        return grade.grade() instanceof lv.klade.grades.Grade.Level;
    }

    static String text(Optional<StoredGrade> grade) {
        return grade.map(g -> g.grade().typed()).orElse("");
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
