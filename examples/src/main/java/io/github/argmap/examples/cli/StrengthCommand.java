package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code argmap strength MAP --semantics S}: each claim's gradual strength. */
@Command(name = "strength", description = {
    "Print each claim's strength in [0, 1], one line per claim in map order: strength, id, text.",
    "h-categorizer counts rebuttals only (Besnard & Hunter); df-quad weighs supports against",
    "rebuttals from each claim's base score (its weight, default 0.5; Rago et al., KR 2016)."})
final class StrengthCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", description = "The map (default: the panel).")
    String map;

    @Option(names = "--semantics", required = true, paramLabel = "SEMANTICS", description = "h-categorizer or df-quad.")
    String semantics;

    @Option(names = "--reading", paramLabel = "READING", defaultValue = "attack-only",
            description = "For h-categorizer: attack-only (default) or bipolar.")
    String reading;

    @Override
    public Integer call() {
        SupportReading r = Readings.parse(reading, spec);
        Strengths strengths;
        ArgumentMap m;
        switch (semantics) {
            case "h-categorizer":
                m = MapInput.load(map, top).map();
                strengths = Strength.hCategorizer(m, r);
                break;
            case "df-quad":
                m = MapInput.load(map, top).map();
                strengths = Strength.dfQuad(m);
                break;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        CliMessages.format(CliMessages.UNKNOWN_SEMANTICS, semantics, "h-categorizer or df-quad"));
        }
        StringBuilder out = new StringBuilder();
        out.append("# ").append(semantics)
                .append(strengths.reading().map(x -> ", " + Readings.label(x) + " reading").orElse(""))
                .append(strengths.converged()
                        ? (strengths.iterations() == 0 ? ", exact (acyclic)" : ", converged after " + strengths.iterations() + " iterations")
                        : ", NOT converged after " + strengths.iterations() + " iterations; values are the last iterate")
                .append('\n');
        for (Claim c : m.claims()) {
            out.append(String.format(Locale.ROOT, "%.4f\t%s\t%s\n", strengths.of(c.id()), c.id(), oneLine(c.text())));
        }
        top.out.print(out);
        top.out.flush();
        return 0;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\t', ' ');
    }
}
