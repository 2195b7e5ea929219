package io.github.argmap.core.graphml;

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

    static final List<Key> NODE = List.of(
            new Key("n_text", "node", "text", "string"),
            new Key("n_speaker", "node", "speaker", "string"),
            new Key("n_section", "node", "section", "string"),
            new Key("n_quote", "node", "quote", "string"),
            new Key("n_tags", "node", "tags", "string"),
            new Key("n_note", "node", "note", "string"),
            new Key("n_weight", "node", "weight", "double"),
            new Key("n_kind", "node", "kind", "string"),
            new Key("n_title", "node", "title", "string"),
            new Key("n_premises", "node", "premises", "string"),
            new Key("n_conclusion", "node", "conclusion", "string"),
            new Key("n_relation", "node", "relation", "string"),
            new Key("n_relation_kind", "node", "relation_kind", "string"),
            new Key("n_scheme", "node", "scheme", "string"));

    static final List<Key> EDGE = List.of(
            new Key("e_kind", "edge", "kind", "string"),
            new Key("e_note", "edge", "note", "string"),
            new Key("e_group", "edge", "group", "string"),
            new Key("e_scheme", "edge", "scheme", "string"),
            new Key("e_part", "edge", "part", "string"));
}
