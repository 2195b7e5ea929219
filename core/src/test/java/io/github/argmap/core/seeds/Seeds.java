package io.github.argmap.core.seeds;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.SourceQuotes;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The panel map and its source text, for core's and api's own tests: the test copy of
 * {@code io.github.argmap.examples.Seeds}, which ships the panel in the examples jar. core and api do
 * not ship it (the panel is an example, not part of the library) and cannot depend on examples, so
 * their tests read the same files, copied from the repository's seeds/ as test resources.
 *
 * <p>The panel is the LSE/CIVICA event "Coalitions of the willing in action: the role of non-EU
 * NATO members in Europe's security and defence" (16 May 2026). {@link #panel()} loads its map with
 * no file at hand, after checking every quote against the bundled source text.
 *
 * <pre>{@code
 * ArgumentMap panel = Seeds.panel();
 * panel.claims().size();   // every position of the debate
 * }</pre>
 */
public final class Seeds {
    /** The resource name of the panel map. */
    public static final String PANEL_MAP = "coalitions-of-the-willing.json";
    /** The resource name of the panel's source text. */
    public static final String PANEL_SOURCE = "coalitions-of-the-willing.txt";

    private Seeds() {}

    /** Loaded once, on first use; the map is immutable, so sharing it is safe. */
    private static volatile ArgumentMap panel;

    private static ArgumentMap load() {
        try (InputStream in = resource(PANEL_MAP)) {
            ArgumentMap map = JsonMapReader.read(in, PANEL_MAP);
            List<Problem> unfaithful = SourceQuotes.check(map, panelSource(), PANEL_SOURCE);
            if (!unfaithful.isEmpty()) {
                throw new InvalidMapException(unfaithful);
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The panel's argument map.
     *
     * @return the map, the same instance on every call
     * @throws IllegalStateException when the jar was built without its seeds
     */
    public static ArgumentMap panel() {
        ArgumentMap map = panel;
        if (map == null) {
            synchronized (Seeds.class) {
                map = panel;
                if (map == null) {
                    map = load();
                    panel = map;
                }
            }
        }
        return map;
    }

    /**
     * The panel summary the map is built from.
     *
     * @return the full source text
     * @throws IllegalStateException when the jar was built without its seeds
     */
    public static String panelSource() {
        try (InputStream in = resource(PANEL_SOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Seeds.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is missing from argmap-core's jar; rebuild it with mvn package");
        }
        return in;
    }
}
