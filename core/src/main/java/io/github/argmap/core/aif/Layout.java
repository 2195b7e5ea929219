package io.github.argmap.core.aif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Two-space indentation and {@code "key": value}, with containers from a settable depth on kept on
 * one line, so that a node or an edge reads as one line; {@code \n} line ends whatever the platform.
 */
final class Layout implements PrettyPrinter {
    private int depth;
    private int inlineFrom = Integer.MAX_VALUE;

    /** Containers opened at this depth or deeper (the root object is depth 1) stay on one line. */
    void inlineFrom(int newDepth) {
        inlineFrom = newDepth;
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
