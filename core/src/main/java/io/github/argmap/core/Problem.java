package io.github.argmap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a map, with where it is.
 *
 * <p>A problem found while reading a file carries the file, line and column, and prints as
 * {@code FILE:LINE:COLUMN: message}. A problem found by {@link ArgumentMap.Builder#build()} carries
 * a structured reference to the element at fault ({@link Element}: its kind, its position in the
 * builder's list, its id and the field), and the same place as a JSON pointer into the map's file
 * shape (such as {@code /relations/3/to}); a reader places the element back in its own file by the
 * element's kind and position, never by parsing the pointer. Without a position a problem prints as
 * {@code FILE: /pointer: message}.
 *
 * @param file the file's name as the user gave it, or empty when the map did not come from a file
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer a JSON pointer to the offending value, or empty
 * @param message what is wrong and how to fix it
 * @param element the element of the map the problem is about, when a rule of the model found it
 */
public record Problem(String file, int line, int column, String pointer, String message, Optional<Element> element) {
    /** The kinds of element a map holds, each with the name of its list in argmap's JSON. */
    public enum Kind {
        /** A speaker, in {@code speakers}. */
        SPEAKER("speakers"),
        /** A section, in {@code sections}. */
        SECTION("sections"),
        /** A claim, in {@code claims}. */
        CLAIM("claims"),
        /** An argument node, in {@code arguments}. */
        ARGUMENT("arguments"),
        /** A relation, in {@code relations}. */
        RELATION("relations");

        private final String list;

        Kind(String list) {
            this.list = list;
        }

        /**
         * The name of the list of such elements in argmap's JSON.
         *
         * @return such as {@code claims}
         */
        public String list() {
            return list;
        }
    }

    /**
     * Which element of a map a problem is about.
     *
     * @param kind the element's kind
     * @param index its position in the builder's list of that kind, from 0
     * @param id its id as given (possibly invalid), or empty when it has none (a relation)
     * @param field the field at fault, such as {@code to} or {@code quote}, or empty for the whole element
     */
    public record Element(Kind kind, int index, String id, String field) {
        /**
         * Checks the components.
         *
         * @param kind the element's kind
         * @param index its position in the builder's list of that kind, from 0
         * @param id its id as given, or empty
         * @param field the field at fault, or empty
         * @throws NullPointerException when a component is {@code null}
         * @throws IllegalArgumentException when the index is negative
         */
        public Element {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(field, "field");
            if (index < 0) {
                throw new IllegalArgumentException("index " + index + " is negative");
            }
        }

        /**
         * The element as a JSON pointer into argmap's file shape.
         *
         * @return such as {@code /claims/3/text} or {@code /relations/2}
         */
        public String pointer() {
            return "/" + kind.list + "/" + index + (field.isEmpty() ? "" : "/" + field);
        }
    }

    /**
     * A problem without an element reference.
     *
     * @param file the file's name, or empty
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param pointer a JSON pointer to the offending value, or empty
     * @param message what is wrong and how to fix it
     */
    public Problem(String file, int line, int column, String pointer, String message) {
        this(file, line, column, pointer, message, Optional.empty());
    }

    /**
     * Checks that no component is {@code null}.
     *
     * @param file the file's name as the user gave it, or empty when the map did not come from a file
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param pointer a JSON pointer to the offending value, or empty
     * @param message what is wrong and how to fix it
     * @param element the element of the map the problem is about, or empty
     * @throws NullPointerException when a component is {@code null}
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
    }

    /**
     * A problem with an element of a map, with no file or position yet; its pointer is the element's.
     *
     * @param element the element at fault
     * @param message the message
     * @return the problem
     */
    public static Problem of(Element element, String message) {
        return new Problem("", 0, 0, element.pointer(), message, Optional.of(element));
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
        return new Problem(fileName, line, column, pointer, message, element);
    }

    /**
     * Copies this problem with a position.
     *
     * @param newLine the 1-based line
     * @param newColumn the 1-based column
     * @return the copy
     */
    public Problem atPosition(int newLine, int newColumn) {
        return new Problem(file, newLine, newColumn, pointer, message, element);
    }

    /**
     * Copies this problem into a file, at a place and a pointer of that file, keeping its message and element.
     *
     * @param fileName the file as the user named it
     * @param newLine the 1-based line, or 0 when unknown
     * @param newColumn the 1-based column, or 0 when unknown
     * @param newPointer the JSON pointer in that file, or empty when the file is not JSON
     * @return the copy
     */
    public Problem placed(String fileName, int newLine, int newColumn, String newPointer) {
        return new Problem(fileName, newLine, newColumn, newPointer, message, element);
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
