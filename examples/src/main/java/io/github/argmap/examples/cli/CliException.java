package io.github.argmap.examples.cli;

/**
 * A failure the user can fix, reported as one line on standard error with exit code 1.
 *
 * <p>The message already names the file and the place; no stack trace is shown unless
 * {@code --debug} is given.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
