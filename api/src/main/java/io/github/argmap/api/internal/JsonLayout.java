package io.github.argmap.api.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The one JSON layout argmap writes: two-space indentation, {@code "key": value}, {@code \n} line
 * ends whatever the platform, and containers from a settable depth on kept on one line.
 *
 * <p>Jackson's default printer writes {@code "key" : value} and the platform's line separator, so
 * output would differ between machines. A layout holds the depth of the document being written:
 * use one per generator.
 *
 * <pre>{@code
 * generator.setPrettyPrinter(JsonLayout.inlineFrom(4));   // a claim's tags on one line
 * }</pre>
 *
 * <p>api's own copy of core's class of the same name: core exports no internal package, so api
 * keeps the few helpers it shares with core's writers. The summary golden files (RenderTest) pin
 * that both still write the same layout.
 */public final class JsonLayout implements PrettyPrinter {
    private int depth;
    private int inlineFrom;

    private JsonLayout(int inlineFrom) {
        this.inlineFrom = inlineFrom;
    }

    /**
     * A layout that breaks every container over lines.
     *
     * @return a new layout
     */
    public static JsonLayout indented() {
        return new JsonLayout(Integer.MAX_VALUE);
    }

    /**
     * A layout that keeps containers opened at {@code depth} or deeper on one line, as
     * {@code {"a": 1, "b": [2, 3]}}; the root object is depth 1, so {@code inlineFrom(1)} writes
     * one line.
     *
     * @param depth the first depth written on one line
     * @return a new layout
     */
    public static JsonLayout inlineFrom(int depth) {
        return new JsonLayout(depth);
    }

    /**
     * Changes the depth from which containers stay on one line, for the values written next.
     *
     * @param depth the first depth written on one line
     */
    public void setInlineFrom(int depth) {
        inlineFrom = depth;
    }

    private boolean inline() {
        return depth >= inlineFrom;
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!inline()) {
            newline(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline()) {
            g.writeRaw(' ');
        } else {
            newline(g);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        close(g, nrOfEntries, '}');
    }

    private void close(JsonGenerator g, int entries, char bracket) throws IOException {
        boolean wasInline = inline();
        depth--;
        if (entries > 0 && !wasInline) {
            newline(g);
        }
        g.writeRaw(bracket);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!inline()) {
            newline(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        writeObjectEntrySeparator(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        close(g, nrOfValues, ']');
    }
}
