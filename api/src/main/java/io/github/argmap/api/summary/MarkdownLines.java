package io.github.argmap.api.summary;

import io.github.argmap.api.internal.Utf8Chunks;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The lines of a Markdown document, kept in a buffer or streamed: past a chunk's size the buffer
 * goes to the sink, so the digest of a large map is never held whole. Blank lines between blocks
 * are managed here, so that the renderer above only says what comes next.
 */
abstract class MarkdownLines {
    /** Past this many chars, a streamed rendering hands what it has to the stream. */
    private static final int CHUNK = 1 << 16;
    final StringBuilder out = new StringBuilder(8192);
    /** Where a streamed rendering goes, or null to keep the whole text in {@code out}. */
    private final Utf8Chunks sink;
    /** Chars already handed to the sink. */
    private long written;

    MarkdownLines(Utf8Chunks sink) {
        this.sink = sink;
    }

    void line(String text) {
        out.append(text).append('\n');
        if (sink != null && out.length() > CHUNK) {
            spill();
        }
    }

    /**
     * Hands the buffer to the sink up to its trailing line breaks, which stay: {@link #heading}
     * looks at them, and the last ones are trimmed at the end. (A line ends in one, so at least
     * one stays.)
     */
    private void spill() {
        int cut = out.length();
        while (cut > 0 && out.charAt(cut - 1) == '\n') {
            cut--;
        }
        try {
            sink.write(out, 0, cut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.delete(0, cut);
        written += cut;
    }

    void heading(int level, String text) {
        int n = out.length();
        if (written + n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            out.append('\n');
        }
        line("#".repeat(level) + " " + text);
        out.append('\n');
    }

    /** Ends the document with exactly one newline; returns the whole text, or null when it was streamed. */
    String finish() throws IOException {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
        if (sink == null) {
            return out.toString();
        }
        sink.write(out, 0, out.length());
        return null;
    }
}
