package io.github.argmap.core.json;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.MapFormats;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** argmap's own JSON format, through {@link JsonMapReader} and {@link JsonMapWriter}; carries everything. */
public final class JsonFormat implements MapFormat {
    /** Creates the format; {@link java.util.ServiceLoader} calls this through {@link MapFormats}. */
    public JsonFormat() {}

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json", "argmap.json");
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return ReadResult.of(JsonMapReader.read(in, name));
    }

    /**
     * Reads a map file and, as {@link JsonMapReader#read(Path)} does, checks its quotes against the
     * source text its {@code source.path} names when that file exists beside it: the same file gives
     * the same map or the same problems through either entry point.
     */
    @Override
    public ReadResult read(Path file) throws IOException {
        return ReadResult.of(JsonMapReader.read(file));
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        JsonMapWriter.write(map, out);
    }

    @Override
    public String toString() {
        return name();
    }
}
