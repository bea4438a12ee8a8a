package lv.klade.tutor.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.tutor.RemarkPeriod;
import lv.klade.tutor.RemarkRights;
import lv.klade.tutor.RemarkService;
import lv.klade.tutor.StudentRemark;
import lv.klade.ui.Background;

/**
 * Report card remarks: the students of a class with the tutor's remark for a semester's or the
 * year's report card, each saved on its own in the background as soon as it is written. A tutor
 * sees their own classes; the deputy director and the administrator every class.
 */
public final class RemarksViewModel {
    /** A class to choose; it shows as its name. */
    public record ClassChoice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final RemarkService remarks;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final LocalDate today;
    private final Background background;
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<RemarkRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ClassChoice> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<RemarkPeriod> period = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private UUID yearId;
    private int request;

    /** {@code today} picks the report card shown first: the first semester's until it ends, then the year's. */
    public RemarksViewModel(RemarkService remarks, ClassRepository classes, SchoolRepository school,
                            StaffMember viewer, LocalDate today, Background background) {
        this.remarks = remarks;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.today = today;
        this.background = background;
        chosen.addListener((o, old, now) -> reload());
        period.addListener((o, old, now) -> reload());
    }

    /** What the view opens with, read off the FX thread. */
    private record Start(UUID yearId, List<ClassChoice> classes, RemarkPeriod period) {
    }

    /** Reads the classes this person may write remarks for and opens the first. */
    public void load() {
        background.run(this::start, start -> {
            yearId = start.yearId();
            classChoices.setAll(start.classes());
            period.set(start.period());
            chosen.set(start.classes().isEmpty() ? null : start.classes().getFirst());
            if (start.classes().isEmpty()) {
                error.set(background.messages().get("remarks.noClasses"));
            }
        }, error::set);
    }

    private Start start() {
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        List<ClassChoice> list = classes.classes(year.id()).stream()
                .filter(c -> RemarkRights.mayWrite(viewer.id(), viewer.roles(), c.id(), c.tutorId()))
                .map(c -> new ClassChoice(c.id(), c.name())).toList();
        boolean firstSemester = school.semesters(year.id()).stream()
                .anyMatch(s -> s.number() == 1 && !today.isAfter(s.ends()));
        return new Start(year.id(), list, firstSemester ? RemarkPeriod.SEMESTER_1 : RemarkPeriod.YEAR);
    }

    private void reload() {
        ClassChoice of = chosen.get();
        RemarkPeriod card = period.get();
        int mine = ++request;
        if (of == null || card == null) {
            rows.clear();
            return;
        }
        UUID year = yearId;
        background.run(() -> remarks.ofClass(of.id(), year, card), list -> {
            if (mine == request) {
                error.set("");
                rows.setAll(rows(list, card));
            }
        }, error::set);
    }

    private static List<RemarkRow> rows(List<StudentRemark> list, RemarkPeriod card) {
        int[] number = {0};
        return list.stream().map(s -> new RemarkRow(s.studentId(), ++number[0], s.lastName() + " " + s.firstName(),
                card, s.text())).toList();
    }

    /**
     * Saves a row's remark in the background when it differs from what is saved; blank text clears
     * it. A refusal leaves the saved text as it was and says why, in the row and above the table.
     */
    public void save(RemarkRow row, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.equals(row.pending()) || text.equals(row.refused())
                || row.pending() == null && text.equals(row.saved())) {
            return;
        }
        Messages m = background.messages();
        row.saving(text, m.get("remarks.saving"));
        background.run(() -> remarks.write(Actor.user(viewer.id()), row.studentId(), row.period(), text), stored -> {
            if (Objects.equals(row.pending(), text)) {
                row.saved(stored, m.get("remarks.saved"));
                error.set("");
            }
        }, problem -> {
            if (Objects.equals(row.pending(), text)) {
                row.failed(m.get("remarks.notSaved"));
                error.set(row.name() + ": " + problem);
            }
        });
    }

    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<ClassChoice> classProperty() {
        return chosen;
    }

    /** Semester 1, semester 2 or the year. */
    public List<RemarkPeriod> periods() {
        return List.of(RemarkPeriod.values());
    }

    public ObjectProperty<RemarkPeriod> periodProperty() {
        return period;
    }

    public ObservableList<RemarkRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The longest remark, for the hint under the title. */
    public int maxLength() {
        return RemarkService.MAX_LENGTH;
    }
}
