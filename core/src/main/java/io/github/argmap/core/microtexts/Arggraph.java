package io.github.argmap.core.microtexts;

import java.util.List;
import java.util.Optional;

/**
 * One {@code arggraph} file as written, before it becomes a map: the corpus's own structure.
 *
 * @param id the text's id, e.g. {@code micro_b001}
 * @param topic the {@code topic_id}, if given
 * @param stance the {@code stance} ({@code pro} or {@code con}), if given
 * @param edus the elementary discourse units in document order
 * @param joints the ids of the joints
 * @param adus the argumentative discourse units in document order
 * @param edges every edge, in document order
 */
record Arggraph(String id, Optional<String> topic, Optional<String> stance, List<Edu> edus, List<String> joints,
        List<Adu> adus, List<Edge> edges) {
    Arggraph {
        edus = List.copyOf(edus);
        joints = List.copyOf(joints);
        adus = List.copyOf(adus);
        edges = List.copyOf(edges);
    }

    /**
     * An EDU.
     *
     * @param id its id
     * @param text its text
     * @param line the line it starts on
     * @param column the column it starts on
     */
    record Edu(String id, String text, int line, int column) {}

    /**
     * An ADU.
     *
     * @param id its id
     * @param type {@code pro} (proponent) or {@code opp} (opponent)
     * @param line the line it starts on
     * @param column the column it starts on
     */
    record Adu(String id, String type, int line, int column) {}

    /**
     * An edge.
     *
     * @param id its id
     * @param src its source
     * @param trg its target (an edge id for {@code und} and {@code add})
     * @param type one of seg, sup, exa, add, reb, und
     * @param line the line it starts on
     * @param column the column it starts on
     */
    record Edge(String id, String src, String trg, String type, int line, int column) {}
}
