package io.github.argmap.examples.cli;

import java.util.List;
import java.util.Objects;

/**
 * One option of a command: its names, the label of its value (null for a flag, which takes none),
 * its line of help, the value it has when not given, and whether it must be given.
 *
 * @param names the names, short ({@code -o}) before long ({@code --output}); the last is the key
 *     {@link ParsedArgs} reads it by
 * @param paramLabel the value's label in help and messages, such as {@code FILE}; null for a flag
 * @param description the help text, one or more sentences
 * @param defaultValue the value when the option is not given, or null for none
 * @param required whether a run without the option is a usage error
 */
record OptionSpec(List<String> names, String paramLabel, String description, String defaultValue, boolean required) {
    /**
     * Checks the declaration, so that a mistake in a command's table fails every test rather than a user's run.
     *
     * @throws IllegalArgumentException for a name that is not {@code -x} or {@code --word}, or a flag
     *     with a default or marked required
     */
    OptionSpec {
        names = List.copyOf(names);
        Objects.requireNonNull(description, "description");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an option needs a name");
        }
        for (String name : names) {
            boolean isShort = name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-';
            boolean isLong = name.length() > 2 && name.startsWith("--") && name.indexOf('=') < 0;
            // Several letters after one dash, such as ICCMA's -fo: matched whole before clustering.
            boolean isWord = name.length() > 2 && name.charAt(0) == '-' && name.chars().skip(1).allMatch(Character::isLetter);
            if (!isShort && !isLong && !isWord) {
                throw new IllegalArgumentException("not an option name: " + name);
            }
        }
        if (paramLabel == null && (defaultValue != null || required)) {
            throw new IllegalArgumentException(names + ": a flag has no default and is never required");
        }
    }

    /**
     * A flag: an option that takes no value and is off unless given.
     *
     * @param name the flag's name, such as {@code --strength}
     * @param description the help text
     * @return the flag
     */
    static OptionSpec flag(String name, String description) {
        return new OptionSpec(List.of(name), null, description, null, false);
    }

    /**
     * A flag with a short and a long name, such as {@code -h} and {@code --help}.
     *
     * @param shortName the one-letter name
     * @param longName the long name
     * @param description the help text
     * @return the flag
     */
    static OptionSpec flag(String shortName, String longName, String description) {
        return new OptionSpec(List.of(shortName, longName), null, description, null, false);
    }

    /**
     * An option that takes a value, optional and without a default.
     *
     * @param name the option's name, such as {@code --focus}
     * @param paramLabel the value's label, such as {@code CLAIM}
     * @param description the help text
     * @return the option
     */
    static OptionSpec value(String name, String paramLabel, String description) {
        return new OptionSpec(List.of(name), Objects.requireNonNull(paramLabel), description, null, false);
    }

    /**
     * An option with a short and a long name that takes a value, such as {@code -o, --output FILE}.
     *
     * @param shortName the one-letter name
     * @param longName the long name
     * @param paramLabel the value's label
     * @param description the help text
     * @return the option
     */
    static OptionSpec value(String shortName, String longName, String paramLabel, String description) {
        return new OptionSpec(List.of(shortName, longName), Objects.requireNonNull(paramLabel), description, null, false);
    }

    /**
     * This option with a value for when it is not given.
     *
     * @param value the default, as the user would type it
     * @return the new declaration
     */
    OptionSpec withDefault(String value) {
        return new OptionSpec(names, paramLabel, description, Objects.requireNonNull(value), required);
    }

    /**
     * This option, but one that every run must give.
     *
     * @return the new declaration
     */
    OptionSpec asRequired() {
        return new OptionSpec(names, paramLabel, description, defaultValue, true);
    }

    /**
     * Whether the option takes no value.
     *
     * @return true for a flag
     */
    boolean isFlag() {
        return paramLabel == null;
    }

    /**
     * The name the parsed result is read by: the last, long name.
     *
     * @return the key, such as {@code --output}
     */
    String key() {
        return names.get(names.size() - 1);
    }

    /**
     * The one-letter name, if the option has one.
     *
     * @return the name such as {@code -o}, or null
     */
    String shortName() {
        String first = names.get(0);
        return first.startsWith("--") ? null : first;
    }
}
