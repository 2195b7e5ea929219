/**
 * Argdown, the argument mapping language of argdown.org: {@link io.github.argmap.core.argdown.ArgdownFormat}.
 *
 * <h2>Layout</h2>
 * <pre>
 * ===
 * title: "Should we walk?"
 * argmap: {"version": 1, "source": {...}, "notes": [...], "speakers": [{"id": "ana", "name": "Ana", "role": "chair"}]}
 * ===
 *
 * [walk]: We should walk to the station\. #travel {"speaker": "ana", "quote": "..."}
 *     -&gt; [late]
 *
 * # Objections {"id": "objections"}
 *
 * [late]: We are late\.
 *     +&gt; [taxi]
 *
 * // argmap: end of map
 * </pre>
 * <ul>
 * <li>the front matter holds the map's title and, as the {@code argmap} object, its version,
 *     source, notes and speaker table;
 * <li>each claim is a statement {@code [id]: text}, followed by its tags ({@code #tag}, or
 *     {@code #(tag)} when the tag holds a dot) and metadata in braces: speaker, quote, note, weight,
 *     and the notes and groups of its outgoing relations under {@code relations};
 * <li>each relation is written once, under its source statement: {@code +> [target]} for a support,
 *     {@code -> [target]} for a rebuttal;
 * <li>each section is one {@code #} heading with its id in the heading's metadata; claims without a
 *     section come before the first heading;
 * <li>the last line is the comment {@code // argmap: end of map}. Argdown has no closing token, so
 *     without it a file cut short would read as a smaller map; the reader requires the line whenever
 *     the front matter holds the {@code argmap} object, and refuses an empty file.
 * </ul>
 * <p>Metadata and front matter values are JSON, which is also YAML, as Argdown reads them; braces and
 * equals signs inside strings are written as <code>&#92;u007B</code>-style escapes so they never close the braces or
 * open front matter.
 *
 * <h2>Escaping</h2>
 * <p>Claim ids are valid Argdown titles; an id starting with {@code -} is written with one leading
 * space, as Argdown takes no reference starting with {@code -}. In texts, a backslash goes before
 * every character that could start Argdown markup: {@code \ @ # * _ [ ] < > { } /}, a {@code .} or
 * {@code :} followed by a non-space (Argdown's {@code .name.} and {@code :name:} shortcodes), and an
 * {@code =} followed by another. Argdown reads {@code \x} as {@code x}.
 *
 * <h2>What Argdown loses, and argmap's reader keeps</h2>
 * <p>Line breaks in a text or section title become spaces in the Argdown text; the exact text then
 * travels in the metadata. Claims are grouped by section, so the claims of a map whose sections are
 * interleaved come back in section order; relations come back grouped by their source claim. All
 * else reads back equal; a lone surrogate (legal in a Java string, not in UTF-8) is shown as U+FFFD in
 * the text and kept exactly, as a JSON escape, in the metadata. The reader takes only this subset
 * (JSON metadata, relations to statement references indented alike, no nested relations, arguments
 * or definitions) and reports anything else at its line and column. Files are UTF-8, with or without
 * a byte order mark, or UTF-16 with one; malformed bytes are refused at their place, never read as
 * U+FFFD. As in argmap's JSON, a text longer than 4,000,000 characters is refused.
 */
package io.github.argmap.core.argdown;
