package io.github.argmap.core.dot;

/** How a diagram groups its claims into boxed clusters. */
public enum Cluster {
    /** One cluster per speaker, in the map's speaker order; claims without a speaker stay outside. */
    SPEAKER,
    /** One cluster per section, in the debate's section order; claims without a section stay outside. */
    SECTION,
    /** No clusters: Graphviz places every claim freely. */
    NONE
}
