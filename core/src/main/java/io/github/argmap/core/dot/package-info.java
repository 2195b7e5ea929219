/**
 * Graphviz DOT diagrams of maps: {@link io.github.argmap.core.dot.DotWriter} writes them
 * (deterministically, with {@link io.github.argmap.core.dot.DotOptions} for clusters, direction
 * and overlays) and {@link io.github.argmap.core.dot.Graphviz} renders them with the {@code dot}
 * program when it is installed.
 *
 * <pre>{@code
 * String dot = DotWriter.toDot(map, DotOptions.defaults());
 * DotWriter.write(map, DotOptions.defaults(), Path.of("map.dot"));
 * if (Graphviz.isAvailable()) {
 *     Graphviz.render(Path.of("map.dot"), Path.of("map.svg"), "svg");
 * }
 * }</pre>
 */
package io.github.argmap.core.dot;
