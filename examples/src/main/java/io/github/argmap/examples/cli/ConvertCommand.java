package io.github.argmap.examples.cli;

import io.github.argmap.core.json.JsonMapWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code argmap convert MAP --to FORMAT}: writes a map in another format. */
@Command(name = "convert", description = "Write a map in another format.")
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map: a file, '-' or a bundled name.")
    String map;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        MapInput.Loaded loaded = MapInput.load(map, top.in);
        if (!to.equals("json")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "unknown format '" + to + "' for --to; use json");
        }
        Output.write(output, JsonMapWriter.toJson(loaded.map()), top.out);
        return 0;
    }
}
