package io.github.argmap.examples.cli;

import io.github.argmap.api.summary.ClaimRef;
import io.github.argmap.api.summary.JsonSummary;
import io.github.argmap.api.summary.MarkdownSummary;
import io.github.argmap.api.summary.Ranked;
import io.github.argmap.api.summary.SpeakerSummary;
import io.github.argmap.api.summary.Summary;
import io.github.argmap.api.summary.SummaryOptions;
import io.github.argmap.core.ArgumentMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code argmap summary [MAP]}: a digest of the debate. */
final class SummaryCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("summary", Argmap.summary("summary"),
            List.of("Which claims stand is worked out by grounded semantics with the attack-only reading (rebuttals and undercuts attack), "
                    + "and DF-QuAD strength."),
            List.of(ParameterSpec.optional("MAP", "The map (default: the panel).")),
            List.of(OptionSpec.value("--format", "FORMAT", "markdown (default), json or text.").withDefault("markdown"),
                    OptionSpec.flag("--no-standing", "Leave out which claims stand."),
                    OptionSpec.value("-o", "--output", "FILE", "Write here instead of standard output.")));

    private final Argmap top;
    private final String map;
    private final String format;
    private final boolean noStanding;
    private final Path output;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     * @throws UsageException when the output is not a path
     */
    SummaryCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.map = args.positional("MAP");
        this.format = args.value("--format");
        this.noStanding = args.flag("--no-standing");
        this.output = args.path("--output");
    }

    @Override
    public Integer call() {
        if (!format.equals("markdown") && !format.equals("json") && !format.equals("text")) {
            throw new UsageException(SPEC, CliMessages.format(CliMessages.UNKNOWN_OUTPUT_FORMAT, ArgsParser.shown(format),
                    "--format", "markdown, json or text"));
        }
        ArgumentMap m = MapInput.load(map, top).map();
        Summary summary = summarise(m, !noStanding);
        switch (format) {
            case "json": Output.write(output, JsonSummary.render(summary), top.out); break;
            case "text": Output.write(output, text(summary), top.out); break;
            default:
                // Streamed: the digest of 100,000 claims is 55 MB of Markdown.
                Output.stream(output, top.out, stream -> MarkdownSummary.writeUtf8(summary, stream),
                        file -> MarkdownSummary.write(summary, file));
        }
        return 0;
    }

    static Summary summarise(ArgumentMap m, boolean standing) {
        SummaryOptions options = SummaryOptions.defaults();
        if (standing) {
            try {
                options = Standings.summaryOptions(m);
            } catch (IllegalArgumentException e) {
                throw new CliException(CliMessages.format(CliMessages.NO_STANDING, e.getMessage()), e);
            }
        }
        return Summary.of(m, options);
    }

    /** A terse overview for terminals: counts, speakers, the most contested claims and what stands. */
    static String text(Summary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.title()).append('\n');
        out.append(String.format(Locale.ROOT, "%d claims, %d supports, %d rebuttals, %d speakers, %d sections%n",
                s.counts().claims(), s.counts().supports(), s.counts().rebuttals(), s.counts().speakers(),
                s.counts().sections()).replace(System.lineSeparator(), "\n"));
        out.append("\nSpeakers\n");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        s.speakers().forEach(sp -> names.put(sp.id(), sp.name()));
        for (SpeakerSummary sp : s.speakers()) {
            out.append(String.format(Locale.ROOT, "  %-28s %3d claims, %2d rebuttals given, %2d received%s%n",
                    sp.name(), sp.claims(), sp.rebuttalsGiven(), sp.rebuttalsReceived(),
                    sp.rebuts().isEmpty() ? "" : "; rebuts " + String.join(", ",
                            sp.rebuts().stream().map(id -> names.getOrDefault(id, id)).toList()))
                    .replace(System.lineSeparator(), "\n"));
        }
        if (!s.mostContested().isEmpty()) {
            out.append("\nMost contested\n");
            for (Ranked r : s.mostContested()) {
                out.append(String.format(Locale.ROOT, "  %5.1f  %s%n", r.score(), line(r.claim()))
                        .replace(System.lineSeparator(), "\n"));
            }
        }
        s.standing().ifPresent(st -> {
            out.append(String.format(Locale.ROOT, "%nWhich claims stand (%s)%n  %d accepted, %d rejected, %d undecided%n",
                    st.basis().orElse("given statuses"), st.accepted(), st.rejected(), st.undecided())
                    .replace(System.lineSeparator(), "\n"));
            for (ClaimRef t : st.acceptedTheses()) {
                out.append("  stands:    ").append(line(t)).append('\n');
            }
            for (ClaimRef t : st.rejectedTheses()) {
                out.append("  falls:     ").append(line(t)).append('\n');
            }
            for (ClaimRef t : st.undecidedTheses()) {
                out.append("  undecided: ").append(line(t)).append('\n');
            }
        });
        return out.toString();
    }

    private static String line(ClaimRef c) {
        return c.text().replace('\n', ' ') + c.speakerName().map(n -> " (" + n + ")").orElse("") + " [" + c.id() + "]";
    }
}
