package io.github.argmap.core.internal;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.Problem;
import io.github.argmap.core.internal.PositionedJson.Kind;
import io.github.argmap.core.internal.PositionedJson.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a node's {@link NodeField}s from a JSON object parsed by {@link PositionedJson}, as the
 * argmap extensions of AIF and SADFace carry them: unknown fields, values of the wrong type and
 * numbers that are not finite are problems at their place, and the fields read well are kept.
 */
public final class TreeFields {
    private TreeFields() {}

    /**
     * Reads the allowed fields of one object. Linear in the object's size.
     *
     * @param object the object, already known to be a JSON object
     * @param allowed the fields this object may have
     * @param what the object in messages, such as {@code "the extension of node '5'"}
     * @param file the file's name in problems
     * @param problems where problems go
     * @return the values read; fields with problems are left out
     */
    public static NodeField.Values read(Value object, List<NodeField> allowed, String what, String file,
            List<Problem> problems) {
        return read(object, allowed, List.of(), what, file, problems);
    }

    /**
     * Reads the allowed fields of one object that also has fields of its format's own, which the
     * caller reads. Linear in the object's size.
     *
     * @param object the object, already known to be a JSON object
     * @param allowed the fields this object may have
     * @param own the names of the format's own fields, skipped here
     * @param what the object in messages, such as {@code "the extension of node '5'"}
     * @param file the file's name in problems
     * @param problems where problems go
     * @return the values read; fields with problems are left out
     */
    public static NodeField.Values read(Value object, List<NodeField> allowed, List<String> own, String what,
            String file, List<Problem> problems) {
        NodeField.Values out = new NodeField.Values();
        for (Map.Entry<String, Value> e : object.fields().entrySet()) {
            if (own.contains(e.getKey())) {
                continue;
            }
            NodeField f = NodeField.byKey(e.getKey()).filter(allowed::contains).orElse(null);
            Value v = e.getValue();
            if (f == null) {
                List<String> keys = new ArrayList<>(own);
                keys.addAll(NodeField.keys(allowed));
                problems.add(v.problem(file, format(Messages.UNKNOWN_FIELD, e.getKey(), what, String.join(", ", keys))));
                continue;
            }
            String field = what + " \"" + f.key() + "\"";
            switch (f.type()) {
                case TEXT -> {
                    if (v.is(Kind.STRING)) {
                        out.put(f, v.text());
                    } else {
                        problems.add(v.problem(file, format(Messages.WRONG_TYPE, field, "a string", v.kind().description())));
                    }
                }
                case TEXTS -> {
                    if (!v.is(Kind.ARRAY)) {
                        problems.add(v.problem(file, format(Messages.WRONG_TYPE, field, "an array", v.kind().description())));
                        continue;
                    }
                    List<String> items = new ArrayList<>(v.items().size());
                    for (Value item : v.items()) {
                        if (item.is(Kind.STRING)) {
                            items.add(item.text());
                        } else {
                            problems.add(item.problem(file, format(Messages.WRONG_TYPE, field + " item", "a string",
                                    item.kind().description())));
                        }
                    }
                    out.put(f, items);
                }
                case NUMBER -> {
                    if (!v.is(Kind.INTEGER) && !v.is(Kind.DECIMAL)) {
                        problems.add(v.problem(file, format(Messages.WRONG_TYPE, field, "a number", v.kind().description())));
                        continue;
                    }
                    double d = Double.parseDouble(v.text());
                    if (Double.isFinite(d)) {
                        out.put(f, d);
                    } else {
                        problems.add(v.problem(file, format(Messages.NOT_A_NUMBER, field, v.text())));
                    }
                }
            }
        }
        return out;
    }
}
