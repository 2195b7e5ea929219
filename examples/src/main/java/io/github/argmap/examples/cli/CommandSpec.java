package io.github.argmap.examples.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a command accepts and how its help describes it: a plain table that {@link ArgsParser}
 * and {@link HelpFormatter} read, in place of annotations read by reflection at start-up.
 *
 * @param name the command's name, such as {@code dot}; empty for {@code argmap} itself
 * @param summary one whole sentence, shown first in the command's help and beside its name in the
 *     list of commands
 * @param details further paragraphs of the command's help, each wrapped on its own
 * @param parameters the positional parameters, in order
 * @param options the command's own options; {@link #allOptions()} adds the ones every command has
 */
record CommandSpec(String name, String summary, List<String> details, List<ParameterSpec> parameters,
        List<OptionSpec> options) {
    /** The program's name, which every synopsis starts with. */
    static final String PROGRAM = "argmap";
    /** Every command's {@code --debug}. */
    static final OptionSpec DEBUG = OptionSpec.flag("--debug", "Show stack traces of errors.");
    /** Every command's {@code -h, --help}. */
    static final OptionSpec HELP = OptionSpec.flag("-h", "--help", "Show this help message and exit.");
    /** Every command's {@code -V, --version}. */
    static final OptionSpec VERSION = OptionSpec.flag("-V", "--version", "Print version information and exit.");

    /**
     * Checks that no name is declared twice, counting the options every command has.
     *
     * @throws IllegalArgumentException for a name declared twice, or more than one parameter that
     *     takes any number of arguments
     */
    CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
        parameters = List.copyOf(parameters);
        options = List.copyOf(options);
        Set<String> names = new HashSet<>();
        for (OptionSpec o : options) {
            for (String n : o.names()) {
                if (!names.add(n) || n.equals("--debug") || n.equals("-h") || n.equals("--help") || n.equals("-V")
                        || n.equals("--version")) {
                    throw new IllegalArgumentException(name + ": option " + n + " declared twice");
                }
            }
        }
        int unbounded = 0;
        for (ParameterSpec p : parameters) {
            unbounded += p.max() == Integer.MAX_VALUE ? 1 : 0;
        }
        if (unbounded > 1) {
            // Two parameters that both take any number of arguments could not be told apart.
            throw new IllegalArgumentException(name + ": at most one parameter may take any number of arguments");
        }
    }

    /**
     * The command's options followed by {@code --debug}, {@code -h, --help} and {@code -V, --version}.
     *
     * @return every option the command accepts, in the order help lists them
     */
    List<OptionSpec> allOptions() {
        List<OptionSpec> all = new ArrayList<>(options.size() + 3);
        all.addAll(options);
        all.add(DEBUG);
        all.add(HELP);
        all.add(VERSION);
        return all;
    }

    /**
     * The name a user types to run the command, such as {@code argmap dot}.
     *
     * @return the program's name, then the command's if it has one
     */
    String qualifiedName() {
        return name.isEmpty() ? PROGRAM : PROGRAM + " " + name;
    }

    /**
     * Joins option lists, so that commands can share a group of options such as the diagram's.
     *
     * @param first the options listed first
     * @param more the options after them
     * @return a new list of both
     */
    static List<OptionSpec> join(List<OptionSpec> first, OptionSpec... more) {
        List<OptionSpec> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
