package io.github.argmap.core.graphml;

import io.github.argmap.core.internal.NodeField;
import java.util.List;

/**
 * Which of a node's fields argmap's GraphML carries as {@code <data>}, and under which key: all but
 * the id, which is the node's own {@code id} attribute.
 */
final class GraphmlFields {
    private GraphmlFields() {}

    /** A claim's fields, as data, in the order the writer writes them. */
    static final List<NodeField> CLAIM = NodeField.without(NodeField.CLAIM, NodeField.ID);

    /** An argument node's fields, as data, in the order the writer writes them. */
    static final List<NodeField> ARGUMENT = NodeField.without(NodeField.ARGUMENT, NodeField.ID);

    /** Every field a node's data may hold, in the order the keys are declared. */
    static final List<NodeField> ALL = NodeField.without(List.of(NodeField.values()), NodeField.ID);

    /**
     * Returns the key of a field's data.
     *
     * @param f the field
     * @return {@code n_} and the field's name
     */
    static String key(NodeField f) {
        return "n_" + f.key();
    }
}
