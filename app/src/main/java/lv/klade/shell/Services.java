package lv.klade.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import lv.klade.db.Database;
import lv.klade.db.JournalEncryption;
import lv.klade.db.JournalKey;
import lv.klade.db.JournalStore;
import lv.klade.demo.DemoProgress;
import lv.klade.demo.DemoSchool;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeService;
import lv.klade.grades.GradeSettingRules;
import lv.klade.grades.PromotionDecisionRepository;
import lv.klade.grades.PromotionDecisionService;
import lv.klade.grades.TestPlannerService;
import lv.klade.grades.YearResults;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceRepository;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonSettingRules;
import lv.klade.lessons.LessonViews;
import lv.klade.people.AccountService;
import lv.klade.people.Credentials;
import lv.klade.people.JournalLogin;
import lv.klade.people.LoginResult;
import lv.klade.people.PasswordHasher;
import lv.klade.people.Role;
import lv.klade.people.StaffService;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentService;
import lv.klade.printing.JournalReads;
import lv.klade.printing.PrintRights;
import lv.klade.printing.PrintService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SchoolSettingsService;
import lv.klade.school.SchoolYear;
import lv.klade.school.ui.Choice;
import lv.klade.school.ui.NamedStudent;
import lv.klade.school.ui.People;
import lv.klade.setup.NewSchool;
import lv.klade.setup.SchoolSetup;
import lv.klade.sync.ChangeRules;
import lv.klade.sync.SyncService;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;
import lv.klade.statistics.StatisticsPrint;
import lv.klade.statistics.StatisticsRepository;
import lv.klade.statistics.StatisticsService;
import lv.klade.tutor.RemarkRepository;
import lv.klade.tutor.RemarkService;
import lv.klade.tutor.TutorJournalRepository;
import lv.klade.tutor.TutorJournalService;
import lv.klade.messages.MessageRepository;
import lv.klade.messages.MessageService;
import lv.klade.checks.ChecksRepository;
import lv.klade.db.Actor;
import lv.klade.checks.ChecksService;
import lv.klade.checks.InspectionRepository;
import lv.klade.checks.InspectionService;
import lv.klade.yearend.FinalGrades;
import lv.klade.yearend.YearEndService;

/**
 * The composition root: one open journal and every service and repository wired by hand.
 * Used by the window and by the CLI alike; it holds no JavaFX.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final JournalStore store;
    private final SchoolRepository schoolRepository;
    private final SchoolService school;
    private final ClassRepository classRepository;
    private final ClassService classes;
    private final StaffService staff;
    private final StudentService students;
    private final AccountService accounts;
    private final SyncService sync;
    private final Clock clock;
    private final TimetableRepository timetableRepository;
    private final TimetableService timetable;
    private final LessonRepository lessonRepository;
    private final AbsenceService absences;
    private final GradeService grades;
    private final GradeBookService gradeBooks;
    private final TestPlannerService testPlanner;
    private final RemarkService remarks;
    private final TutorJournalService tutorJournals;
    private final MessageService messages;
    private final YearResults yearResults;
    private final PromotionDecisionService promotionDecisions;
    private final YearEndService yearEnd;

    private StaffMember user;

    private Services(Database database, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.store = new JournalStore(database, clock);
        this.schoolRepository = new SchoolRepository(store);
        this.school = new SchoolService(store, schoolRepository);
        this.classRepository = new ClassRepository(store);
        this.classes = new ClassService(store, schoolRepository, classRepository);
        this.staff = new StaffService(store);
        this.students = new StudentService(store);
        this.accounts = new AccountService(store, new PasswordHasher(), clock);
        // Features register the rules for their own tables on this registry (ChangeRules.register).
        this.sync = new SyncService(store, schoolRepository, staff, ChangeRules.forSchool());
        this.timetableRepository = new TimetableRepository(store, schoolRepository);
        this.timetable = new TimetableService(store, schoolRepository, timetableRepository);
        this.lessonRepository = new LessonRepository(store);
        this.absences = new AbsenceService(store, schoolRepository, classRepository, lessonRepository,
                new AbsenceRepository(store));
        this.grades = new GradeService(store, schoolRepository);
        this.gradeBooks = new GradeBookService(store, schoolRepository);
        this.testPlanner = new TestPlannerService(store, schoolRepository, staff);
        this.remarks = new RemarkService(store, new RemarkRepository(store));
        this.tutorJournals = new TutorJournalService(store, schoolRepository, new TutorJournalRepository(store));
        this.messages = new MessageService(store, new MessageRepository(store));
        this.yearResults = new YearResults(store, schoolRepository, classRepository, students);
        this.promotionDecisions = new PromotionDecisionService(store, new PromotionDecisionRepository(store));
        this.yearEnd = new YearEndService(store, schoolRepository, school, classRepository, classes, students, staff,
                yearResults);
    }

    /**
     * Opens an existing journal for the person logging in: the password opens the journal's key (see
     * {@link JournalLogin}), and then their account. A journal that no build has encrypted yet is
     * encrypted first, telling {@code encrypting} how far it is. A journal with no school is refused.
     */
    public static Services open(Path file, Credentials who, Clock clock, IntConsumer encrypting) {
        JournalEncryption.encryptIfPlain(file, encrypting);
        JournalKey key = new JournalLogin(new PasswordHasher(), clock).unlock(file, who.login(), who.password());
        Services services = new Services(Database.open(file, key, clock), clock);
        try {
            if (services.schoolRepository.school().isEmpty() || services.schoolRepository.currentYear().isEmpty()) {
                throw UserError.of("school.missing");
            }
            services.user = switch (services.accounts.login(who.login(), who.password())) {
                case LoginResult.Success success -> success.member();
                case LoginResult.WrongPassword wrong -> throw UserError.of("login.wrongPassword", wrong.attemptsLeft());
                case LoginResult.Locked locked -> throw UserError.of("login.locked", Messages.time(locked.until()));
                case LoginResult.Revoked revoked -> throw UserError.of("login.revoked");
                case LoginResult.UnknownUser unknown -> throw UserError.of("login.unknownUser");
            };
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public static Services open(Path file, Credentials who, Clock clock) {
        return open(file, who, clock, percent -> { });
    }

    /** Makes the demo school in the data folder unless it is there; its users' passwords are public. */
    public static void makeDemo(Path file, Clock clock) {
        makeDemo(file, clock, DemoProgress.NONE);
    }

    /** Like {@link #makeDemo(Path, Clock)}, telling {@code progress} how far making it is. */
    public static void makeDemo(Path file, Clock clock, DemoProgress progress) {
        if (!lv.klade.db.JournalFile.of(file).exists()) {
            DemoSchool.create(file, DemoSchool.DEFAULT_STUDENTS, DemoSchool.DEFAULT_SEED, clock,
                    LocalDate.now(clock.withZone(Messages.RIGA)), progress);
        }
    }

    /** Creates a new school's journal in {@code folder} and opens it for its first administrator. */
    public static Services setUp(Path folder, NewSchool answers, Clock clock) {
        Path file = SchoolSetup.create(folder, answers, clock);
        return open(file, new Credentials(answers.adminLogin(), answers.password()), clock);
    }

    /**
     * Joins a school as a new PC journal in {@code folder} from the enrolment file, and opens it: the
     * person joining logs in with their own account, which the enrolment file was written for.
     */
    public static Services join(Path folder, Path enrolmentFile, Credentials who, Clock clock) {
        return open(SyncService.joinIn(folder, enrolmentFile, who, clock).journal(), who, clock);
    }

    /** Who opened the journal. */
    public StaffMember user() {
        return user;
    }

    public JournalStore store() {
        return store;
    }

    public SchoolRepository schoolRepository() {
        return schoolRepository;
    }

    public SchoolService school() {
        return school;
    }

    public ClassRepository classRepository() {
        return classRepository;
    }

    public ClassService classes() {
        return classes;
    }

    public StaffService staff() {
        return staff;
    }

    public StudentService students() {
        return students;
    }

    public AccountService accounts() {
        return accounts;
    }

    public SyncService sync() {
        return sync;
    }

    public TimetableRepository timetableRepository() {
        return timetableRepository;
    }

    public TimetableService timetable() {
        return timetable;
    }

    public LessonRepository lessonRepository() {
        return lessonRepository;
    }

    public GradeService grades() {
        return grades;
    }

    public GradeBookService gradeBooks() {
        return gradeBooks;
    }

    public AbsenceService absences() {
        return absences;
    }

    /** The lesson write path; {@code text} names the 1 September topic and days off in the user's language. */
    public LessonService lessons(Messages text) {
        return new LessonService(store, schoolRepository, timetableRepository, lessonRepository, text);
    }

    /** The class diary and teacher's day, as seen now by the journal's clock. */
    public LessonViews lessonViews(Messages text) {
        return new LessonViews(schoolRepository, classRepository, timetableRepository, lessonRepository, text, clock);
    }

    /** The settings the window lets the administrator change, on this journal. */
    public SchoolSettingsService settings() {
        return settings(store, schoolRepository, school, staff);
    }

    /**
     * The settings the window lets the administrator change: the lessons' (entry time, attendance
     * codes, limit) and the grades' (deadlines, transcript day, weights), saved only by an administrator.
     */
    public static SchoolSettingsService settings(JournalStore store, SchoolRepository schoolRepository,
                                                 SchoolService school, StaffService staff) {
        List<SchoolSetting> catalog = Stream.concat(LessonSettingRules.all().stream(), GradeSettingRules.all().stream())
                .toList();
        return new SchoolSettingsService(store, schoolRepository, school, catalog, id -> staff.byId(id)
                .filter(member -> !member.revoked() && member.holds(Role.ADMINISTRATOR)).isPresent());
    }

    public TestPlannerService testPlanner() {
        return testPlanner;
    }

    /** The tutor's journals: individual conversations and the behaviour journal. */
    public TutorJournalService tutorJournals() {
        return tutorJournals;
    }

    /** Messages between staff and the school's news. */
    public MessageService messages() {
        return messages;
    }

    /** Statistics with labels in {@code messages}' language. */
    public StatisticsService statistics(Messages messages) {
        return new StatisticsService(new StatisticsRepository(store),
                schoolRepository, messages);
    }

    /** Statistics printed in {@code messages}' language. */
    public StatisticsPrint statisticsPrint(Messages messages) {
        return new StatisticsPrint(statistics(messages), schoolRepository, messages, clock);
    }

    /** The deputy director's checks of the current year. */
    public ChecksService checks() {
        return new ChecksService(store, schoolRepository, classRepository, timetableRepository, lessonRepository,
                absences, new ChecksRepository(store), clock);
    }

    /** The deputy director's inspection records. */
    public InspectionService inspections() {
        return new InspectionService(store, new InspectionRepository(store), schoolRepository, classRepository);
    }

    public RemarkService remarks() {
        return remarks;
    }

    /** Each class's year: promotion outcomes and the grades still missing. */
    public YearResults yearResults() {
        return yearResults;
    }

    /** The pedagogical council's promotion decisions, by the director's order. */
    public PromotionDecisionService promotionDecisions() {
        return promotionDecisions;
    }

    /** The current year's final grades for the state register. */
    public FinalGrades finalGrades() {
        return new FinalGrades(classRepository, yearResults, year());
    }

    /**
     * The staff and students "Skolas uzbūve" lists, as functions: the school feature does not depend
     * on people.
     */
    public People structurePeople() {
        return new People(
                () -> staff().all().stream().filter(s -> !s.revoked()).map(s -> new Choice(s.id(), s.fullName())).toList(),
                classId -> students().ofClass(classId).stream()
                        .map(s -> new NamedStudent(s.id(), s.fullName(), s.birthDate())).toList(),
                ids -> ids.stream().flatMap(id -> students().details(id).stream()).map(d -> d.student())
                        .map(s -> new NamedStudent(s.id(), s.fullName(), s.birthDate())).toList(),
                id -> staff().byId(id).map(StaffMember::fullName)
                        .or(() -> students().details(id).map(d -> d.student().fullName())).orElse(""));
    }

    /** Closing the school year and opening the next. */
    public YearEndService yearEnd() {
        return yearEnd;
    }

    /** Printing in {@code messages}' language with a staff member's rights. */
    public PrintService printing(Messages messages, StaffMember member) {
        return new PrintService(reads(), messages, clock, yearId -> PrintRights.of(member, classRepository, yearId))
                .onTranscriptsIssued((classId, month) -> checks().transcriptsIssued(Actor.user(member.id()), classId,
                        month));
    }

    /** Printing with the given rights ({@link PrintRights#everything()} for the command line). */
    public PrintService printing(Messages messages, PrintRights rights) {
        return new PrintService(reads(), messages, clock, rights);
    }

    private JournalReads reads() {
        return new JournalReads(schoolRepository, classRepository, staff, students, gradeBooks, absences, testPlanner,
                lessonRepository, remarks, promotionDecisions);
    }

    public Path file() {
        return database.file().file();
    }

    public SchoolYear year() {
        return schoolRepository.currentYear().orElseThrow(() -> UserError.of("school.missing"));
    }

    public String schoolName() {
        return schoolRepository.school().map(lv.klade.school.School::name).orElse("");
    }

    public String yearName() {
        return year().name();
    }

    public String className(UUID classId) {
        return classRepository.schoolClass(classId).map(SchoolClass::name).orElse("?");
    }

    /** True for the demo school, whose login screen lists its users. */
    public boolean isDemo() {
        return schoolRepository.setting(DemoSchool.SETTING).isPresent();
    }

    public Optional<String> setting(String key) {
        return schoolRepository.setting(key);
    }

    @Override
    public void close() {
        database.close();
    }
}
