package lv.klade.i18n;

/**
 * Thrown when a request cannot be carried out for a reason the user can act on. Thrown inside the
 * write path it rolls the whole transaction back, so nothing is half written.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public UserError(Problem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public UserError(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public static UserError of(String key, Object... args) {
        return new UserError(Problem.of(key, args));
    }

    public Problem problem() {
        return problem;
    }
}
