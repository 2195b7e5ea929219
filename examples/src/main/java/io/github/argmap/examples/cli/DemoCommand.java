package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.dot.Graphviz;
import io.github.argmap.examples.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code argmap demo}: the panel's summary, and its diagram written to a folder. */
final class DemoCommand implements Callable<Integer> {
    /** The command's options. */
    static final CommandSpec SPEC = new CommandSpec("demo", Argmap.summary("demo"),
            List.of("Claims are marked by grounded acceptance and DF-QuAD strength."), List.of(),
            List.of(OptionSpec.value("--out", "DIR", "Where to write the diagram (default argmap-out).").withDefault("argmap-out")));

    private final Argmap top;
    private final Path out;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when the folder is not a path
     */
    DemoCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.out = args.path("--out");
    }

    @Override
    public Integer call() {
        ArgumentMap panel = Seeds.panel();
        top.out.print(MarkdownSummary.render(SummaryCommand.summarise(panel, true)));
        top.out.flush();
        DotOptions options = DotOptions.builder()
                .status(Standings.dotStatus(Acceptance.of(panel, Semantics.GROUNDED)))
                .strength(Standings.dotStrength(Strength.dfQuad(panel)))
                .build();
        Path dot = out.resolve("panel.dot");
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_WRITE, out, MapInput.reason(e)), e);
        }
        Output.writeFile(dot, file -> DotWriter.write(panel, options, file));
        top.err.println(format(CliMessages.WROTE, dot));
        if (Graphviz.isAvailable()) {
            Path svg = out.resolve("panel.svg");
            RenderCommand.render(panel, options, svg, "svg", top);
            top.err.println(format(CliMessages.WROTE, svg));
        } else {
            top.err.println(CliMessages.GRAPHVIZ_MISSING);
        }
        return 0;
    }
}
