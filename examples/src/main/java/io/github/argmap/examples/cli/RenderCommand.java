package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.dot.Graphviz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code argmap render [MAP]}: the diagram as SVG, PNG or PDF, through Graphviz. The format comes
 * from {@code --format} or else the output file's extension; both given and different is refused,
 * since a file named {@code .png} holding SVG fools every program that opens it.
 */
final class RenderCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("render", Argmap.summary("render"), List.of(),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            CommandSpec.join(DotArgs.OPTIONS,
                    OptionSpec.value("--format", "FORMAT", "svg, png or pdf (default: from the -o file's extension, else svg)."),
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
        String chosen = chooseFormat(format, output);
        MapInput.Loaded loaded = MapInput.load(map, top);
        Path target = output != null ? output : Path.of(stem(loaded.name()) + "." + chosen);
        DotArgs.Drawing drawing = diagram.drawing(loaded.map());
        render(drawing.map(), drawing.options(), target, chosen, top);
        top.err.println(format(CliMessages.WROTE, target));
        return 0;
    }

    /**
     * The picture's format: {@code --format} if given, else the output file's extension, else SVG.
     *
     * @throws UsageException for an unknown format, a file whose extension names none with no
     *     {@code --format}, or a {@code --format} that contradicts the file's extension
     */
    static String chooseFormat(String given, Path output) {
        if (given != null && !Graphviz.FORMATS.contains(given.toLowerCase(Locale.ROOT))) {
            throw new UsageException(SPEC, CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, ArgsParser.shown(given),
                    "--format", String.join(", ", Graphviz.FORMATS)));
        }
        String fromName = null;
        if (output != null && output.getFileName() != null) {
            String file = output.getFileName().toString();
            int dot = file.lastIndexOf('.');
            if (dot > 0) {
                fromName = file.substring(dot + 1).toLowerCase(Locale.ROOT);
            }
        }
        boolean known = fromName != null && Graphviz.FORMATS.contains(fromName);
        if (given != null) {
            String wanted = given.toLowerCase(Locale.ROOT);
            if (known && !fromName.equals(wanted)) {
                throw new UsageException(SPEC, CliMessages.format(CliMessages.FORMAT_CONTRADICTS_NAME, given,
                        output, fromName, wanted));
            }
            return wanted;
        }
        if (output == null || known) {
            return output == null ? "svg" : fromName;
        }
        throw new UsageException(SPEC, CliMessages.format(CliMessages.FORMAT_UNKNOWN_FROM_NAME, output,
                String.join(", ", Graphviz.FORMATS)));
    }

    static String stem(String name) {
        String file = Path.of(name).getFileName().toString();
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file.equals("-") || file.startsWith("<") ? "map" : file;
    }

    @SuppressWarnings("try") // the Progress resource is there for its close(), which ends the progress line
    static void render(ArgumentMap map, DotOptions options, Path target, String format,
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
