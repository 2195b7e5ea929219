package io.github.argmap.core.kialo;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Kialo's discussion export (the text file "Export discussion" writes), read only.
 *
 * <p>{@code MapFormats.byName("kialo").orElseThrow().read(path)} reads one export; see
 * {@code docs/formats.md} for what maps to what.
 */
public final class KialoFormat implements MapFormat {
    /** The format's name, {@value}. */
    public static final String NAME = "kialo";

    /** Creates the format; {@code MapFormats} finds it through {@code ServiceLoader}. */
    public KialoFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("kialo.txt", "kialo");
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    /** A Kialo export starts with {@code Discussion Title:} or {@code Discussion Name:}. */
    @Override
    public boolean recognizes(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return h.startsWith("Discussion Title:") || h.startsWith("Discussion Name:");
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new KialoReader(name).read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) {
        throw new UnsupportedOperationException("argmap reads Kialo exports but does not write them");
    }

    @Override
    public String toString() {
        return NAME;
    }
}
