package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.Cluster;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.RankDir;
import java.util.List;
import java.util.Locale;

/** The diagram options shared by {@code dot} and {@code render}. */
final class DotArgs {
    /** The options, in the order help lists them. */
    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value("--cluster", "BY", "Group claims by speaker, section, or none (default).").withDefault("none"),
            OptionSpec.value("--rankdir", "DIR", "BT (default: evidence below conclusions), TB, LR or RL.").withDefault("BT"),
            OptionSpec.value("--focus", "CLAIM", "Keep only the claims near this one."),
            OptionSpec.value("--depth", "N", "With --focus: how many steps away, either way along any relation (default 2).")
                    .withDefault("2"),
            OptionSpec.value("--tag", "TAG", "Keep only the claims with this tag."),
            OptionSpec.value("--status", "SEMANTICS",
                    "Mark each claim accepted, rejected or undecided: grounded, complete, preferred or stable."),
            OptionSpec.flag("--strength", "Show each claim's DF-QuAD strength."),
            OptionSpec.value("--wrap", "N", "Characters per line of a claim (default 34).").withDefault("34"),
            OptionSpec.flag("--no-legend", "Leave out the legend."));

    private final CommandSpec command;
    private final String cluster;
    private final String rankDir;
    private final String focus;
    private final int depth;
    private final boolean depthGiven;
    private final String tag;
    private final String status;
    private final boolean strength;
    private final int wrap;
    private final boolean noLegend;

    /**
     * Reads the diagram options.
     *
     * @param args the parsed command line of {@code dot} or {@code render}
     * @throws UsageException when {@code --depth} or {@code --wrap} is not a whole number
     */
    DotArgs(ParsedArgs args) {
        command = args.command();
        cluster = args.value("--cluster");
        rankDir = args.value("--rankdir");
        focus = args.value("--focus");
        depth = args.wholeNumber("--depth");
        depthGiven = args.given("--depth");
        tag = args.value("--tag");
        status = args.value("--status");
        strength = args.flag("--strength");
        wrap = args.wholeNumber("--wrap");
        noLegend = args.flag("--no-legend");
    }

    /**
     * The diagram's options for a map, checked against it.
     *
     * @param map the map to draw
     * @return the options
     * @throws UsageException for a value no map could take: an unknown cluster, direction or semantics,
     *     a negative depth, a too small wrap, or {@code --depth} without {@code --focus}
     * @throws CliException for a focus claim or tag this map does not have
     */
    DotOptions options(ArgumentMap map) {
        DotOptions.Builder b = DotOptions.builder()
                .cluster(parse(Cluster.class, cluster, "--cluster", "speaker, section or none"))
                .rankDir(parse(RankDir.class, rankDir, "--rankdir", "BT, TB, LR or RL"))
                .legend(!noLegend);
        if (wrap < DotOptions.MIN_WRAP_WIDTH) {
            throw new UsageException(command, CliMessages.format(CliMessages.WRAP_TOO_SMALL, wrap, DotOptions.MIN_WRAP_WIDTH));
        }
        b.wrapWidth(wrap);
        if (focus == null && depthGiven) {
            throw new UsageException(command, CliMessages.DEPTH_WITHOUT_FOCUS);
        }
        if (focus != null) {
            if (depth < 0) {
                throw new UsageException(command, CliMessages.format(CliMessages.NEGATIVE_DEPTH, depth));
            }
            if (map.claim(focus).isEmpty()) {
                throw new CliException(CliMessages.format(CliMessages.UNKNOWN_FOCUS, ArgsParser.shown(focus)));
            }
            b.focus(focus, depth);
        }
        if (tag != null) {
            if (map.claims().stream().noneMatch(c -> c.tags().contains(tag))) {
                throw new CliException(CliMessages.format(CliMessages.UNKNOWN_TAG, ArgsParser.shown(tag)));
            }
            b.tag(tag);
        }
        if (status != null) {
            b.status(Standings.dotStatus(Acceptance.of(map, Readings.semantics(status, command))));
        }
        if (strength) {
            b.strength(Standings.dotStrength(Strength.dfQuad(map)));
        }
        return b.build();
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command,
                    CliMessages.format(CliMessages.UNKNOWN_VALUE, ArgsParser.shown(value), option, allowed));
        }
    }
}
