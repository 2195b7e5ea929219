package io.github.argmap.core.microtexts;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Potsdam argumentative microtext corpus's {@code arggraph} XML, read only.
 *
 * <p>{@code MapFormats.byName("microtexts").orElseThrow().read(path)} reads one micro_*.xml file; see
 * {@code docs/formats.md} for what maps to what.
 */
public final class MicrotextsFormat implements MapFormat {
    /** The format's name, {@value}. */
    public static final String NAME = "microtexts";

    /** Creates the format; {@code MapFormats} finds it through {@code ServiceLoader}. */
    public MicrotextsFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("arggraph.xml");
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    /** A Microtexts file's root element is {@code <arggraph>}. */
    @Override
    public boolean recognizes(String head) {
        return head.contains("<arggraph");
    }

    @Override
    public ReadResult read(InputStream in, String name) throws IOException {
        return new MicrotextsReader(name).read(in);
    }

    @Override
    public void write(ArgumentMap map, OutputStream out) {
        throw new UnsupportedOperationException("argmap reads Microtexts argument graphs but does not write them");
    }

    @Override
    public String toString() {
        return NAME;
    }
}
