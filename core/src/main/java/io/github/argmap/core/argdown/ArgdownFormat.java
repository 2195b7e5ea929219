package io.github.argmap.core.argdown;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Argdown, the plain-text argument mapping language of argdown.org: write, and read back the
 * subset argmap writes.
 *
 * <p>See the {@linkplain io.github.argmap.core.argdown package documentation} for the layout, the
 * escaping and what the format loses.
 *
 * <pre>{@code
 * new ArgdownFormat().write(map, Path.of("panel.argdown"));   // then: argdown map panel.argdown out/
 * }</pre>
 */
public final class ArgdownFormat implements MapFormat {
    /** The format's name in {@link io.github.argmap.core.format.MapFormats}. */
    public static final String NAME = "argdown";

    /** Creates the format; it holds no state. */
    public ArgdownFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("argdown", "ad");
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new ArgdownReader(name).read(in.readAllBytes());
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        ArgdownWriter.write(map, out);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
