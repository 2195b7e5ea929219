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

/** {@code argmap show [MAP] CLAIM}: one claim with its quote, speaker and the case for and against it. */
final class ShowCommand implements Callable<Integer> {
    /** The command's parameters: a lone argument is the claim. */
    static final CommandSpec SPEC = new CommandSpec("show", Argmap.summary("show"),
            List.of("Lists what the claim supports or rebuts, and who supports and rebuts it, directly and transitively "
                    + "(the case for: chains with an even number of rebuttals; the case against: an odd number)."),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel)."),
                    ParameterSpec.required("CLAIM", "The claim's id.")),
            List.of());

    private final Argmap top;
    private final String mapSpec;
    private final String id;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     */
    ShowCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.mapSpec = args.positional("MAP");
        this.id = args.positional("CLAIM");
    }

    @Override
    public Integer call() {
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
