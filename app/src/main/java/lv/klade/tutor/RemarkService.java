package lv.klade.tutor;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.tutor.RemarkRepository.ClassOf;

/**
 * The class tutor's remarks on report cards: one per student, school year and period, written by
 * the tutor of the student's class, the deputy director or an administrator (Klade itself,
 * {@link Actor#SYSTEM}, too). Empty text clears a remark.
 */
public final class RemarkService {
    /** The longest remark, in characters: what fits in the report card's few lines. */
    public static final int MAX_LENGTH = 500;

    private final JournalStore store;
    private final RemarkRepository repository;

    public RemarkService(JournalStore store, RemarkRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    /** The class's students by surname and name, each with the remark for the year and period. */
    public List<StudentRemark> ofClass(UUID classId, UUID yearId, RemarkPeriod period) {
        Collator latvian = Collator.getInstance(Messages.LATVIAN);
        return repository.studentsOf(classId, yearId, period).stream()
                .sorted(Comparator.comparing(StudentRemark::lastName, latvian)
                        .thenComparing(StudentRemark::firstName, latvian))
                .toList();
    }

    /** The remarks of a class's students for a year and period, by student: what the report cards print. */
    public Map<UUID, String> texts(UUID classId, UUID yearId, RemarkPeriod period) {
        return repository.ofClass(classId, yearId, period);
    }

    /**
     * Writes the remark on the student's report card for the period of their class's school year,
     * replacing the one written before; blank text clears it. Returns the text as stored.
     */
    public String write(Actor actor, UUID studentId, RemarkPeriod period, String text) {
        if (period == null) {
            throw UserError.of("remarks.periodMissing");
        }
        String stored = text == null ? "" : text.strip();
        if (stored.length() > MAX_LENGTH) {
            throw UserError.of("remarks.tooLong", MAX_LENGTH, stored.length());
        }
        return store.write(actor, w -> {
            ClassOf schoolClass = repository.classOf(w, studentId)
                    .orElseThrow(() -> UserError.of("remarks.noClass"));
            UUID author = w.actor().userId();
            if (author != null && !RemarkRights.mayWrite(author, repository.roles(w, author), schoolClass.classId(),
                    schoolClass.tutorId())) {
                throw UserError.of("remarks.notTutor", schoolClass.className());
            }
            UUID id = key(studentId, schoolClass.yearId(), period);
            var before = repository.text(w, id);
            if (before.isEmpty() && !stored.isEmpty()) {
                repository.insert(w, id, studentId, schoolClass.yearId(), period, stored, w.clock().instant());
            } else if (before.isPresent() && !before.get().equals(stored)) {
                repository.update(w, id, stored, w.clock().instant());
            }
            return stored;
        });
    }

    /**
     * The row key of a student's remark for a year and period: the same on every PC, so two PCs that
     * write the same remark write one row, and sync keeps the later text.
     */
    static UUID key(UUID studentId, UUID yearId, RemarkPeriod period) {
        String name = "report_remark:" + studentId + ":" + yearId + ":" + period.name();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
