package io.github.argmap.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a map, or a file meant to hold one, breaks the rules; carries every problem found.
 *
 * <p>Builders and readers collect all the problems they can before throwing, so a user fixes a
 * file in one pass. The message lists them one per line, each as {@link Problem#toString()}.
 *
 * <pre>{@code
 * try {
 *     map = JsonMapReader.read(path);
 * } catch (InvalidMapException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public class InvalidMapException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Problems are values; the list is immutable. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidMapException(List<Problem> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidMapException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order they were found.
     *
     * @return an immutable list, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
