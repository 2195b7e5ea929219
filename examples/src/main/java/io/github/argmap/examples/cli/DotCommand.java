package io.github.argmap.examples.cli;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code argmap dot [MAP]}: the map as a Graphviz DOT diagram. */
final class DotCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("dot", Argmap.summary("dot"), List.of(),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            CommandSpec.join(DotArgs.OPTIONS,
                    OptionSpec.value("-o", "--output", "FILE", "Write here instead of standard output.")));

    private final Argmap top;
    private final String map;
    private final DotArgs diagram;
    private final Path output;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when a number or path option cannot be read
     */
    DotCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.diagram = new DotArgs(args);
        this.output = args.path("--output");
    }

    @Override
    @SuppressWarnings("try") // the Progress resource is there for its close(), which ends the progress line
    public Integer call() {
        DotArgs.Drawing drawing = diagram.drawing(MapInput.load(map, top).map());
        ArgumentMap m = drawing.map();
        DotOptions options = drawing.options();
        // Streamed: the diagram of a 100,000-claim map is 57 MB of text.
        try (Progress p = Progress.start(top.err, "writing the diagram")) {
            Output.stream(output, top.out, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                DotWriter.write(m, options, writer);
                writer.flush();
            }, file -> DotWriter.write(m, options, file));
        }
        return 0;
    }
}
