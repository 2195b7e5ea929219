/**
 * argmap's api: traversal, summaries and argumentation semantics over argument maps.
 */
module io.github.argmap.api {
    // ArgumentMap, Claim and Relation appear in every signature.
    requires transitive io.github.argmap.core;
    requires com.fasterxml.jackson.core;

    exports io.github.argmap.api.html;
    exports io.github.argmap.api.semantics;
    exports io.github.argmap.api.semantics.iccma;

    exports io.github.argmap.api.summary;
    exports io.github.argmap.api.traverse;
}
