package io.github.argmap.core.graphml;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * GraphML, the XML graph format yEd, Gephi, Cytoscape and NetworkX read: write, and read back.
 *
 * <p>See the {@linkplain io.github.argmap.core.graphml package documentation} for the keys.
 *
 * <pre>{@code
 * new GraphmlFormat().write(map, Path.of("panel.graphml"));   // open in yEd or Gephi
 * }</pre>
 */
public final class GraphmlFormat implements MapFormat {
    /** The format's name in {@link io.github.argmap.core.format.MapFormats}. */
    public static final String NAME = "graphml";

    /** Creates the format; it holds no state. */
    public GraphmlFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("graphml");
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new GraphmlReader(name).read(in.readAllBytes());
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        GraphmlWriter.write(map, out);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
