package io.github.argmap.core;

import java.util.Objects;

/**
 * One thing wrong with a map, with where it is.
 *
 * <p>A problem found while reading a file carries the file, line and column, and prints as
 * {@code FILE:LINE:COLUMN: message}. A problem found by {@link ArgumentMap.Builder#build()} carries
 * a JSON pointer into the map's file shape (such as {@code /relations/3/to}); a reader turns that
 * pointer into a line and column when it knows one. Without a position it prints as
 * {@code FILE: /pointer: message}.
 *
 * @param file the file's name as the user gave it, or empty when the map did not come from a file
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer a JSON pointer to the offending value, or empty
 * @param message what is wrong and how to fix it
 */
public record Problem(String file, int line, int column, String pointer, String message) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param file the file's name as the user gave it, or empty when the map did not come from a file
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param pointer a JSON pointer to the offending value, or empty
     * @param message what is wrong and how to fix it
     * @throws NullPointerException when a component is {@code null}
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem at a JSON pointer, with no file or position yet.
     *
     * @param pointer the JSON pointer
     * @param message the message
     * @return the problem
     */
    public static Problem at(String pointer, String message) {
        return new Problem("", 0, 0, pointer, message);
    }

    /**
     * Copies this problem with a file name.
     *
     * @param fileName the file as the user named it
     * @return the copy
     */
    public Problem inFile(String fileName) {
        return new Problem(fileName, line, column, pointer, message);
    }

    /**
     * Copies this problem with a position.
     *
     * @param newLine the 1-based line
     * @param newColumn the 1-based column
     * @return the copy
     */
    public Problem atPosition(int newLine, int newColumn) {
        return new Problem(file, newLine, newColumn, pointer, message);
    }

    /**
     * Tells whether a line and column are known.
     *
     * @return {@code true} when {@link #line()} is positive
     */
    public boolean hasPosition() {
        return line > 0;
    }

    /**
     * Formats the problem as {@code FILE:LINE:COLUMN: message}, {@code FILE: /pointer: message}
     * or, without a file, {@code /pointer: message}.
     *
     * @return the one-line report
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (hasPosition()) {
                out.append(':').append(line).append(':').append(column);
            }
            out.append(": ");
        } else if (hasPosition()) {
            out.append(line).append(':').append(column).append(": ");
        }
        if (!hasPosition() && !pointer.isEmpty()) {
            out.append(pointer).append(": ");
        }
        return out.append(message).toString();
    }
}
