package io.github.argmap.core.format;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats argmap reads and writes, by name or by file name.
 *
 * <p>{@code json} is argmap's own format and carries everything; {@code aif} (AIF-JSON, as AIFdb
 * and OVA exchange it), {@code argdown} and {@code graphml} carry the map to other tools and back,
 * each as far as its documentation says.
 *
 * <pre>{@code
 * MapFormat to = MapFormats.byName("graphml").orElseThrow();
 * MapFormat from = MapFormats.forFile(Path.of("panel.aif.json")).orElseThrow();  // aif
 * to.write(from.read(Path.of("panel.aif.json")).map(), Path.of("panel.graphml"));
 * }</pre>
 */
public final class MapFormats {
    /**
     * Every format on the module path or class path, found once by {@link ServiceLoader}: a format
     * registers with one {@code provides} line in its module-info.java and one line in
     * {@code META-INF/services/io.github.argmap.core.format.MapFormat}. So this package imports no
     * format. The order is the services file's (argmap's own: json, aif, argdown, graphml), then
     * other modules' in the loader's order; a name already taken is not registered twice.
     */
    private static final List<MapFormat> ALL = discover();

    private MapFormats() {}

    private static List<MapFormat> discover() {
        Map<String, MapFormat> byName = new LinkedHashMap<>();
        for (MapFormat format : ServiceLoader.load(MapFormat.class, MapFormats.class.getClassLoader())) {
            byName.putIfAbsent(format.name(), format);
        }
        return List.copyOf(byName.values());
    }

    /**
     * Every format, in a fixed order: json, aif, argdown, graphml.
     *
     * @return an immutable list
     */
    public static List<MapFormat> all() {
        return ALL;
    }

    /**
     * The names of every format, in the order of {@link #all()}.
     *
     * @return such as {@code [json, aif, argdown, graphml]}
     */
    public static List<String> names() {
        return ALL.stream().map(MapFormat::name).toList();
    }

    /**
     * Looks up a format by name, ignoring case.
     *
     * @param name such as {@code aif}
     * @return the format, or empty when none has that name
     */
    public static Optional<MapFormat> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /**
     * Guesses a file's format from the end of its name; the longest matching extension wins, so
     * {@code x.aif.json} is AIF and {@code x.json} argmap JSON.
     *
     * @param file the file
     * @return the format, or empty when no format claims the file's ending
     */
    public static Optional<MapFormat> forFile(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.toString().toLowerCase(Locale.ROOT);
        MapFormat best = null;
        int bestLength = 0;
        for (MapFormat format : ALL) {
            for (String extension : format.extensions()) {
                if (lower.endsWith("." + extension) && extension.length() > bestLength) {
                    best = format;
                    bestLength = extension.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
