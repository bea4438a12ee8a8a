package lv.klade.tutor.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.SchoolRepository;
import lv.klade.tutor.BehaviourEntry;
import lv.klade.tutor.BehaviourKind;
import lv.klade.tutor.Conversation;
import lv.klade.tutor.ConversationParty;
import lv.klade.tutor.NewBehaviourEntry;
import lv.klade.tutor.NewConversation;
import lv.klade.tutor.TutorJournalRights;
import lv.klade.tutor.TutorJournalService;
import lv.klade.ui.Background;

/**
 * The tutor's journals of one class: its individual conversations and its behaviour journal, each
 * with a form to add an entry. A tutor sees their own classes; the deputy director and the
 * administrator every class (TutorJournalRights).
 */
public final class TutorJournalViewModel {
    /** A class, student or guardian to choose; it shows as its name. */
    public record Choice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final TutorJournalService journals;
    private final StudentService students;
    private final ClassRepository classes;
    private final SchoolRepository school;
    private final StaffMember viewer;
    private final Background background;
    private final ObservableList<Choice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> studentChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> guardianChoices = FXCollections.observableArrayList();
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObservableList<BehaviourEntry> behaviour = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> chosenClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> student = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<ConversationParty> party = new SimpleObjectProperty<>(ConversationParty.STUDENT);
    private final ObjectProperty<Choice> guardian = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty agreed = new SimpleStringProperty("");
    private final ObjectProperty<BehaviourKind> kind = new SimpleObjectProperty<>(BehaviourKind.CONCERN);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public TutorJournalViewModel(TutorJournalService journals, StudentService students, ClassRepository classes,
                                 SchoolRepository school, StaffMember viewer, LocalDate today, Background background) {
        this.journals = journals;
        this.students = students;
        this.classes = classes;
        this.school = school;
        this.viewer = viewer;
        this.background = background;
        day.set(today);
        chosenClass.addListener((o, was, now) -> reload());
        student.addListener((o, was, now) -> readGuardians());
    }

    /** Reads the classes this person may keep the tutor's journals of and opens the first. */
    public void load() {
        background.run(() -> {
            UUID year = school.currentYear().orElseThrow(() -> UserError.of("school.missing")).id();
            return classes.classes(year).stream()
                    .filter(c -> TutorJournalRights.tutorOrOffice(viewer.id(), viewer.roles(), c.id(), c.tutorId()))
                    .map(c -> new Choice(c.id(), c.name())).toList();
        }, list -> {
            classChoices.setAll(list);
            chosenClass.set(list.isEmpty() ? null : list.getFirst());
            if (list.isEmpty()) {
                error.set(background.messages().get("tutorJournal.noClasses"));
            }
        }, error::set);
    }

    /** The chosen class's students and both journals' entries, read off the FX thread. */
    private record ClassJournals(List<Choice> students, List<Conversation> conversations,
                                 List<BehaviourEntry> behaviour) {
    }

    private void reload() {
        Choice of = chosenClass.get();
        if (of == null) {
            studentChoices.clear();
            conversations.clear();
            behaviour.clear();
            return;
        }
        background.run(() -> new ClassJournals(students.ofClass(of.id()).stream()
                        .map(s -> new Choice(s.id(), s.lastName() + " " + s.firstName())).toList(),
                journals.conversations(viewer.id(), of.id()), journals.behaviour(viewer.id(), of.id())), read -> {
            if (of.equals(chosenClass.get())) {
                studentChoices.setAll(read.students());
                conversations.setAll(read.conversations());
                behaviour.setAll(read.behaviour());
            }
        }, error::set);
    }

    private void readGuardians() {
        Choice of = student.get();
        guardian.set(null);
        if (of == null) {
            guardianChoices.clear();
            return;
        }
        background.run(() -> students.details(of.id()).map(d -> d.guardians().stream()
                .map(g -> new Choice(g.id(), g.firstName() + " " + g.lastName())).toList()).orElse(List.of()),
                guardianChoices::setAll, error::set);
    }

    /** Records the conversation the form holds; a late one is kept, and the status says it is late. */
    public void recordConversation() {
        NewConversation entry = new NewConversation(id(student.get()), day.get(), party.get(),
                party.get() == ConversationParty.GUARDIAN ? id(guardian.get()) : null, topic.get(), agreed.get());
        background.run(() -> journals.record(Actor.user(viewer.id()), entry), id -> {
            topic.set("");
            agreed.set("");
            done();
            background.run(() -> journals.conversations(viewer.id(), chosenClass.get().id()), list -> {
                conversations.setAll(list);
                boolean late = list.stream().anyMatch(c -> c.id().equals(id) && c.late());
                status.set(background.messages().get(late ? "tutorJournal.savedLate" : "tutorJournal.saved"));
            }, error::set);
        }, this::failed);
    }

    /** Records the behaviour note the form holds, as the tutor's own (no lesson's journal). */
    public void recordBehaviour() {
        NewBehaviourEntry entry = new NewBehaviourEntry(id(student.get()), null, day.get(), kind.get(), note.get());
        background.run(() -> journals.note(Actor.user(viewer.id()), entry), id -> {
            note.set("");
            done();
            status.set(background.messages().get("tutorJournal.saved"));
            reload();
        }, this::failed);
    }

    private void done() {
        error.set("");
    }

    private void failed(String problem) {
        status.set("");
        error.set(problem);
    }

    private static UUID id(Choice choice) {
        return choice == null ? null : choice.id();
    }

    public ObservableList<Choice> classChoices() {
        return classChoices;
    }

    public ObservableList<Choice> studentChoices() {
        return studentChoices;
    }

    public ObservableList<Choice> guardianChoices() {
        return guardianChoices;
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    public ObservableList<BehaviourEntry> behaviour() {
        return behaviour;
    }

    public ObjectProperty<Choice> classProperty() {
        return chosenClass;
    }

    public ObjectProperty<Choice> studentProperty() {
        return student;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<ConversationParty> partyProperty() {
        return party;
    }

    public ObjectProperty<Choice> guardianProperty() {
        return guardian;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty agreedProperty() {
        return agreed;
    }

    public ObjectProperty<BehaviourKind> kindProperty() {
        return kind;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
