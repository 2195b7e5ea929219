package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.api.html.HtmlOptions;
import io.github.argmap.api.html.HtmlPage;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.core.ArgumentMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code argmap html [MAP] -o FILE.html}: the map as one self-contained interactive page. */
final class HtmlCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("html", Argmap.summary("html"),
            List.of("The page holds its scripts, styles and data: it opens from a file and loads nothing from the network."),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            List.of(OptionSpec.value("-o", "--output", "FILE", "The page to write (default: NAME.html here)."),
                    OptionSpec.value("--semantics", "LIST",
                            "Readings offered in the page, comma-separated, the first shown first: grounded (default), "
                            + "complete, preferred, stable.").withDefault("grounded"),
                    OptionSpec.value("--reading", "READING", "attack-only (default) or bipolar.").withDefault("attack-only"),
                    OptionSpec.value("--layout", "KIND",
                            "auto (default: Graphviz when installed, for up to 1,000 claims), graphviz or builtin.")
                            .withDefault("auto")));

    private final Argmap top;
    private final String map;
    private final Path output;
    private final String semantics;
    private final String reading;
    private final String layout;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when the output path cannot be read
     */
    HtmlCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.output = args.path("--output");
        this.semantics = args.value("--semantics");
        this.reading = args.value("--reading");
        this.layout = args.value("--layout");
    }

    @SuppressWarnings("try") // the Progress resource is there for its close(), which ends the progress line
    @Override
    public Integer call() {
        List<Semantics> offered = new ArrayList<>();
        for (String name : semantics.split(",", -1)) {
            Semantics s = Readings.semantics(name.strip().toLowerCase(Locale.ROOT), SPEC);
            if (!offered.contains(s)) {
                offered.add(s);
            }
        }
        HtmlOptions.Layout kind;
        try {
            kind = HtmlOptions.Layout.valueOf(layout.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(SPEC, format(CliMessages.UNKNOWN_VALUE, ArgsParser.shown(layout), "--layout",
                    "auto, graphviz or builtin"));
        }
        if (kind == HtmlOptions.Layout.GRAPHVIZ && !io.github.argmap.core.dot.Graphviz.isAvailable()) {
            throw new CliException(CliMessages.GRAPHVIZ_MISSING);
        }
        HtmlOptions options = HtmlOptions.builder().semantics(offered).reading(Readings.parse(reading, SPEC))
                .layout(kind).build();
        MapInput.Loaded loaded = MapInput.load(map, top);
        ArgumentMap m = loaded.map();
        Path target = output != null ? output : Path.of(RenderCommand.stem(loaded.name()) + ".html");
        try (Progress p = Progress.start(top.err, "writing the page " + target)) {
            HtmlPage.write(m, options, target);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_WRITE, target, MapInput.reason(e)), e);
        }
        top.err.println(format(CliMessages.WROTE, target));
        return 0;
    }
}
