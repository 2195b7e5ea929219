package io.github.argmap.core.argdown;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Argdown, the plain-text argument mapping language of argdown.org: reads the whole language as
 * the Argdown CLI 1.7.5 reads it (statements, arguments with premise-conclusion structures, every
 * relation, sections, tags, data, YAML front matter) and writes any map so that the CLI finds the
 * same claims, arguments and relations.
 *
 * <p>See the {@linkplain io.github.argmap.core.argdown package documentation} for how Argdown maps
 * to argmap's model, the layout argmap writes and what the format loses. Reading costs time and
 * memory linear in the file's size.
 *
 * <pre>{@code
 * ArgumentMap map = new ArgdownFormat().read(Path.of("debate.argdown")).map();
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

    /**
     * Tells whether a file is one the Argdown CLI leaves out when it reads a folder: its name or a
     * folder on its path starts with {@code _}, the Argdown convention for parts that other files
     * {@code @include}.
     *
     * @param relative the file's path relative to the corpus directory
     * @return {@code true} when a part of the path starts with {@code _}
     */
    @Override
    public boolean isPartial(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
