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
 * <li>an argument is an I-node too, whose text is the argument's text (else its title, else its id);
 * <li>each relation is one scheme node, in the map's order: a support an RA-node, a rebuttal or an
 *     undercut a CA-node. Each premise has an edge into it (several premises: a
 *     {@linkplain io.github.argmap.core.Relation#isLinked() linked} relation) and one edge leaves it:
 *     to the conclusion I-node, or for an undercut to the RA/CA-node of the relation it attacks, as
 *     AIFdb and OVA draw an attack on an inference. A relation with a
 *     {@linkplain io.github.argmap.core.Relation#scheme() scheme} gets it as the node's text and
 *     {@code "scheme"} field (otherwise "Default Inference" / "Default Conflict"), and the
 *     {@code "schemeID"} the map's metadata keeps under {@code aif.schemeID.<name>};
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
 *   "version": 2,
 *   "title": "...",
 *   "source": {"path": "...", "title": "...", "date": "..."},        // when known
 *   "notes": ["..."],                                                // when any
 *   "metadata": [{"key": "...", "value": "..."}],                    // when any
 *   "speakers": [{"participantID": "1", "id": "toygur", "name": "...", "role": "...", "affiliation": "..."}],
 *   "sections": [{"id": "...", "title": "..."}],
 *   "claims": {"<I nodeID>": {"id": "...", "title": "...", "section": "...", "quote": "...", "tags": ["..."], "note": "...", "weight": 0.5}},
 *   "arguments": {"<I nodeID>": {"id": "...", "text": "...", "title": "...", "premises": ["..."], "conclusion": "...", ...}},
 *   "relations": {"<RA/CA nodeID>": {"id": "...", "note": "...", "scheme": "..."}}
 * }
 * }</pre>
 * <p>With it, a map written and read back is equal to the original: every claim, speaker, section,
 * argument, relation (with its id, note and scheme), title, metadata entry, quote, tag, note and
 * weight survives ({@code "scheme"} is written there only when the node's own fields would not give
 * it back exactly). Version 1 extensions, which kept a relation's note and id as {@code "note"} and
 * {@code "group"} of its premise edges under {@code "edges"}, still read. The extension is checked as
 * strictly as argmap's JSON: unknown fields and wrong types are errors.
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
 * <li>an RA node gives a support, a CA node a rebuttal, from its premise I-nodes (several: one
 *     linked relation) to its conclusion I-node; a CA node whose conclusion is an RA or CA node is an
 *     undercut of the relation that node gives, and that relation is named {@code ra} or {@code ca}
 *     followed by its nodeID. Undercuts whose target gives no relation (left out, or a loop of
 *     undercuts) are left out with a warning. A scheme node has one conclusion in AIF: of several,
 *     the first is read and the others are reported (reading every premise against every conclusion
 *     would let a file of 2,000 edges make a million relations);
 * <li>the scheme a node names (its {@code "scheme"} field, or its text when that field is missing
 *     or a number and the text is not "Default Inference"/"Default Conflict") becomes the relation's
 *     scheme; its {@code "schemeID"} (or a numeric {@code "scheme"}) is kept in the map's metadata as
 *     {@code aif.schemeID.<name>};
 * <li>MA (rephrase) and PA (preference) nodes have no relation in argmap: each becomes a note on the
 *     map naming the two claims (the first target, as for RA and CA), with a warning;
 * <li>TA nodes (transitions), unknown node types, scheme nodes without a premise or conclusion,
 *     self-relations, second relations between the
 *     same pair and edges fitting no pattern are left out, each kind reported once with its count
 *     and the place of its first occurrence in {@link io.github.argmap.core.format.ReadResult#warnings()}.
 * </ul>
 * <p>Errors (a file that is not JSON, truncated, of the wrong shape, repeating a nodeID, or with an
 * edge naming no node) are reported as {@code FILE:LINE:COLUMN: message}.
 */
package io.github.argmap.core.aif;
