/**
 * The Potsdam argumentative microtext corpus ({@code arggraph} XML):
 * {@link io.github.argmap.core.microtexts.MicrotextsFormat}, found by {@code MapFormats.byName("microtexts")}.
 *
 * <p>{@code ReadResult r = MapFormats.byName("microtexts").orElseThrow().read(Path.of("micro_b001.xml"));}
 */
package io.github.argmap.core.microtexts;
