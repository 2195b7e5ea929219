package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.semantics.iccma.ApxFormat;
import io.github.argmap.api.semantics.iccma.IccmaFormat;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.MapFormats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code argmap convert MAP --to FORMAT}: writes a map in another format. */
@Command(name = "convert", description = {
    "Write a map as json, aif, argdown, graphml, apx or iccma.",
    "apx (ASPARTIX) and iccma (ICCMA 2023) are abstract frameworks: claims become arguments and "
        + "rebuttals attacks."})
final class ConvertCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MAP", description = "The map: a file, '-' or a bundled name.")
    String map;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "json, aif, argdown, graphml, apx or iccma.")
    String to;

    @Option(names = "--reading", paramLabel = "READING", defaultValue = "bipolar",
            description = "For apx and iccma: how supports count, bipolar (default) or attack-only.")
    String reading;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    static List<String> targets() {
        List<String> names = new ArrayList<>();
        MapFormats.all().stream().filter(MapFormat::canWrite).forEach(f -> names.add(f.name()));
        names.add("apx");
        names.add("iccma");
        return names;
    }

    @Override
    public Integer call() {
        SupportReading supportReading = Readings.parse(reading, spec);
        if (!targets().contains(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, to, "--to", "one of " + String.join(", ", targets())));
        }
        MapInput.Loaded loaded = MapInput.load(map, top);
        String text;
        if (to.equals("apx") || to.equals("iccma")) {
            MapFramework framework = MapFramework.of(loaded.map(), supportReading);
            text = to.equals("apx") ? ApxFormat.write(framework.framework()) : IccmaFormat.write(framework.framework());
        } else {
            text = MapFormats.byName(to).orElseThrow().toText(loaded.map());
        }
        Output.write(output, text, top.out);
        return 0;
    }
}
