package io.github.argmap.core.internal;

import io.github.argmap.core.Argument;
import io.github.argmap.core.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The fields of a claim and of an argument node as every format spells them, once: their names,
 * their types and the order writers write them in. The JSON reader and writer, the argmap
 * extensions of AIF, SADFace and GraphML, and the data of Argdown statements all go through this
 * table (with {@link NodeValues} to assemble what a reader found), so that a new field reaches every
 * format from here and no two formats can spell or type it differently.
 */
public enum NodeField {
    /** The node's id. */
    ID("id", Type.TEXT),
    /** A short title. */
    TITLE("title", Type.TEXT),
    /** The statement, or an argument's description (may be empty for an argument). */
    TEXT("text", Type.TEXT),
    /** An argument's premises, as claim ids. */
    PREMISES("premises", Type.TEXTS),
    /** An argument's conclusion, a claim id. */
    CONCLUSION("conclusion", Type.TEXT),
    /** The speaker's id. */
    SPEAKER("speaker", Type.TEXT),
    /** The section's id. */
    SECTION("section", Type.TEXT),
    /** The verbatim words from the source. */
    QUOTE("quote", Type.TEXT),
    /** Tags, a list of strings. */
    TAGS("tags", Type.TEXTS),
    /** A free note. */
    NOTE("note", Type.TEXT),
    /** A claim's base weight, a finite number. */
    WEIGHT("weight", Type.NUMBER);

    /** The type of a field's value: a string, a list of strings, or a finite number. */
    public enum Type {
        /** A {@code String}. */
        TEXT,
        /** A {@code List<String>}. */
        TEXTS,
        /** A finite {@code Double}. */
        NUMBER
    }

    /** A claim's fields, in the order writers write them. */
    public static final List<NodeField> CLAIM = List.of(ID, TITLE, TEXT, SPEAKER, SECTION, QUOTE, TAGS, NOTE, WEIGHT);

    /** An argument node's fields, in the order writers write them. */
    public static final List<NodeField> ARGUMENT =
            List.of(ID, TITLE, TEXT, PREMISES, CONCLUSION, SPEAKER, SECTION, QUOTE, TAGS, NOTE);

    private static final NodeField[] ALL = values();

    private final String key;
    private final Type type;

    NodeField(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    /**
     * Returns the field's name in every format that names fields.
     *
     * @return the name, such as {@code "quote"}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the type of the field's value.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * Finds a field by its name.
     *
     * @param key a field name
     * @return the field, or empty when no field has that name
     */
    public static Optional<NodeField> byKey(String key) {
        for (NodeField f : ALL) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the names of some fields, in their order, for messages that list what is allowed.
     *
     * @param fields the fields
     * @return their names
     */
    public static List<String> keys(List<NodeField> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (NodeField f : fields) {
            out.add(f.key);
        }
        return List.copyOf(out);
    }

    /**
     * Returns a list of fields without some of them, keeping the order; a format that carries a field
     * in its own structure (AIF's speakers, Argdown's sections and tags) leaves it out of its extension.
     *
     * @param fields the fields
     * @param left the fields to leave out
     * @return the fields that remain
     */
    public static List<NodeField> without(List<NodeField> fields, NodeField... left) {
        List<NodeField> out = new ArrayList<>(fields);
        out.removeAll(List.of(left));
        return List.copyOf(out);
    }

    /**
     * Returns a claim's value of this field: a {@code String}, a non-empty {@code List<String>} or a
     * {@code Double}, or null when the claim has none (an absent optional, no tags). Constant time.
     *
     * @param c the claim
     * @return the value, or null
     * @throws IllegalArgumentException when claims have no such field
     */
    public Object of(Claim c) {
        return switch (this) {
            case ID -> c.id();
            case TITLE -> c.title().orElse(null);
            case TEXT -> c.text();
            case SPEAKER -> c.speaker().orElse(null);
            case SECTION -> c.section().orElse(null);
            case QUOTE -> c.quote().orElse(null);
            case TAGS -> c.tags().isEmpty() ? null : c.tags();
            case NOTE -> c.note().orElse(null);
            case WEIGHT -> c.weight().isPresent() ? c.weight().getAsDouble() : null;
            case PREMISES, CONCLUSION -> throw new IllegalArgumentException("a claim has no field \"" + key + "\"");
        };
    }

    /**
     * Returns an argument node's value of this field, as {@link #of(Claim)} does: null when absent,
     * an empty text or no premises included.
     *
     * @param a the argument
     * @return the value, or null
     * @throws IllegalArgumentException when arguments have no such field
     */
    public Object of(Argument a) {
        return switch (this) {
            case ID -> a.id();
            case TITLE -> a.title().orElse(null);
            case TEXT -> a.text().isEmpty() ? null : a.text();
            case PREMISES -> a.premises().isEmpty() ? null : a.premises();
            case CONCLUSION -> a.conclusion().orElse(null);
            case SPEAKER -> a.speaker().orElse(null);
            case SECTION -> a.section().orElse(null);
            case QUOTE -> a.quote().orElse(null);
            case TAGS -> a.tags().isEmpty() ? null : a.tags();
            case NOTE -> a.note().orElse(null);
            case WEIGHT -> throw new IllegalArgumentException("an argument node has no field \"weight\"");
        };
    }

    /**
     * Collects the values a reader found for one node and assembles the claim or argument from them.
     * Readers check types as their format requires and put values of the field's {@link Type}.
     */
    public static final class Values {
        private final Object[] values = new Object[ALL.length];

        /**
         * Sets a field's value.
         *
         * @param f the field
         * @param value a {@code String}, {@code List<String>} or {@code Double} as the field's type
         *     says, or null to clear it
         * @return this
         * @throws IllegalArgumentException when the value's type is not the field's
         */
        public Values put(NodeField f, Object value) {
            boolean ok = value == null || switch (f.type) {
                case TEXT -> value instanceof String;
                case TEXTS -> value instanceof List<?>;
                case NUMBER -> value instanceof Double;
            };
            if (!ok) {
                throw new IllegalArgumentException("field \"" + f.key + "\" takes a " + f.type + ", not " + value.getClass());
            }
            values[f.ordinal()] = value;
            return this;
        }

        /**
         * Returns whether a field has a value.
         *
         * @param f the field
         * @return true when set
         */
        public boolean has(NodeField f) {
            return values[f.ordinal()] != null;
        }

        /**
         * Returns a field's text value.
         *
         * @param f a field of type TEXT
         * @return the text, or empty
         */
        public Optional<String> text(NodeField f) {
            return Optional.ofNullable((String) values[f.ordinal()]);
        }

        @SuppressWarnings("unchecked")
        private List<String> texts(NodeField f) {
            Object v = values[f.ordinal()];
            return v == null ? List.of() : (List<String>) v;
        }

        /**
         * Builds the claim; its id and text must be set.
         *
         * @return the claim
         * @throws IllegalStateException when the id or the text is missing
         */
        public Claim claim() {
            Double weight = (Double) values[WEIGHT.ordinal()];
            return new Claim(required(ID), required(TEXT), text(SPEAKER), text(SECTION), text(QUOTE), texts(TAGS),
                    text(NOTE), weight == null ? OptionalDouble.empty() : OptionalDouble.of(weight), text(TITLE));
        }

        /**
         * Builds the argument node; its id must be set, its text is empty when missing.
         *
         * @return the argument
         * @throws IllegalStateException when the id is missing
         */
        public Argument argument() {
            return new Argument(required(ID), text(TEXT).orElse(""), text(TITLE), texts(PREMISES), text(CONCLUSION),
                    text(SPEAKER), text(SECTION), text(QUOTE), texts(TAGS), text(NOTE));
        }

        private String required(NodeField f) {
            return text(f).orElseThrow(() -> new IllegalStateException("no \"" + f.key + "\" read"));
        }
    }
}
