package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.dot.Graphviz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code argmap render [MAP]}: the diagram as SVG, PNG or PDF, through Graphviz. */
final class RenderCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("render", Argmap.summary("render"), List.of(),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            CommandSpec.join(DotArgs.OPTIONS,
                    OptionSpec.value("--format", "FORMAT", "svg (default), png or pdf.").withDefault("svg"),
                    OptionSpec.value("-o", "--output", "FILE", "The picture to write (default: NAME.FORMAT here).")));

    private final Argmap top;
    private final String map;
    private final DotArgs diagram;
    private final String format;
    private final Path output;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when a number or path option cannot be read
     */
    RenderCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.diagram = new DotArgs(args);
        this.format = args.value("--format");
        this.output = args.path("--output");
    }

    @Override
    public Integer call() {
        if (!Graphviz.FORMATS.contains(format)) {
            throw new UsageException(SPEC, CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, ArgsParser.shown(format),
                    "--format", String.join(", ", Graphviz.FORMATS)));
        }
        MapInput.Loaded loaded = MapInput.load(map, top);
        Path target = output != null ? output : Path.of(stem(loaded.name()) + "." + format);
        render(loaded.map(), diagram.options(loaded.map()), target, format, top);
        top.err.println(format(CliMessages.WROTE, target));
        return 0;
    }

    static String stem(String name) {
        String file = Path.of(name).getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file.equals("-") || file.startsWith("<") ? "map" : file;
    }

    static void render(ArgumentMap map, io.github.argmap.core.dot.DotOptions options, Path target, String format,
            Argmap top) {
        if (!Graphviz.isAvailable()) {
            throw new CliException(CliMessages.GRAPHVIZ_MISSING);
        }
        Path dot = null;
        try (Progress p = Progress.start(top.err, "rendering " + target + " with Graphviz")) {
            dot = Files.createTempFile("argmap-", ".dot");
            DotWriter.write(map, options, dot);
            Graphviz.render(dot, target, format);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_WRITE, target, MapInput.reason(e)), e);
        } finally {
            if (dot != null) {
                try {
                    Files.deleteIfExists(dot);
                } catch (IOException ignored) {
                    // A stray file in the temporary directory is not worth failing the render for.
                }
            }
        }
    }
}
