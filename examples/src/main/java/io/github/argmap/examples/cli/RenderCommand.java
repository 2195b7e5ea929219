package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.dot.Graphviz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code argmap render [MAP]}: the diagram as SVG, PNG or PDF, through Graphviz. */
@Command(name = "render", description = "Draw the map as SVG, PNG or PDF with Graphviz's dot (which must be installed).")
final class RenderCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", description = "The map (default: the panel).")
    String map;

    @Mixin
    DotArgs diagram;

    @Option(names = "--format", defaultValue = "svg", paramLabel = "FORMAT", description = "svg (default), png or pdf.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The picture to write (default: NAME.FORMAT here).")
    Path output;

    @Override
    public Integer call() {
        if (!Graphviz.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, format, "--format", String.join(", ", Graphviz.FORMATS)));
        }
        MapInput.Loaded loaded = MapInput.load(map, top);
        Path target = output != null ? output : Path.of(stem(loaded.name()) + "." + format);
        render(loaded.map(), diagram.options(loaded.map(), spec), target, format, top);
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
