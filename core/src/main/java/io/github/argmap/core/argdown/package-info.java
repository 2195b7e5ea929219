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
 *     section come before the first heading.
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
 * else reads back equal. The reader takes only this subset (JSON metadata, relations to statement
 * references, no arguments or nested definitions) and reports anything else at its line and column.
 */
package io.github.argmap.core.argdown;
