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
import io.github.argmap.core.seeds.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code argmap demo}: the panel's summary, and its diagram written to a folder. */
@Command(name = "demo", description = {
    "The main job: print the panel's summary, and write its diagram as DIR/panel.dot",
    "(and DIR/panel.svg when Graphviz is installed). Claims are marked by grounded acceptance",
    "and DF-QuAD strength."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Option(names = "--out", defaultValue = "argmap-out", paramLabel = "DIR", description = "Where to write the diagram (default argmap-out).")
    Path out;

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
