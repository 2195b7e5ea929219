/**
 * The common face of argmap's file formats: {@link io.github.argmap.core.format.MapFormat}, the
 * {@link io.github.argmap.core.format.ReadResult} of a read with its warnings, and the registry
 * {@link io.github.argmap.core.format.MapFormats}.
 *
 * <p>Each format lives in a package of its own ({@code aif}, {@code argdown}, {@code graphml}); the
 * model knows none of them.
 */
package io.github.argmap.core.format;
