package io.github.argmap.core.graphml;

import java.util.List;

/** The GraphML keys argmap declares: id, domain, attribute name and type. */
final class Keys {
    private Keys() {}

    record Key(String id, String domain, String name, String type) {}

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
            new Key("g_sections", "graph", "sections", "string"));

    static final List<Key> NODE = List.of(
            new Key("n_text", "node", "text", "string"),
            new Key("n_speaker", "node", "speaker", "string"),
            new Key("n_section", "node", "section", "string"),
            new Key("n_quote", "node", "quote", "string"),
            new Key("n_tags", "node", "tags", "string"),
            new Key("n_note", "node", "note", "string"),
            new Key("n_weight", "node", "weight", "double"));

    static final List<Key> EDGE = List.of(
            new Key("e_kind", "edge", "kind", "string"),
            new Key("e_note", "edge", "note", "string"),
            new Key("e_group", "edge", "group", "string"));
}
