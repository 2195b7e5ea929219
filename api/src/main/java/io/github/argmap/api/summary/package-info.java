/**
 * Summaries of a debate: {@link io.github.argmap.api.summary.Summary} holds who argued what, per
 * speaker and per section, where speakers agreed and disagreed, the most supported and most
 * contested claims; {@link io.github.argmap.api.summary.MarkdownSummary} and
 * {@link io.github.argmap.api.summary.JsonSummary} render it.
 *
 * <pre>{@code
 * Summary summary = Summary.of(map);
 * String digest = MarkdownSummary.render(summary);
 * }</pre>
 */
package io.github.argmap.api.summary;
