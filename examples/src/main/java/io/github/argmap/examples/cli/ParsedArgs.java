package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line as {@link ArgsParser} read it: the values of the options given, the flags given,
 * and the positional arguments of each parameter.
 *
 * <p>Options are read by their key, the last of their names ({@code --output} for
 * {@code -o, --output}); values are converted here, so that a bad number is a usage error about
 * the right command.
 *
 * @param command the command the arguments are for
 * @param values the value of each option given with one, by key
 * @param flags the keys of the flags given
 * @param parameters the arguments of each positional parameter, by label; a parameter given no
 *     argument has an empty list
 * @param positionals every positional argument, in order
 */
record ParsedArgs(CommandSpec command, Map<String, String> values, Set<String> flags,
        Map<String, List<String>> parameters, List<String> positionals) {
    /** Copies the collections, so that the result cannot change. */
    ParsedArgs {
        values = Map.copyOf(values);
        flags = Set.copyOf(flags);
        parameters = Map.copyOf(parameters);
        positionals = List.copyOf(positionals);
    }

    /**
     * Whether a flag was given.
     *
     * @param key the flag's last name, such as {@code --strength}
     * @return true when given
     * @throws IllegalArgumentException when the command declares no flag by that name
     */
    boolean flag(String key) {
        if (!option(key).isFlag()) {
            throw new IllegalArgumentException(key + " takes a value");
        }
        return flags.contains(key);
    }

    /**
     * Whether an option was given on the command line, with or without a value.
     *
     * @param key the option's last name
     * @return true when given, false when only its default applies
     * @throws IllegalArgumentException when the command declares no option by that name
     */
    boolean given(String key) {
        option(key);
        return flags.contains(key) || values.containsKey(key);
    }

    /**
     * An option's value: the one given, else the default.
     *
     * @param key the option's last name, such as {@code --format}
     * @return the value, or null when neither given nor defaulted
     * @throws IllegalArgumentException when the command declares no option by that name, or a flag
     */
    String value(String key) {
        OptionSpec o = option(key);
        if (o.isFlag()) {
            throw new IllegalArgumentException(key + " is a flag");
        }
        String v = values.get(key);
        return v != null ? v : o.defaultValue();
    }

    /**
     * An option's value as a whole number (an {@code int}), written in ASCII digits with an optional sign.
     *
     * @param key the option's last name, such as {@code --depth}
     * @return the number
     * @throws UsageException when the value is not a whole number or does not fit an {@code int}
     * @throws IllegalStateException when the option has no value and no default
     */
    int wholeNumber(String key) {
        String v = value(key);
        if (v == null) {
            throw new IllegalStateException(key + " has no value and no default");
        }
        int start = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
        boolean digits = v.length() > start;
        for (int i = start; i < v.length() && digits; i++) {
            // Only ASCII digits: Integer.parseInt would also take Arabic-Indic and other digits.
            digits = v.charAt(i) >= '0' && v.charAt(i) <= '9';
        }
        if (!digits) {
            String example = option(key).defaultValue() != null ? option(key).defaultValue() : "3";
            throw new UsageException(command, format(CliMessages.NOT_A_WHOLE_NUMBER, key, ArgsParser.shown(v), key, example));
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(command,
                    format(CliMessages.NUMBER_OUT_OF_RANGE, key, ArgsParser.shown(v), Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
    }

    /**
     * An option's value as a file path.
     *
     * @param key the option's last name, such as {@code --output}
     * @return the path, or null when neither given nor defaulted
     * @throws UsageException when the value is not a path on this system (a NUL character, say)
     */
    Path path(String key) {
        String v = value(key);
        if (v == null) {
            return null;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException(command, format(CliMessages.NOT_A_PATH, key, ArgsParser.shown(v), e.getReason()));
        }
    }

    /**
     * The argument of a parameter that takes at most one.
     *
     * @param label the parameter's label, such as {@code MAP}
     * @return the argument, or null when the parameter was left out
     * @throws IllegalArgumentException when the command declares no parameter by that label
     */
    String positional(String label) {
        List<String> given = positionals(label);
        return given.isEmpty() ? null : given.get(0);
    }

    /**
     * The arguments of a parameter, in order.
     *
     * @param label the parameter's label, such as {@code MAP}
     * @return the arguments, empty when left out
     * @throws IllegalArgumentException when the command declares no parameter by that label
     */
    List<String> positionals(String label) {
        List<String> given = parameters.get(label);
        if (given == null) {
            throw new IllegalArgumentException(command.qualifiedName() + " has no parameter " + label);
        }
        return given;
    }

    private OptionSpec option(String key) {
        for (OptionSpec o : command.allOptions()) {
            if (o.key().equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException(command.qualifiedName() + " has no option " + key);
    }
}
