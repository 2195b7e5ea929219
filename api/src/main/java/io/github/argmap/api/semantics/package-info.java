/**
 * Which claims stand: abstract argumentation semantics (grounded, complete, preferred, stable) over
 * {@link io.github.argmap.api.semantics.ArgumentationFramework}s, the translation of a map into one
 * ({@link io.github.argmap.api.semantics.MapFramework}), and gradual strengths.
 *
 * <pre>{@code
 * Acceptance grounded = Acceptance.of(map, Semantics.GROUNDED);
 * grounded.status("walk");                          // accepted, rejected or undecided
 * }</pre>
 */
package io.github.argmap.api.semantics;
