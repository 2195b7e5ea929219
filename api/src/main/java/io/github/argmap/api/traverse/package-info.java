/**
 * Questions a reader asks of a map: who supports or rebuts a claim, the case for and against it,
 * chains of reasons, neighbourhoods and sub-maps, all from {@link io.github.argmap.api.traverse.Traversal}.
 *
 * <pre>{@code
 * Traversal t = Traversal.of(map);
 * List<Reason> against = t.caseAgainst("walk");     // every claim arguing against "walk", with its chain
 * ArgumentMap nato = t.byTag("nato");               // a sub-map, ready for JSON or DOT
 * }</pre>
 */
package io.github.argmap.api.traverse;
