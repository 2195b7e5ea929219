package io.github.argmap.core.graphml;

import io.github.argmap.core.internal.NodeField;
import java.util.ArrayList;
import java.util.List;

/** The GraphML keys argmap declares: id, domain, attribute name and type. */
final class Keys {
    private Keys() {}

    record Key(String id, String domain, String name, String type) {}

    /** The version of argmap's GraphML layout; files without {@code g_version} are version 1 (edge ids e1, e2 … and groups). */
    static final String VERSION = "2";
    /** Node ids of nodes that stand for a relation: a prefix with a colon, which no claim or argument id has. */
    static final String RELATION_NODE = "relation:";

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    static final List<Key> GRAPH = List.of(
            new Key("g_title", "graph", "title", "string"),
            new Key("g_source_path", "graph", "source_path", "string"),
            new Key("g_source_title", "graph", "source_title", "string"),
            new Key("g_source_date", "graph", "source_date", "string"),
            new Key("g_notes", "graph", "notes", "string"),
            new Key("g_speakers", "graph", "speakers", "string"),
            new Key("g_sections", "graph", "sections", "string"),
            new Key("g_metadata", "graph", "metadata", "string"),
            new Key("g_version", "graph", "argmap_graphml", "string"));

    /** A node's fields (each {@code n_} and the field's name), then the keys of argument and relation nodes. */
    static final List<Key> NODE = nodeKeys();

    private static List<Key> nodeKeys() {
        List<Key> keys = new ArrayList<>();
        for (NodeField f : GraphmlFields.ALL) {
            keys.add(new Key(GraphmlFields.key(f), "node", f.key(), f.type() == NodeField.Type.NUMBER ? "double" : "string"));
        }
        keys.add(new Key("n_kind", "node", "kind", "string"));
        keys.add(new Key("n_relation", "node", "relation", "string"));
        keys.add(new Key("n_relation_kind", "node", "relation_kind", "string"));
        keys.add(new Key("n_scheme", "node", "scheme", "string"));
        return List.copyOf(keys);
    }

    static final List<Key> EDGE = List.of(
            new Key("e_kind", "edge", "kind", "string"),
            new Key("e_note", "edge", "note", "string"),
            new Key("e_group", "edge", "group", "string"),
            new Key("e_scheme", "edge", "scheme", "string"),
            new Key("e_part", "edge", "part", "string"));
}
