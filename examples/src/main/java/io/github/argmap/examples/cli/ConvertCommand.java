package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.MapFramework;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.api.semantics.iccma.ApxFormat;
import io.github.argmap.api.semantics.iccma.IccmaFormat;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.MapFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code argmap convert MAP --to FORMAT}: writes a map in another format. */
final class ConvertCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("convert", Argmap.summary("convert"),
            List.of("apx (ASPARTIX) and iccma (ICCMA 2023) are abstract frameworks: claims become arguments and "
                    + "rebuttals attacks."),
            List.of(ParameterSpec.required("MAP", "The map: a file, '-', a bundled name, or a corpus directory "
                    + "(every file converted into the -o directory).")),
            List.of(OptionSpec.value("--to", "FORMAT", "json, aif, argdown, graphml, sadface, apx or iccma.").asRequired(),
                    OptionSpec.value("--reading", "READING", "For apx and iccma: how supports count, attack-only (default) "
                            + "or bipolar.").withDefault("attack-only"),
                    OptionSpec.value("-o", "--output", "FILE", "Write here instead of standard output.")));

    private final Argmap top;
    private final String map;
    private final String to;
    private final String reading;
    private final Path output;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when the output is not a path
     */
    ConvertCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.to = args.value("--to");
        this.reading = args.value("--reading");
        this.output = args.path("--output");
    }

    static List<String> targets() {
        List<String> names = new ArrayList<>();
        MapFormats.all().stream().filter(MapFormat::canWrite).forEach(f -> names.add(f.name()));
        names.add("apx");
        names.add("iccma");
        return names;
    }

    @Override
    public Integer call() {
        SupportReading supportReading = Readings.parse(reading, SPEC);
        if (!targets().contains(to)) {
            throw new UsageException(SPEC, CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, ArgsParser.shown(to), "--to",
                    "one of " + String.join(", ", targets())));
        }
        if (map != null && !map.equals("-") && Files.isDirectory(Path.of(map))) {
            if (output == null || to.equals("apx") || to.equals("iccma")) {
                throw new UsageException(SPEC, "converting the directory " + ArgsParser.shown(map)
                        + " needs -o OUTDIR and a map format for --to (" + String.join(", ", MapFormats.all().stream()
                        .filter(MapFormat::canWrite).map(MapFormat::name).toList()) + ")");
            }
            return CorpusConversion.run(Path.of(map), MapFormats.byName(to).orElseThrow(), output, top.err,
                    top.err == Argmap.STDERR && Progress.watched());
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
