/**
 * Argdown, the argument mapping language of argdown.org: {@link io.github.argmap.core.argdown.ArgdownFormat}.
 *
 * <h2>Reading</h2>
 * <p>The reader takes the whole language as the Argdown CLI 1.7.5 reads it: its lexer, grammar and
 * model rules are followed token for token, and a differential test compares what both find in a
 * corpus of files (every construct, files the CLI refuses, random documents). It maps:
 * <ul>
 * <li><b>statements</b> {@code [Title]: text}, titled or not, to claims. Statements sharing a title
 *     (an equivalence class) are one claim, with the text of the last one that has a text. The
 *     claim's id is derived from the title (accents dropped, other characters an id cannot hold
 *     turned into hyphens, {@code -2}, {@code -3} ... on a collision; a title with no Latin letter or
 *     digit gets a hash); the title itself is kept in {@code title} when it differs from the id. An
 *     untitled statement gets Argdown's own name, {@code Untitled 3}, as the id {@code Untitled-3};
 * <li><b>arguments</b> {@code <Title>: text} to argument nodes, and their premise-conclusion
 *     structure ({@code (1) ...}, {@code ----} or {@code -- rules --}) to the argument's premises
 *     (every statement before the last, intermediate conclusions included) and conclusion (the
 *     last). The structure adds no relation;
 * <li><b>relations</b> ({@code +>}, {@code <+}, {@code +}, {@code ->}, {@code <-}, {@code -},
 *     {@code ><}, {@code _>}, {@code <_}, nested to any depth) as the CLI resolves them (a relation of
 *     a reconstructed argument starts from its conclusion; strict mode turns statement-to-statement
 *     supports into entailments and attacks into contraries): support and entailment are supports,
 *     attack and contrary rebuttals, a contradiction two rebuttals, one each way. An undercut of a
 *     reconstructed argument attacks its inference, which becomes a linked support from the
 *     argument's premises to its conclusion (id {@code ARGUMENT.inference}, its scheme the inference
 *     rules) unless the map has that support already; an undercut of an argument without a
 *     structure, or of a statement, undercuts the first relation that argument or statement
 *     argues with. A relation the map cannot hold (a self-relation; a second relation on one ordered
 *     pair, as when Argdown has both a support and an attack; an undercut with nothing to attack) is
 *     left out with a warning that says so;
 * <li><b>headings</b> to sections (nested headings become sections of their own, in order), their
 *     id from the title; <b>tags</b> to tags, derived like ids when they hold spaces or other
 *     characters ({@code #(civil rights)} is {@code civil-rights}), the original kept in the map's
 *     metadata as {@code tag.civil-rights};
 * <li><b>YAML front matter</b>: {@code title} to the map's title, everything else to the map's
 *     metadata, nested keys joined with dots ({@code model.mode}); <b>{data}</b>: {@code speaker}
 *     (a speaker is made for each name when the file has no speaker table), {@code quote},
 *     {@code note}, {@code weight}; other keys (colours, {@code isInGroup} ...) are ignored with one
 *     warning naming them;
 * <li><b>text</b>: bold, italic and links kept as plain text without their markup, escapes and
 *     shortcodes ({@code .->.}) resolved, tags taken out (they are tags), comments dropped;
 * <li><b>{@code @include(path)}</b>, anywhere in the text, replaced by the named file's text (its own
 *     includes replaced too), the path relative to the including file's directory; each file once,
 *     as the CLI does (a second include of a file is a comment, which ends include loops); a file
 *     that cannot be read is an error at the include, and problems in an included file name it.
 * </ul>
 * <p>A file the CLI refuses is refused with a problem placed at its line and column: syntax errors,
 * invalid or duplicated YAML, a second premise-conclusion structure for one argument, a lone
 * backslash, an empty file. Nothing recurses with the input's depth: 10^5 nested levels read or are
 * refused on a small stack, and unclosed brackets lex in linear time.
 *
 * <h2>Writing</h2>
 * <pre>
 * ===
 * title: "Should we walk?"
 * argmap: {"version": 1, "source": {...}, "notes": [...], "speakers": [{"id": "ana", "name": "Ana", "role": "chair"}]}
 * "author": "Ana"
 * ===
 *
 * [Walk]: We should walk to the station\. #travel {"id": "walk", "speaker": "ana"}
 *
 * &lt;Rain&gt;: It rains, so we get wet.
 *
 * (1) [Rain falls]
 * ----
 * (2) [We get wet]
 *
 * # Objections {"id": "objections"}
 *
 * [late]: We are late\.
 *
 * [late]
 *     -&gt; [Walk]
 *
 * [roof] {"relation": {"undercuts": "r1"}}
 *     _&gt; [late]
 *
 * // argmap: end of map
 * </pre>
 * <ul>
 * <li>the front matter holds the map's title, argmap's own object (version, source, notes, speaker
 *     table) and the metadata, one key a line;
 * <li>each claim is a statement {@code [title]: text}, each argument node {@code <title>: text},
 *     followed by its premise-conclusion structure when it has premises and a conclusion; tags and
 *     data ({@code id} when the reader would not derive it from the title, speaker, quote, note,
 *     weight, the exact text when the line cannot hold it) follow;
 * <li>each relation is a block of its own, in map order (so relation ids come back the same):
 *     {@code +>} a support, {@code ->} a rebuttal, {@code _>} an undercut, written to a node of the
 *     relation it undercuts, which the Argdown CLI reports as an undercut. Argdown keeps one relation
 *     per source, type and target, so each relation takes a pair of its own (a linked relation may be
 *     written from any of its premises). The data on the block's first line carries the relation's own
 *     id, note, scheme, all premises of a linked relation ({@code premises}) and the id of an undercut
 *     relation ({@code undercuts}). An argument gets a premise-conclusion structure when it has premises
 *     and a conclusion and no claim rebuts both it and one of its premises (the CLI would drop that
 *     rebuttal), its premises and conclusion in its data otherwise; the front matter switches off
 *     Argdown's moving of argument relations to conclusions. The Argdown CLI counts one statement per
 *     claim, one argument per argument node and one relation per relation;
 * <li>the last line is the comment {@code // argmap: end of map}. Argdown has no closing token, so
 *     without it a file cut short would read as a smaller map; the reader requires the line whenever
 *     the front matter holds the {@code argmap} object.
 * </ul>
 * <p>Data and front matter values are JSON, which is also YAML, as Argdown reads them; braces and
 * equals signs inside strings are written as <code>&#92;u007B</code>-style escapes so they never close the braces or
 * open front matter. In texts, a backslash goes before every character that could start Argdown
 * markup. argmap reads its own export back equal, except that claims and arguments come back grouped
 * by section and nested sections flat.
 */
package io.github.argmap.core.argdown;
