package io.github.argmap.core.internal;

import java.util.Locale;

/**
 * Every message argmap's core shows a user, as a template in one place.
 *
 * <p>Each says what is wrong and how to fix it. Arguments are filled with {@link #format}.
 */
public final class Messages {
    private Messages() {}

    // Model rules, checked by ArgumentMap.Builder.build().
    public static final String INVALID_ID =
            "%s id '%s' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String DUPLICATE_ID =
            "duplicate %s id '%s' (already used at %s); give each %s its own id";
    public static final String BLANK_TEXT = "%s is blank; give it some text";
    public static final String UNKNOWN_SPEAKER =
            "claim '%s' names speaker '%s', which the map does not define; add it to \"speakers\" or fix the claim";
    public static final String UNKNOWN_SECTION =
            "claim '%s' names section '%s', which the map does not define; add it to \"sections\" or fix the claim";
    public static final String INVALID_TAG =
            "claim '%s' has tag '%s', which is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String WEIGHT_RANGE =
            "claim '%s' has weight %s; a weight is a number from 0 to 1";
    public static final String DANGLING_ENDPOINT =
            "%s %s -> %s: no claim or argument has id '%s'; add it or fix the relation's \"%s\"";
    public static final String SELF_RELATION =
            "%s from claim '%s' to itself; a claim cannot support or rebut itself, so remove the relation";
    public static final String DUPLICATE_PAIR =
            "a second relation from %s to '%s' (already a %s at %s); keep at most one relation per ordered pair of claims";
    public static final String NO_PREMISE = "relation '%s' has no premise; give \"from\" one id or a list of ids";
    public static final String REPEATED_PREMISE =
            "relation '%s' names premise '%s' twice in \"from\"; list each premise of a linked relation once";
    public static final String TARGET_IS_RELATION =
            "%s '%s' targets relation '%s'; only an undercut attacks a relation, so make it an undercut or target a claim";
    public static final String UNDERCUT_OF_NODE =
            "undercut '%s' targets '%s', which is a claim or argument; an undercut attacks a relation (give a relation's id), "
                    + "a rebuttal attacks a claim";
    public static final String UNDERCUT_DANGLING =
            "undercut '%s' targets relation '%s', which the map does not have; give the undercut relation an \"id\" and "
                    + "name it in \"to\"";
    public static final String UNDERCUT_CYCLE =
            "undercut '%s' is part of a cycle of undercuts (%s); an undercut cannot attack itself, directly or through others";
    public static final String ARGUMENT_UNKNOWN_CLAIM =
            "argument '%s' names %s '%s', which is not a claim of the map; add the claim or fix the argument";
    public static final String ARGUMENT_REPEATED_PREMISE = "argument '%s' lists premise '%s' twice; list it once";
    public static final String ARGUMENT_CONCLUSION_IS_PREMISE =
            "argument '%s' has '%s' as both premise and conclusion; an argument cannot conclude its own premise";
    public static final String ARGUMENT_UNKNOWN_SPEAKER =
            "argument '%s' names speaker '%s', which the map does not define; add it to \"speakers\" or fix the argument";
    public static final String ARGUMENT_UNKNOWN_SECTION =
            "argument '%s' names section '%s', which the map does not define; add it to \"sections\" or fix the argument";
    public static final String ARGUMENT_INVALID_TAG =
            "argument '%s' has tag '%s', which is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String NODE_ID_TAKEN =
            "argument id '%s' is already a claim's id; claims and arguments share one namespace, so rename one";
    public static final String METADATA_KEY = "metadata key '%s' is blank; give each metadata entry a name";

    // File reading.
    public static final String EMPTY_FILE =
            "the file is empty; an argument map is a JSON object such as {\"argmap\": 1, \"title\": \"...\", ...}";
    public static final String NOT_JSON = "not valid JSON: %s";
    public static final String NOT_TEXT =
            "not readable as UTF-8, UTF-16 or UTF-32 text (%s); save the file as UTF-8";
    public static final String TRUNCATED =
            "the JSON ends before it is complete (%s); the file may be truncated";
    public static final String TOO_LARGE =
            "refused: %s; no argument map comes near this limit, so the file is broken or is not a map";
    public static final String TRAILING_CONTENT =
            "unexpected content after the map's closing '}'; a file holds exactly one map";
    public static final String WRONG_TYPE = "%s must be %s, not %s";
    public static final String MISSING_FIELD = "%s is missing the required field \"%s\"";
    public static final String UNKNOWN_FIELD = "unknown field \"%s\" in %s; the allowed fields are %s";
    public static final String DUPLICATE_FIELD = "field \"%s\" appears twice in %s; keep one";
    public static final String UNSUPPORTED_VERSION =
            "unsupported format version %s; this library reads \"argmap\": 1";
    public static final String UNKNOWN_KIND =
            "unknown relation kind '%s'; use \"support\" or \"rebuttal\"";
    public static final String NOT_A_NUMBER = "%s must be a finite number, not %s";
    public static final String QUOTE_NOT_IN_SOURCE =
            "the quote of claim '%s' does not occur verbatim in %s; copy the exact span from the source";
    public static final String CANNOT_READ = "cannot read the file: %s";
    public static final String CANNOT_WRITE = "cannot write %s: %s; the previous file, if any, is unchanged";

    // DOT diagrams (io.github.argmap.core.dot).
    public static final String DOT_STRENGTH_NOT_FINITE =
            "the strength of claim '%s' is %s; a strength must be a finite number";
    public static final String DOT_WRAP_WIDTH =
            "wrap width %d is too narrow; use at least %d characters a line";
    public static final String DOT_UNKNOWN_FORMAT = "unknown output format '%s'; use one of %s";
    public static final String DOT_NOT_FOUND =
            "Graphviz's 'dot' is not on the PATH (%s); install Graphviz (for example apt-get install graphviz) "
            + "or render the .dot file elsewhere";
    public static final String DOT_FAILED = "'dot -T%s %s' failed with exit code %d: %s";
    public static final String DOT_WARNED =
            "'dot -T%s %s' printed warnings, so the picture may be wrong; fix the DOT file: %s";
    public static final String DOT_TIMED_OUT =
            "'dot -T%s %s' did not finish within %d s and was stopped; draw less of the map (a focus or a tag filter)";

    /**
     * Fills a template.
     *
     * @param template one of the constants
     * @param args the values
     * @return the message
     */
    public static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    // ---- File formats other than argmap JSON (packages format, aif, argdown, graphml). ----
    public static final String NOT_WELL_FORMED_TEXT =
            "not valid %s: a malformed byte sequence at byte offset %d; save the file as %s (an editor's \"reopen with encoding\" shows the damage)";
    public static final String TEXT_TOO_LONG_TO_WRITE =
            "%s has %d characters; argmap's readers take at most %d, so the file could not be read back: shorten it "
            + "or keep the full text in the source and quote part of it";
    public static final String FORMAT_EMPTY_JSON = "the file is empty; expected a JSON document";
    public static final String FORMAT_TRAILING_JSON =
            "unexpected content after the document's end; a file holds exactly one JSON document";
    // AIF.
    public static final String AIF_DUPLICATE_NODE =
            "nodeID '%s' is used again (first at %d:%d); give each node its own nodeID";
    public static final String AIF_DANGLING_EDGE =
            "edge '%s': %s '%s' names no node of this file; add the node or fix the edge";
    public static final String AIF_EXTENSION_VERSION =
            "unsupported \"argmap\" extension version %s; this library reads version %d";
    public static final String AIF_EXTENSION_NOT_I =
            "the \"argmap\" extension describes node '%s', which is not an I node of this file; remove the entry or fix its key";
    public static final String AIF_EXTENSION_NOT_SCHEME =
            "the \"argmap\" extension describes relation node '%s', which is not an RA or CA node of this file; remove the entry or fix its key";
    public static final String AIF_UNDERCUT_TARGET =
            "%d %s node(s) point at a scheme node that gives no relation (left out itself, or part of a loop of undercuts) and are left out";
    public static final String AIF_DROPPED_ILLOCUTION =
            "%d YA node(s) '%s' are left out: argmap records who asserts a claim (L -> YA \"Asserting\" -> I), no other illocution";
    public static final String AIF_LOCUTION_WITHOUT_SPEAKER =
            "locution node '%s' names no participant of this file (see \"locutions\" and \"participants\"); its claim is read without a speaker";
    public static final String AIF_SECOND_SPEAKER =
            "claim '%s' is also asserted by %s; argmap keeps one speaker per claim, the first (%s)";
    public static final String AIF_DROPPED_LOCUTION =
            "%d L node(s) anchor no claim through a YA \"Asserting\" node and are left out";
    public static final String AIF_DROPPED_TRANSITION =
            "%d TA node(s) (transitions between locutions) are left out: argmap maps claims, not the turns of a dialogue";
    public static final String AIF_UNKNOWN_TYPE =
            "%d node(s) of unknown type '%s' are left out; argmap reads I, L, YA, RA, CA, MA, PA and TA nodes";
    public static final String AIF_DROPPED_EDGE =
            "%d edge(s) from a %s node to a %s node fit no pattern argmap reads (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out";
    public static final String AIF_INCOMPLETE_SCHEME =
            "%d %s node(s) lack a premise I node or a conclusion (an I node, or for an undercut an RA or CA node) and are left out";
    public static final String AIF_SECOND_CONCLUSION =
            "%d edge(s) give a %s node a second or further conclusion and are left out: in AIF a scheme node has one "
            + "conclusion, so argmap reads the first; give each conclusion its own scheme node";
    public static final String AIF_SECOND_ANCHORED =
            "%d edge(s) anchor a YA node to a second or further I node and are left out: an illocution anchors one "
            + "proposition, so argmap reads the first; give each claim its own YA node";
    public static final String AIF_SELF_RELATION =
            "%s node '%s' relates claim '%s' to itself; the relation is left out";
    public static final String AIF_SECOND_RELATION =
            "%s node '%s' relates '%s' to '%s' a second time; argmap keeps one relation per ordered pair, the first";
    public static final String AIF_REPHRASE_NOTE = "AIF rephrase: claim '%s' is rephrased as claim '%s' (MA node '%s')";
    public static final String AIF_PREFERENCE_NOTE = "AIF preference: claim '%s' is preferred to claim '%s' (PA node '%s')";
    public static final String AIF_KEPT_AS_NOTE =
            "%d %s node(s) (%s) have no relation in argmap; each is kept as a note on the map";
    public static final String GRAPHML_NODE_KIND =
            "node '%s' has kind '%s'; argmap's GraphML nodes are of kind claim (the default), argument or relation";
    public static final String GRAPHML_EDGE_PART =
            "edge part '%s' is neither premise nor conclusion; an edge of a relation node joins a premise to it or it to its target";
    public static final String GRAPHML_NOT_RELATION_NODE =
            "edge from '%s' to '%s' is a %s edge of '%s', which is no node of kind relation; declare the relation node or drop \"part\"";
    public static final String GRAPHML_SECOND_CONCLUSION =
            "relation node '%s' has a second conclusion edge; a relation has one target";
    public static final String GRAPHML_INCOMPLETE_RELATION =
            "relation node '%s' needs at least one premise edge and one conclusion edge";
    public static final String GRAPHML_UNDERCUT_TARGET =
            "undercut of '%s', which is no relation node; an undercut's edge ends at the node (kind relation) of the relation it attacks";
    // Argdown.
    public static final String ARGDOWN_UNEXPECTED_LINE =
            "this line is outside the Argdown subset argmap reads (front matter, '# heading', '[id]: text', indented '+> [id]' or '-> [id]'): %s";
    public static final String ARGDOWN_UNCLOSED_FRONT_MATTER = "the front matter opened here is never closed with '==='";
    public static final String ARGDOWN_BAD_TITLE =
            "statement title '%s' is not a claim id: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String ARGDOWN_BAD_TAG = "unfinished tag; write #tag or #(tag)";
    public static final String ARGDOWN_DATA_NOT_LAST = "metadata {...} must end the line";
    public static final String ARGDOWN_RELATION_OUTSIDE = "a relation must follow the statement it belongs to";
    public static final String ARGDOWN_NESTED_RELATION =
            "this relation is indented differently from the one above; nested relations are outside the subset argmap reads, "
            + "so write each relation under its own statement, all indented alike";
    public static final String ARGDOWN_EMPTY =
            "the file is empty; an Argdown map has at least one statement such as [id]: text";
    public static final String ARGDOWN_NO_END =
            "the file ends without the line '%s' that closes every map argmap writes, so it may be truncated; "
            + "if you shortened it on purpose, end it with that line";
    public static final String ARGDOWN_END_NOT_LAST =
            "'%s' closes the map, so it must be the file's last line; move or remove what follows it";
    public static final String ARGDOWN_DANGLING_ESCAPE = "a line ends with a lone '\\'; escape a backslash as '\\\\'";
    // GraphML.
    public static final String GRAPHML_NOT_XML = "not valid XML: %s";
    public static final String GRAPHML_ENCODING =
            "the XML declaration names encoding '%s'; argmap reads GraphML as UTF-8, so save the file as UTF-8";
    public static final String GRAPHML_DTD =
            "a DOCTYPE is refused: GraphML needs none, and external entities are a security risk; remove the <!DOCTYPE ...> line";
    public static final String GRAPHML_UNEXPECTED = "unexpected <%s> in <%s>; expected %s";
    public static final String GRAPHML_MISSING_ATTRIBUTE = "<%s> is missing the attribute \"%s\"";
    public static final String GRAPHML_UNKNOWN_KEY = "<data> names key '%s', which no <key> declares";
    public static final String GRAPHML_UNKNOWN_ATTRIBUTE = "key '%s' is not one argmap writes for %s; its data is left out";
    public static final String GRAPHML_DUPLICATE = "%s appears a second time in %s; keep one";
    public static final String GRAPHML_EDGE_KIND = "edge %s -> %s has no \"kind\"; give it \"support\" or \"rebuttal\"";
    public static final String GRAPHML_NO_GRAPH = "the file holds no <graph>";
    public static final String GRAPHML_INVALID_CHAR =
            "%s holds the character U+%04X, which XML 1.0 cannot represent; remove it";
}
