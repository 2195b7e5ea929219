package io.github.argmap.core.sadface;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * SADFace JSON (ARG-tech's Simple Argument Description Format), read and written.
 *
 * <p>{@code MapFormats.byName("sadface").orElseThrow().read(path)} reads one SADFace document; see
 * {@code docs/formats.md} for what maps to what.
 */
public final class SadfaceFormat implements MapFormat {
    /** The format's name, {@value}. */
    public static final String NAME = "sadface";

    /** Creates the format; {@code MapFormats} finds it through {@code ServiceLoader}. */
    public SadfaceFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("sadface.json", "sadface");
    }

    /** A SADFace document names its edges' ends {@code "source_id"} and {@code "target_id"}. */
    @Override
    public boolean recognizes(String head) {
        return head.stripLeading().startsWith("{") && (head.contains("\"source_id\"") || head.contains("\"sadface\""));
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new SadfaceReader(name).read(in.readAllBytes());
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        SadfaceWriter.write(map, out);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
