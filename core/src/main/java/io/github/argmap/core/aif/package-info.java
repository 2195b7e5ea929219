/**
 * AIF-JSON, the Argument Interchange Format as AIFdb and OVA exchange it: {@link io.github.argmap.core.aif.AifFormat}.
 *
 * <h2>Writing</h2>
 * <p>A document has the four arrays of AIFdb's JSON: {@code nodes} ({@code nodeID}, {@code text},
 * {@code type}), {@code edges} ({@code edgeID}, {@code fromID}, {@code toID}, {@code formEdgeID}),
 * {@code locutions} ({@code nodeID}, {@code personID}) and {@code participants}
 * ({@code participantID}, {@code firstname}, {@code surname}). Ids are strings of digits, numbered in
 * the map's order, so the same map always gives the same bytes.
 * <ul>
 * <li>a claim is an I-node whose text is the claim's text;
 * <li>a support is premise I &rarr; RA-node ("Default Inference") &rarr; conclusion I; a rebuttal is
 *     attacker I &rarr; CA-node ("Default Conflict") &rarr; attacked I. A
 *     {@linkplain io.github.argmap.core.Relation#isLinked() linked} relation is one RA (or CA) node
 *     with one edge from each premise;
 * <li>a claim with a speaker gets an L-node (locution) whose text is {@code "Name: "} followed by the
 *     claim's quote (or, without one, its text), anchored to the I-node through a YA-node
 *     ("Asserting"): L &rarr; YA &rarr; I. The L-node's {@code locutions} entry names the speaker's
 *     participant; each speaker is a participant, the name split at its last space into first name
 *     and surname.
 * </ul>
 *
 * <h2>The {@code "argmap"} extension</h2>
 * <p>What AIF has no place for travels in a top-level {@code "argmap"} object, which AIFdb, OVA and
 * other tools ignore:
 * <pre>{@code
 * "argmap": {
 *   "version": 1,
 *   "title": "...",
 *   "source": {"path": "...", "title": "...", "date": "..."},        // when known
 *   "notes": ["..."],                                                // when any
 *   "speakers": [{"participantID": "1", "id": "toygur", "name": "...", "role": "...", "affiliation": "..."}],
 *   "sections": [{"id": "...", "title": "..."}],
 *   "claims": {"<I nodeID>": {"id": "...", "section": "...", "quote": "...", "tags": ["..."], "note": "...", "weight": 0.5}},
 *   "edges": {"<edgeID of a premise edge>": {"note": "...", "group": "..."}}
 * }
 * }</pre>
 * <p>With it, a map written and read back is equal to the original: every claim, speaker, section,
 * relation, quote, tag, note and weight survives. The extension is checked as strictly as argmap's
 * JSON: unknown fields and wrong types are errors.
 *
 * <h2>Reading foreign AIF</h2>
 * <p>The reader takes AIFdb's layout and OVA 3's (the same arrays inside an {@code "AIF"} object);
 * {@code nodeID}s and the other ids may be strings or integers, and fields argmap does not use
 * (timestamps, schemes, OVA's layout) are ignored. Without the extension:
 * <ul>
 * <li>each I-node becomes a claim with id {@code n} followed by its nodeID, characters an id may not
 *     hold replaced by {@code _} (with {@code -2}, {@code -3} ... on a clash), in node order;
 * <li>each participant becomes a speaker, id from the name ({@code Ilke Toygür} gives
 *     {@code ilke-toygur}), role {@code participant};
 * <li>an L &rarr; YA "Asserting" &rarr; I chain gives the claim its speaker and, as its quote, the
 *     locution's text without a leading {@code "Name:"}; other illocutions (questioning,
 *     challenging ...) are left out with a warning, and a second speaker of one claim is reported;
 * <li>an RA or CA node gives one relation from each premise to its conclusion; several premises
 *     share the group {@code g} followed by the node's id. A scheme node has one conclusion in AIF:
 *     of several, the first is read and the others are reported (reading every premise against
 *     every conclusion would let a file of 2,000 edges make a million relations);
 * <li>MA (rephrase) and PA (preference) nodes have no relation in argmap: each becomes a note on the
 *     map naming the two claims (the first target, as for RA and CA), with a warning;
 * <li>TA nodes (transitions), unknown node types, scheme nodes without a premise or conclusion claim
 *     (an undercut attacks an inference, not a claim), self-relations, second relations between the
 *     same pair and edges fitting no pattern are left out, each kind reported once with its count
 *     and the place of its first occurrence in {@link io.github.argmap.core.format.ReadResult#warnings()}.
 * </ul>
 * <p>Errors (a file that is not JSON, truncated, of the wrong shape, repeating a nodeID, or with an
 * edge naming no node) are reported as {@code FILE:LINE:COLUMN: message}.
 */
package io.github.argmap.core.aif;
