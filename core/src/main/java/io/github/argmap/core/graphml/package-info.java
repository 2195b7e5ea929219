/**
 * GraphML for yEd, Gephi, Cytoscape and NetworkX: {@link io.github.argmap.core.graphml.GraphmlFormat}.
 *
 * <p>One directed {@code <graph>}: a {@code <node>} per claim with the claim's id as node id, an
 * {@code <edge>} per relation ({@code e1}, {@code e2} ... in the map's order). Every attribute is a
 * declared {@code <key>}, so tools list them as node and edge properties:
 * <table>
 * <caption>Keys</caption>
 * <tr><th>for</th><th>attr.name (key id)</th><th>value</th></tr>
 * <tr><td>graph</td><td>title, source_path, source_title, source_date</td><td>strings</td></tr>
 * <tr><td>graph</td><td>notes</td><td>a JSON array of strings</td></tr>
 * <tr><td>graph</td><td>speakers</td><td>a JSON array of {@code {"id", "name", "role", "affiliation"}}</td></tr>
 * <tr><td>graph</td><td>sections</td><td>a JSON array of {@code {"id", "title"}}</td></tr>
 * <tr><td>node</td><td>text, speaker, section, quote, note</td><td>strings; speaker and section are ids</td></tr>
 * <tr><td>node</td><td>tags</td><td>the tags separated by spaces</td></tr>
 * <tr><td>node</td><td>weight</td><td>a double</td></tr>
 * <tr><td>edge</td><td>kind</td><td>{@code support} or {@code rebuttal}</td></tr>
 * <tr><td>edge</td><td>note, group</td><td>strings</td></tr>
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
