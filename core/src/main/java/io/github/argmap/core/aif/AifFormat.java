package io.github.argmap.core.aif;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * AIF-JSON, the Argument Interchange Format as AIFdb and OVA exchange it: read and write.
 *
 * <p>See the {@linkplain io.github.argmap.core.aif package documentation} for the mapping, the
 * {@code "argmap"} extension that carries what AIF has no place for, and what reading foreign AIF
 * keeps and reports.
 *
 * <pre>{@code
 * AifFormat aif = new AifFormat();
 * aif.write(map, Path.of("panel.aif.json"));
 * ReadResult back = aif.read(Path.of("panel.aif.json"));   // back.map() equals map
 * }</pre>
 */
public final class AifFormat implements MapFormat {
    /** The format's name in {@link io.github.argmap.core.format.MapFormats}. */
    public static final String NAME = "aif";

    /** Creates the format; it holds no state. */
    public AifFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("aif.json", "aif");
    }

    /** AIF, AIFdb, OVA and xAIF name their nodes with {@code "nodeID"} (xAIF wraps them in {@code "AIF"}). */
    @Override
    public boolean recognizes(String head) {
        String h = head.stripLeading();
        return h.startsWith("{") && (h.contains("\"nodeID\"") || h.contains("\"AIF\""));
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new AifReader(name).read(in.readAllBytes());
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        AifWriter.write(map, out);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
