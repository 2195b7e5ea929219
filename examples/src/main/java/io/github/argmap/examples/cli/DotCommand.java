package io.github.argmap.examples.cli;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotWriter;
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
        Output.write(output, DotWriter.toDot(m, diagram.options(m, spec)), top.out);
        return 0;
    }
}
