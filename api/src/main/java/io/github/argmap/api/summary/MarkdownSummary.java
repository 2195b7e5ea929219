package io.github.argmap.api.summary;

import io.github.argmap.api.internal.Utf8Chunks;
import io.github.argmap.core.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Renders a {@link Summary} as Markdown a person can read without the source.
 *
 * <p>The document has a title, an overview with the counts, which claims stand (when statuses were
 * given), one heading per section in the debate's order with its main points as bullets and their
 * replies nested under them ("for" and "against"), quotes as block quotes, then the speakers with
 * the tables of who supports and who rebuts whom, the most supported, most contested and unanswered
 * claims, the longest chain of reasoning and the analyst's notes. User text is escaped where it
 * would break the structure: a leading {@code #}, {@code >}, {@code -}, {@code +} or {@code 1.};
 * and {@code \ * _ ` [ ] < |} anywhere. Lines end in {@code \n}; the output depends only on the
 * summary, so the same map gives the same bytes.
 *
 * <pre>{@code
 * String md = MarkdownSummary.render(Summary.of(map));
 * MarkdownSummary.write(Summary.of(map), Path.of("summary.md"));
 * }</pre>
 */
public final class MarkdownSummary {
    private MarkdownSummary() {}

    /**
     * Renders a summary.
     *
     * @param summary the summary
     * @return the Markdown text, ending in a newline
     */
    public static String render(Summary summary) {
        try {
            return new MarkdownRenderer(summary, null).render();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: nothing is written to a stream
        }
    }

    /**
     * Writes a summary to a file, UTF-8, through a temporary file and an atomic move.
     *
     * @param summary the summary
     * @param file the target
     * @throws IOException when the file cannot be written; the previous file is then unchanged
     */
    public static void write(Summary summary, Path file) throws IOException {
        AtomicFiles.write(file, out -> writeUtf8(summary, out));
    }

    /**
     * Writes a summary to a byte stream, UTF-8, a piece at a time: the summary of a large map is
     * never held in memory whole, as {@link #render(Summary)} holds it.
     *
     * @param summary the summary
     * @param out where the Markdown goes; it is not flushed or closed
     * @throws IOException when the stream fails
     */
    public static void writeUtf8(Summary summary, OutputStream out) throws IOException {
        try {
            new MarkdownRenderer(summary, new Utf8Chunks(out)).render();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Escapes text for use inside a line: characters that open inline markup or end a table cell,
     * line breaks (turned into spaces) and a leading block marker.
     *
     * @param text user text
     * @return the text, safe inside a paragraph, list item, heading or table cell
     */
    public static String escape(String text) {
        return MarkdownText.escape(text);
    }
}
