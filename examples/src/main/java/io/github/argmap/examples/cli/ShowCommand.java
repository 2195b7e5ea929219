package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.api.traverse.Reason;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Speaker;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code argmap show [MAP] CLAIM}: one claim with its quote, speaker and the case for and against it. */
@Command(name = "show", description = {
    "Show a claim with its quote and speaker, and the case for and against it.",
    "Lists what the claim supports or rebuts, and who supports and rebuts it, directly and "
        + "transitively (the case for: chains with an even number of rebuttals; the case against: an odd number)."})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    Argmap top;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "[MAP] CLAIM", description = "The map (default: the panel) and the claim's id.")
    List<String> args;

    @Override
    public Integer call() {
        if (args.size() > 2) {
            // picocli lets a 1..2 positional match twice; the extras would be dropped silently.
            throw new CommandLine.ParameterException(spec.commandLine(), format(CliMessages.EXTRA_PARAMETER, args.get(2)));
        }
        String mapSpec = args.size() == 2 ? args.get(0) : null;
        String id = args.get(args.size() - 1);
        MapInput.Loaded loaded = MapInput.load(mapSpec, top);
        ArgumentMap map = loaded.map();
        Claim c = map.claim(id).orElseThrow(() -> new CliException(
                format(CliMessages.UNKNOWN_CLAIM, loaded.name(), id, loaded.name())));
        Traversal t = Traversal.of(map);
        StringBuilder out = new StringBuilder();
        out.append(c.id()).append(": ").append(c.text()).append('\n');
        map.speakerOf(c).ifPresent(s -> out.append("  speaker: ").append(describe(s)).append('\n'));
        map.sectionOf(c).ifPresent(s -> out.append("  section: ").append(s.title()).append('\n'));
        c.quote().ifPresent(q -> out.append("  quote:   \"").append(q).append("\"\n"));
        if (!c.tags().isEmpty()) {
            out.append("  tags:    ").append(String.join(", ", c.tags())).append('\n');
        }
        c.note().ifPresent(n -> out.append("  note:    ").append(n).append('\n'));
        list(out, "Supports", t.supported(id), map);
        list(out, "Rebuts", t.rebutted(id), map);
        list(out, "Supported by", t.supporters(id), map);
        list(out, "Rebutted by", t.rebutters(id), map);
        reasons(out, "Case for", t.caseFor(id), map);
        reasons(out, "Case against", t.caseAgainst(id), map);
        top.out.print(out);
        top.out.flush();
        return 0;
    }

    private static String describe(Speaker s) {
        return s.name() + " (" + s.role() + s.affiliation().map(a -> ", " + a).orElse("") + ")";
    }

    private static void list(StringBuilder out, String label, List<Claim> claims, ArgumentMap map) {
        out.append(label).append(" (").append(claims.size()).append(")").append(claims.isEmpty() ? "\n" : ":\n");
        for (Claim c : claims) {
            out.append("  - ").append(line(c, map)).append('\n');
        }
    }

    private static void reasons(StringBuilder out, String label, List<Reason> reasons, ArgumentMap map) {
        out.append(label).append(", transitively (").append(reasons.size()).append(")")
                .append(reasons.isEmpty() ? "\n" : ":\n");
        for (Reason r : reasons) {
            Relation via = r.via();
            out.append("  ".repeat(Math.min(r.depth(), 6))).append(r.depth()).append(". ")
                    .append(line(r.claim(), map)).append("  [").append(via.kind().label()).append("s ")
                    .append(via.to()).append("]\n");
        }
    }

    private static String line(Claim c, ArgumentMap map) {
        return c.id() + ": " + c.text().replace('\n', ' ') + map.speakerOf(c).map(s -> " (" + s.name() + ")").orElse("");
    }
}
