package io.github.argmap.examples.cli;

/**
 * A command line that cannot be run as given: exit code 2, with the message, the command's
 * synopsis and a pointer to its help on standard error.
 *
 * <p>Not an {@link IllegalArgumentException}, so that it is never mistaken for the library's
 * refusal of a request, which exits 1.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The command whose synopsis and help the message points to; transient as a spec is not serializable. */
    private final transient CommandSpec command;

    /**
     * A usage error about a command.
     *
     * @param command the command it is about, whose synopsis is shown; {@code argmap}'s own spec
     *     for errors before a command is known
     * @param message what is wrong and how to fix it, one line
     */
    UsageException(CommandSpec command, String message) {
        super(message, null, false, false);
        this.command = command;
    }

    /**
     * The command the error is about.
     *
     * @return the command's spec
     */
    CommandSpec command() {
        return command;
    }
}
