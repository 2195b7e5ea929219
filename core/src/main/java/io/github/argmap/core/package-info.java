/**
 * The argument-map model: {@link io.github.argmap.core.ArgumentMap}, its claims, relations,
 * speakers and sections, and the rules every map obeys.
 *
 * <p>A map is immutable and built only through {@link io.github.argmap.core.ArgumentMap#builder()},
 * which checks every rule and reports all problems at once in an
 * {@link io.github.argmap.core.InvalidMapException}. The model knows nothing of formats: readers and
 * writers live in a package each ({@code core.json}, {@code core.aif}, {@code core.argdown},
 * {@code core.graphml}, {@code core.dot}).
 *
 * <pre>{@code
 * ArgumentMap map = ArgumentMap.builder()
 *         .title("Should we walk?")
 *         .addClaim(Claim.of("walk", "We should walk to the station."))
 *         .addClaim(Claim.of("late", "We are late."))
 *         .addRelation(Relation.rebuttal("late", "walk"))
 *         .build();
 * Graph<Claim, Relation> graph = map.graph();   // every JGraphT algorithm applies
 * }</pre>
 */
package io.github.argmap.core;
