package io.github.argmap.examples.cli;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code argmap dot [MAP]}: the map as a Graphviz DOT diagram. */
@Command(name = "dot", description = "Write the map as a Graphviz DOT diagram (render it with 'argmap render' or dot -Tsvg).")
final class DotCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", description = "The map (default: the panel).")
    String map;

    @Mixin
    DotArgs diagram;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        ArgumentMap m = MapInput.load(map, top).map();
        DotOptions options = diagram.options(m, spec);
        // Streamed, not built as one string: the diagram of a 100,000-claim map is 57 MB of text.
        if (output == null) {
            try {
                DotWriter.writeUtf8(m, options, top.out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintStream reports failure through checkError, never by throwing
            }
            top.out.flush();
        } else {
            Output.writeFile(output, file -> DotWriter.write(m, options, file));
        }
        return 0;
    }
}
