package io.github.argmap.examples.cli;

import java.util.Objects;

/**
 * One positional parameter of a command: its label, its line of help, and how many arguments it takes.
 *
 * @param label the label in help and messages, such as {@code MAP}, without brackets or dots
 * @param description the help text
 * @param min the fewest arguments it takes, 0 or 1
 * @param max the most, at least {@code min} and at least 1; {@link Integer#MAX_VALUE} for any number
 */
record ParameterSpec(String label, String description, int min, int max) {
    /**
     * Checks the declaration.
     *
     * @throws IllegalArgumentException for counts outside {@code 0 <= min <= max, 1 <= max}
     */
    ParameterSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (min < 0 || min > 1 || max < 1 || max < min) {
            throw new IllegalArgumentException(label + ": takes " + min + " to " + max + " arguments");
        }
    }

    /**
     * A parameter that may be left out, such as {@code [MAP]}.
     *
     * @param label the label
     * @param description the help text
     * @return the parameter
     */
    static ParameterSpec optional(String label, String description) {
        return new ParameterSpec(label, description, 0, 1);
    }

    /**
     * A parameter that must be given once, such as {@code CLAIM}.
     *
     * @param label the label
     * @param description the help text
     * @return the parameter
     */
    static ParameterSpec required(String label, String description) {
        return new ParameterSpec(label, description, 1, 1);
    }

    /**
     * A parameter given one or more times, such as {@code MAP...}.
     *
     * @param label the label
     * @param description the help text
     * @return the parameter
     */
    static ParameterSpec oneOrMore(String label, String description) {
        return new ParameterSpec(label, description, 1, Integer.MAX_VALUE);
    }

    /**
     * How the parameter is written in a synopsis: {@code [MAP]}, {@code CLAIM} or {@code MAP...}.
     *
     * @return the synopsis form
     */
    String synopsis() {
        String repeated = max > 1 ? label + "..." : label;
        return min == 0 ? "[" + repeated + "]" : repeated;
    }
}
