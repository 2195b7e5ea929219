package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.api.semantics.SupportReading;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code argmap strength MAP --semantics S}: each claim's gradual strength. */
final class StrengthCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("strength", Argmap.summary("strength"),
            List.of("h-categorizer counts rebuttals only (Besnard & Hunter); df-quad weighs supports against rebuttals "
                    + "from each claim's base score (its weight, default 0.5; Rago et al., KR 2016)."),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            List.of(OptionSpec.value("--semantics", "SEMANTICS", "h-categorizer or df-quad.").asRequired(),
                    OptionSpec.value("--reading", "READING", "For h-categorizer: attack-only (default) or bipolar.")
                            .withDefault("attack-only")));

    private final Argmap top;
    private final String map;
    private final String semantics;
    private final String reading;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     */
    StrengthCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.semantics = args.value("--semantics");
        this.reading = args.value("--reading");
    }

    @Override
    public Integer call() {
        SupportReading r = Readings.parse(reading, SPEC);
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
                throw new UsageException(SPEC, CliMessages.format(CliMessages.UNKNOWN_SEMANTICS, ArgsParser.shown(semantics),
                        "h-categorizer or df-quad"));
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
