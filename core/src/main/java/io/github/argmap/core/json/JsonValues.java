package io.github.argmap.core.json;

import static io.github.argmap.core.internal.Messages.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.internal.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed values of one JSON document, read from Jackson's token stream with a positioned problem
 * for every value of the wrong type: the layer under {@link JsonParse}, which knows the format's
 * shape. Problems are collected, not thrown, so that one read reports every problem it can.
 */
abstract class JsonValues {
    final String name;
    final List<Problem> problems = new ArrayList<>();
    /** Where the element being read in each list starts, for "missing field" problems. */
    final Map<String, JsonLocation> elementStarts = new HashMap<>();
    JsonParser p;
    /** Where the current field's name starts: unknown and repeated fields are reported there. */
    JsonLocation fieldName;

    JsonValues(String name) {
        this.name = name;
    }

    void fail(Problem problem) {
        problems.add(problem);
        throw new InvalidMapException(problems);
    }

    Problem problemHere(String pointer, String message) {
        return problemAt(p.currentTokenLocation(), pointer, message);
    }

    Problem problemAt(JsonLocation location, String pointer, String message) {
        if (location == null || location.getLineNr() < 1) {
            return new Problem(name, 0, 0, pointer, message);
        }
        return problemAt(location.getLineNr(), Math.max(1, location.getColumnNr()), pointer, message);
    }

    Problem problemAt(int line, int column, String pointer, String message) {
        return new Problem(name, line, column, pointer, message);
    }

    void report(String pointer, String message) {
        problems.add(problemHere(pointer, message));
    }

    /** Where an element of a list sits; its pointer and name are built only when a problem is reported. */
    record Element(String list, String kind, int index) {
        String pointer() {
            return "/" + list + "/" + index;
        }

        String what() {
            return kind + " " + index;
        }

        String what(String field) {
            return kind + " " + index + " \"" + field + "\"";
        }
    }

    /**
     * Reads one flat object into slots in the order of {@code allowed}: strings, except
     * {@code tags} (a list of strings), {@code weight} (a finite number) and {@code kind} (a
     * relation kind). Returns null when the element cannot be built. Nothing is allocated for
     * messages unless there is a problem: a map of a million claims passes through here.
     */
    Object[] readFields(Element e, List<String> allowed, int required) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            report(e.pointer(), format(Messages.WRONG_TYPE, e.what(), "an object", describe(p.currentToken())));
            p.skipChildren();
            return null;
        }
        JsonLocation start = null;
        Object[] values = new Object[allowed.size()];
        int seen = 0;
        boolean broken = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            int k = allowed.indexOf(field);
            if (k < 0 || (seen & (1 << k)) != 0) {
                JsonLocation name = p.currentTokenLocation();
                p.nextToken();
                String message = k < 0
                        ? format(Messages.UNKNOWN_FIELD, field, e.what(), String.join(", ", allowed))
                        : format(Messages.DUPLICATE_FIELD, field, e.what());
                problems.add(problemAt(name, e.pointer() + "/" + field, message));
                p.skipChildren();
                broken = true;
                continue;
            }
            seen |= 1 << k;
            p.nextToken();
            Object value;
            switch (field) {
                case "tags", "premises": value = fieldStrings(e, field); break;
                case "from": value = p.currentToken() == JsonToken.START_ARRAY
                        ? fieldStrings(e, field) : oneString(fieldString(e, field)); break;
                case "weight": value = fieldNumber(e, field); break;
                case "kind": value = fieldKind(e, field); break;
                default: value = fieldString(e, field);
            }
            if (value == null) {
                broken = true;
            } else {
                values[k] = value;
            }
        }
        if ((seen & required) != required) {
            for (int k = 0; k < allowed.size(); k++) {
                if ((required & (1 << k)) != 0 && (seen & (1 << k)) == 0) {
                    if (start == null) {
                        start = elementStart(e);
                    }
                    problems.add(problemAt(start, e.pointer(), format(Messages.MISSING_FIELD, e.what(), allowed.get(k))));
                }
            }
            broken = true;
        }
        return broken ? null : values;
    }

    /** Where an element's object starts; only on the error path, so the element's start is kept per list. */
    JsonLocation elementStart(Element e) {
        return elementStarts.get(e.list());
    }

    String fieldString(Element e, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        report(e.pointer() + "/" + field, format(Messages.WRONG_TYPE, e.what(field), "a string", describe(p.currentToken())));
        p.skipChildren();
        return null;
    }

    List<String> fieldStrings(Element e, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return stringList(e.pointer() + "/" + field, e.what(field)).orElse(null);
        }
        // The common case without building the pointer and the name, which only a problem needs.
        List<String> out = new ArrayList<>();
        boolean ok = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else {
                string(e.pointer() + "/" + field, e.what(field) + " element");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private static List<String> oneString(String value) {
        return value == null ? null : List.of(value);
    }

    Double fieldNumber(Element e, String field) throws IOException {
        return number(e.pointer() + "/" + field, e.what(field)).orElse(null);
    }

    RelationKind fieldKind(Element e, String field) throws IOException {
        String label = fieldString(e, field);
        if (label == null) {
            return null;
        }
        Optional<RelationKind> kind = RelationKind.fromLabel(label);
        if (kind.isEmpty()) {
            report(e.pointer() + "/" + field, format(Messages.UNKNOWN_KIND, label));
            return null;
        }
        return kind.get();
    }

    @FunctionalInterface
    interface ItemReader {
        void read(int index) throws IOException;
    }

    void readArray(String at, String what, ItemReader item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            report(at, format(Messages.WRONG_TYPE, what, "an array", describe(p.currentToken())));
            p.skipChildren();
            return;
        }
        String list = at.substring(1);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                // One location per element, overwritten each time: a missing field is reported at
                // the start of the element being read.
                elementStarts.put(list, p.currentTokenLocation());
            }
            item.read(i);
            i++;
        }
    }

    boolean expectObject(String at, String what) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        report(at, format(Messages.WRONG_TYPE, what, "an object", describe(p.currentToken())));
        p.skipChildren();
        return false;
    }

    Optional<String> string(String at, String what) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return Optional.of(p.getText());
        }
        report(at, format(Messages.WRONG_TYPE, what, "a string", describe(p.currentToken())));
        p.skipChildren();
        return Optional.empty();
    }

    Optional<List<String>> stringList(String at, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            report(at, format(Messages.WRONG_TYPE, what, "an array of strings", describe(p.currentToken())));
            p.skipChildren();
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Optional<String> s = string(at, what + " element");
            ok &= s.isPresent();
            s.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<Double> number(String at, String what) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (Double.isFinite(d)) {
                return Optional.of(d);
            }
            report(at, format(Messages.NOT_A_NUMBER, what, p.getText()));
            return Optional.empty();
        }
        report(at, format(Messages.WRONG_TYPE, what, "a number", describe(p.currentToken())));
        p.skipChildren();
        return Optional.empty();
    }

    boolean firstTime(Set<String> seen, String field, String what) throws IOException {
        if (seen.add(field)) {
            return true;
        }
        problems.add(problemAt(fieldName, "", format(Messages.DUPLICATE_FIELD, field, what)));
        p.skipChildren();
        return false;
    }

    void unknown(String field, String at, String what, List<String> allowed) throws IOException {
        problems.add(problemAt(fieldName, at, format(Messages.UNKNOWN_FIELD, field, what, String.join(", ", allowed))));
        p.skipChildren();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.asString() == null ? token.name() : token.asString();
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
