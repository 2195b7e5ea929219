package io.github.argmap.core.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonMapWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** argmap's own JSON format, through {@link JsonMapReader} and {@link JsonMapWriter}; carries everything. */
final class JsonFormat implements MapFormat {
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

    @Override
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        JsonMapWriter.write(map, out);
    }

    @Override
    public String toString() {
        return name();
    }
}
