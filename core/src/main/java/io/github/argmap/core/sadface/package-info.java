/**
 * SADFace JSON: {@link io.github.argmap.core.sadface.SadfaceFormat}, found by {@code MapFormats.byName("sadface")}.
 *
 * <p>{@code MapFormats.byName("sadface").orElseThrow().write(map, Path.of("map.sadface.json"));}
 */
package io.github.argmap.core.sadface;
