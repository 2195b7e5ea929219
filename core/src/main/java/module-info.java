/**
 * argmap's core: the argument-map model on JGraphT, its validation, and its readers and writers.
 *
 * <p>The model ({@code io.github.argmap.core}) knows nothing of formats; each format lives in a
 * package of its own.
 */
module io.github.argmap.core {
    // Graph<Claim, Relation> is part of the public API.
    requires transitive org.jgrapht.core;
    // Only used inside the readers and writers; no Jackson type is exposed.
    requires com.fasterxml.jackson.core;
    // Argdown front matter and {data} are YAML; only used inside core.argdown.
    requires org.yaml.snakeyaml;
    // GraphML is written and read with StAX.
    requires java.xml;

    exports io.github.argmap.core;
    exports io.github.argmap.core.io;
    exports io.github.argmap.core.json;
    exports io.github.argmap.core.format;
    exports io.github.argmap.core.aif;
    exports io.github.argmap.core.argdown;
    exports io.github.argmap.core.graphml;
    exports io.github.argmap.core.kialo;
    exports io.github.argmap.core.microtexts;
    exports io.github.argmap.core.sadface;
    exports io.github.argmap.core.dot;

    // Formats are found by MapFormats through ServiceLoader, so core.format imports none of them.
    // A new format: its package, one line here, one line in
    // META-INF/services/io.github.argmap.core.format.MapFormat (for the class path).
    uses io.github.argmap.core.format.MapFormat;
    provides io.github.argmap.core.format.MapFormat with
            io.github.argmap.core.json.JsonFormat,
            io.github.argmap.core.aif.AifFormat,
            io.github.argmap.core.argdown.ArgdownFormat,
            io.github.argmap.core.graphml.GraphmlFormat,
            io.github.argmap.core.kialo.KialoFormat,
            io.github.argmap.core.microtexts.MicrotextsFormat,
            io.github.argmap.core.sadface.SadfaceFormat;
}
