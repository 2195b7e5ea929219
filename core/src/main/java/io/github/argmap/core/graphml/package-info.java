/**
 * GraphML for yEd, Gephi, Cytoscape and NetworkX: {@link io.github.argmap.core.graphml.GraphmlFormat}.
 *
 * <p>One directed {@code <graph>}: a {@code <node>} per claim and per argument with its id as node id
 * (an argument has {@code kind} {@code argument}; a claim no kind), and per relation, in the map's
 * order:
 * <ul>
 * <li>a relation with one premise that no undercut attacks is one {@code <edge>} from the premise to
 *     the target, whose {@code id} is the relation's id when it has one of its own (a relation
 *     named by its position, {@code r1}, {@code r2} …, has no edge id);
 * <li>a relation with several premises (linked), or one that an undercut attacks, is a
 *     {@code <node>} of {@code kind} {@code relation} with id {@code relation:} followed by the
 *     relation's id as the map gives it ({@link io.github.argmap.core.ArgumentMap#idOf}; a colon is in
 *     no claim or argument id), its kind, own id, note and scheme as node data; an edge with
 *     {@code part} {@code premise} from each premise to it and one with {@code part}
 *     {@code conclusion} from it to the target, in the relation's place in the edge order;
 * <li>an undercut's target is the {@code relation:} node of the relation it attacks.
 * </ul>
 * <p>Every attribute is a declared {@code <key>}, so tools list them as node and edge properties:
 * <table>
 * <caption>Keys</caption>
 * <tr><th>for</th><th>attr.name (key id)</th><th>value</th></tr>
 * <tr><td>graph</td><td>title, source_path, source_title, source_date</td><td>strings</td></tr>
 * <tr><td>graph</td><td>notes</td><td>a JSON array of strings</td></tr>
 * <tr><td>graph</td><td>speakers</td><td>a JSON array of {@code {"id", "name", "role", "affiliation"}}</td></tr>
 * <tr><td>graph</td><td>sections</td><td>a JSON array of {@code {"id", "title"}}</td></tr>
 * <tr><td>graph</td><td>metadata</td><td>a JSON object of strings, the map's metadata</td></tr>
 * <tr><td>graph</td><td>argmap_graphml (g_version)</td><td>{@code 2}, this layout; a file without it is read as
 *     argmap's first layout (edge ids {@code e1} … ignored, linked premises as edges sharing a {@code group})</td></tr>
 * <tr><td>node</td><td>text, speaker, section, quote, note</td><td>strings; speaker and section are ids</td></tr>
 * <tr><td>node</td><td>tags</td><td>the tags separated by spaces</td></tr>
 * <tr><td>node</td><td>weight</td><td>a double</td></tr>
 * <tr><td>node</td><td>kind</td><td>{@code argument} or {@code relation}; absent for a claim</td></tr>
 * <tr><td>node</td><td>title</td><td>a claim's or argument's title</td></tr>
 * <tr><td>node</td><td>premises, conclusion</td><td>an argument's premise claim ids (separated by spaces) and conclusion</td></tr>
 * <tr><td>node</td><td>relation_kind, relation, scheme</td><td>a relation node's kind, own id (if it has one) and scheme</td></tr>
 * <tr><td>edge</td><td>kind</td><td>{@code support}, {@code rebuttal} or {@code undercut}</td></tr>
 * <tr><td>edge</td><td>note, scheme</td><td>strings</td></tr>
 * <tr><td>edge</td><td>part</td><td>{@code premise} or {@code conclusion}: an edge of a relation node</td></tr>
 * <tr><td>edge</td><td>group</td><td>read only, from the first layout</td></tr>
 * </table>
 * <p>Key ids carry a domain prefix ({@code g_}, {@code n_}, {@code e_}) because a claim's note and a
 * relation's note share an attribute name. Absent optional values are left out. No layout is
 * written: in yEd, map the {@code text} property to the label (Edit &rarr; Properties Mapper) and
 * run a layout; Gephi shows every key in its data laboratory. Texts holding characters XML 1.0
 * cannot represent (most control characters) are refused with the claim named.
 *
 * <p>The reader takes the GraphML argmap writes, and so the whole map back. It uses StAX with DTDs
 * switched off and refuses any DOCTYPE, so no external entity is ever resolved. Unknown keys are
 * reported as warnings; structure it does not know is an error at its line and column. Files are
 * UTF-8 (or UTF-16 with a byte order mark), decoded strictly before parsing; a declaration naming
 * another encoding is refused. As in argmap's JSON, a text longer than 4,000,000 characters is
 * refused.
 */
package io.github.argmap.core.graphml;
