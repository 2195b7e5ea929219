/**
 * Kialo discussion exports: {@link io.github.argmap.core.kialo.KialoFormat}, found by
 * {@code MapFormats.byName("kialo")}.
 *
 * <p>{@code ReadResult r = MapFormats.byName("kialo").orElseThrow().read(Path.of("discussion.txt"));}
 */
package io.github.argmap.core.kialo;
