package io.github.argmap.core.internal;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.internal.JacksonText;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.TextLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON document as a tree whose every value knows its line and column, for format readers that
 * must name the place of each problem but walk the document in an order of their own.
 *
 * <p>The tree is built from Jackson's token stream with an explicit stack, so a deeply nested
 * document cannot overflow the call stack; nesting depth, string and number sizes are bounded as in
 * {@link io.github.argmap.core.json.JsonMapReader}. A field given twice is an error, as it is there.
 *
 * <pre>{@code
 * PositionedJson.Value root = PositionedJson.parse(bytes, "debate.json", 1, 1);
 * root.field("nodes").ifPresent(nodes -> nodes.items().size());
 * }</pre>
 */
public final class PositionedJson {
    /** The deepest nesting accepted; far beyond any format argmap reads. */
    public static final int MAX_NESTING = 64;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = TextLimits.MAX_TEXT;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(64)
                    .build())
            .build();

    private PositionedJson() {}

    /** The kind of a JSON value. */
    public enum Kind {
        /** {@code {...}} */
        OBJECT("an object"),
        /** {@code [...]} */
        ARRAY("an array"),
        /** a string */
        STRING("a string"),
        /** a number without fraction or exponent */
        INTEGER("a number"),
        /** a number with a fraction or exponent */
        DECIMAL("a number"),
        /** {@code true} or {@code false} */
        BOOLEAN("a boolean"),
        /** {@code null} */
        NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * How messages name the kind.
         *
         * @return such as {@code an object}
         */
        public String description() {
            return description;
        }
    }

    /**
     * One JSON value and where it starts.
     *
     * @param kind the kind
     * @param line the 1-based line of its first character
     * @param column the 1-based column of its first character
     * @param text a scalar's text (the string itself, or the number, boolean or null as written); empty for containers
     * @param fields an object's fields in file order; empty otherwise
     * @param items an array's items; empty otherwise
     */
    public record Value(Kind kind, int line, int column, String text, Map<String, Value> fields, List<Value> items) {
        /**
         * Checks that no component is {@code null}; the collections are taken as they are, unmodifiable.
         *
         * @param kind the kind
         * @param line the 1-based line of its first character
         * @param column the 1-based column of its first character
         * @param text a scalar's text (the string itself, or the number, boolean or null as written); empty for containers
         * @param fields an object's fields in file order; empty otherwise
         * @param items an array's items; empty otherwise
         * @throws NullPointerException when a component is {@code null}
         */
        public Value {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(fields, "fields");
            java.util.Objects.requireNonNull(items, "items");
        }

        /**
         * Looks up a field of an object.
         *
         * @param name the field's name
         * @return its value, or empty when absent or when this is not an object
         */
        public Optional<Value> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }

        /**
         * Tells whether this value is of a kind.
         *
         * @param wanted the kind
         * @return {@code true} when it is
         */
        public boolean is(Kind wanted) {
            return kind == wanted;
        }

        /**
         * A problem at this value's position.
         *
         * @param file the file's name
         * @param message the message
         * @return the problem
         */
        public Problem problem(String file, String message) {
            return new Problem(file, line, column, "", message);
        }
    }

    /**
     * Parses one JSON document.
     *
     * @param bytes the document, UTF-8 (or UTF-16/32 with a byte order mark)
     * @param name the name problems are reported under
     * @param firstLine the line the document starts on in its file, for documents embedded in another format
     * @param firstColumn the column the document's first line starts at
     * @return the root value
     * @throws InvalidMapException when the bytes are empty, not JSON, truncated, too large, followed by
     *     more content, or repeat a field
     */
    public static Value parse(byte[] bytes, String name, int firstLine, int firstColumn) {
        return new Parse(name, firstLine, firstColumn).run(bytes);
    }

    /**
     * The fields of a small object, in file order, in two arrays: a hash map per object made a big
     * AIF file's tree several times larger than it needs to be. Unmodifiable.
     */
    private static final class SmallMap extends AbstractMap<String, Value> {
        static final int MAX = 8;
        private final String[] keys;
        private final Value[] values;

        SmallMap(Map<String, Value> fields) {
            keys = new String[fields.size()];
            values = new Value[fields.size()];
            int i = 0;
            for (Map.Entry<String, Value> e : fields.entrySet()) {
                keys[i] = e.getKey();
                values[i++] = e.getValue();
            }
        }

        @Override
        public Value get(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Map.Entry<String, Value>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Value>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Map.Entry<String, Value> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }

    /** Builds the tree of one document; frames stand for the containers still open. */
    private static final class Parse {
        private final String name;
        private final int firstLine;
        private final int firstColumn;
        private final List<Problem> problems = new ArrayList<>();

        Parse(String name, int firstLine, int firstColumn) {
            this.name = name;
            this.firstLine = firstLine;
            this.firstColumn = firstColumn;
        }

        private static final class Frame {
            final Kind kind;
            final int line;
            final int column;
            final Map<String, Value> fields = new LinkedHashMap<>();
            final ArrayList<Value> items = new ArrayList<>();
            String pendingName;
            boolean skipPending;

            Frame(Kind kind, int line, int column) {
                this.kind = kind;
                this.line = line;
                this.column = column;
            }

            Value close() {
                Map<String, Value> f;
                if (fields.isEmpty()) {
                    f = Map.of();
                } else if (fields.size() <= SmallMap.MAX) {
                    f = new SmallMap(fields);
                } else {
                    f = Collections.unmodifiableMap(fields);
                }
                List<Value> i;
                if (items.isEmpty()) {
                    i = List.of();
                } else {
                    items.trimToSize();
                    i = Collections.unmodifiableList(items);
                }
                return new Value(kind, line, column, "", f, i);
            }
        }

        Value run(byte[] bytes) {
            JsonParser p = null;
            Value root = null;
            try (JsonParser parser = FACTORY.createParser(bytes)) {
                p = parser;
                Deque<Frame> open = new ArrayDeque<>();
                JsonToken token = p.nextToken();
                if (token == null) {
                    fail(new Problem(name, firstLine, firstColumn, "", Messages.FORMAT_EMPTY_JSON));
                }
                while (token != null) {
                    int[] at = position(p.currentTokenLocation());
                    Value done = null;
                    switch (token) {
                        case START_OBJECT:
                            open.push(new Frame(Kind.OBJECT, at[0], at[1]));
                            break;
                        case START_ARRAY:
                            open.push(new Frame(Kind.ARRAY, at[0], at[1]));
                            break;
                        case FIELD_NAME: {
                            Frame frame = open.peek();
                            frame.pendingName = p.currentName();
                            frame.skipPending = frame.fields.containsKey(frame.pendingName);
                            if (frame.skipPending) {
                                problems.add(new Problem(name, at[0], at[1], "",
                                        format(Messages.DUPLICATE_FIELD, frame.pendingName, "this object")));
                            }
                            break;
                        }
                        case END_OBJECT:
                        case END_ARRAY:
                            done = open.pop().close();
                            break;
                        case VALUE_STRING:
                            done = scalar(Kind.STRING, p.getText(), at);
                            break;
                        case VALUE_NUMBER_INT:
                            done = scalar(Kind.INTEGER, p.getText(), at);
                            break;
                        case VALUE_NUMBER_FLOAT:
                            done = scalar(Kind.DECIMAL, p.getText(), at);
                            break;
                        case VALUE_TRUE:
                        case VALUE_FALSE:
                            done = scalar(Kind.BOOLEAN, p.getText(), at);
                            break;
                        case VALUE_NULL:
                            done = scalar(Kind.NULL, "null", at);
                            break;
                        default:
                            fail(new Problem(name, at[0], at[1], "", format(Messages.NOT_JSON, token.name())));
                    }
                    if (done != null) {
                        Frame parent = open.peek();
                        if (parent == null) {
                            root = done;
                            if (p.nextToken() != null) {
                                int[] after = position(p.currentTokenLocation());
                                fail(new Problem(name, after[0], after[1], "", Messages.FORMAT_TRAILING_JSON));
                            }
                            break;
                        } else if (parent.kind == Kind.ARRAY) {
                            parent.items.add(done);
                        } else if (!parent.skipPending) {
                            parent.fields.put(parent.pendingName, done);
                        }
                    }
                    token = p.nextToken();
                }
            } catch (JsonEOFException e) {
                fail(problemAt(e.getLocation(), format(Messages.TRUNCATED, JacksonText.reason(e.getOriginalMessage()))));
            } catch (StreamConstraintsException e) {
                fail(problemAt(p == null ? null : p.currentLocation(), format(Messages.TOO_LARGE, e.getOriginalMessage())));
            } catch (StreamReadException e) {
                String why = JacksonText.reason(e.getOriginalMessage());
                fail(problemAt(e.getLocation(), format(e.getOriginalMessage() != null
                        && e.getOriginalMessage().startsWith("Unexpected end-of-input") ? Messages.TRUNCATED : Messages.NOT_JSON, why)));
            } catch (CharConversionException e) {
                // Jackson guessed UTF-16 or UTF-32 from the first bytes and found no such text.
                fail(new Problem(name, firstLine, firstColumn, "", format(Messages.NOT_TEXT, e.getMessage())));
            } catch (IOException e) {
                // Parsing bytes in memory reads nothing that can fail; kept placed all the same.
                fail(new Problem(name, firstLine, firstColumn, "", format(Messages.CANNOT_READ, e.getMessage())));
            }
            if (!problems.isEmpty()) {
                throw new InvalidMapException(problems);
            }
            return root;
        }

        private static Value scalar(Kind kind, String text, int[] at) {
            return new Value(kind, at[0], at[1], text, Map.of(), List.of());
        }

        private int[] position(JsonLocation l) {
            int line = Math.max(1, l.getLineNr());
            int column = Math.max(1, l.getColumnNr());
            return line == 1 ? new int[] {firstLine, column + firstColumn - 1} : new int[] {line + firstLine - 1, column};
        }

        private Problem problemAt(JsonLocation location, String message) {
            if (location == null || location.getLineNr() < 1) {
                // Without a location the problem is where the document starts: every problem has a place.
                return new Problem(name, firstLine, firstColumn, "", message);
            }
            int[] at = position(location);
            return new Problem(name, at[0], at[1], "", message);
        }

        private void fail(Problem problem) {
            problems.add(problem);
            throw new InvalidMapException(problems);
        }
    }
}
