package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.dot.Cluster;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.RankDir;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The diagram options shared by {@code dot}, {@code render} and {@code demo}. */
final class DotArgs {
    @Option(names = "--cluster", defaultValue = "none", paramLabel = "BY",
            description = "Group claims by speaker, section, or none (default).")
    String cluster;

    @Option(names = "--rankdir", defaultValue = "BT", paramLabel = "DIR",
            description = "BT (default: evidence below conclusions), TB, LR or RL.")
    String rankDir;

    @Option(names = "--focus", paramLabel = "CLAIM", description = "Keep only the claims near this one.")
    String focus;

    @Option(names = "--depth", defaultValue = "2", paramLabel = "N",
            description = "With --focus: how many steps away, either way along any relation (default 2).")
    int depth;

    @Option(names = "--tag", paramLabel = "TAG", description = "Keep only the claims with this tag.")
    String tag;

    @Option(names = "--status", paramLabel = "SEMANTICS",
            description = "Mark each claim accepted, rejected or undecided: grounded, complete, preferred or stable.")
    String status;

    @Option(names = "--strength", description = "Show each claim's DF-QuAD strength.")
    boolean strength;

    @Option(names = "--wrap", defaultValue = "34", paramLabel = "N", description = "Characters per line of a claim (default 34).")
    int wrap;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    boolean noLegend;

    DotOptions options(ArgumentMap map, CommandLine.Model.CommandSpec spec) {
        DotOptions.Builder b = DotOptions.builder()
                .cluster(parse(Cluster.class, cluster, "--cluster", "speaker, section or none", spec))
                .rankDir(parse(RankDir.class, rankDir, "--rankdir", "BT, TB, LR or RL", spec))
                .legend(!noLegend);
        if (wrap < DotOptions.MIN_WRAP_WIDTH) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.format(CliMessages.WRAP_TOO_SMALL, wrap, DotOptions.MIN_WRAP_WIDTH));
        }
        b.wrapWidth(wrap);
        if (focus == null && spec.commandLine().getParseResult().hasMatchedOption("--depth")) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.DEPTH_WITHOUT_FOCUS);
        }
        if (focus != null) {
            if (depth < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.format(CliMessages.NEGATIVE_DEPTH, depth));
            }
            if (map.claim(focus).isEmpty()) {
                throw new CliException(CliMessages.format(CliMessages.UNKNOWN_FOCUS, focus));
            }
            b.focus(focus, depth);
        }
        if (tag != null) {
            if (map.claims().stream().noneMatch(c -> c.tags().contains(tag))) {
                throw new CliException(CliMessages.format(CliMessages.UNKNOWN_TAG, tag));
            }
            b.tag(tag);
        }
        if (status != null) {
            b.status(Standings.dotStatus(Acceptance.of(map, Readings.semantics(status, spec))));
        }
        if (strength) {
            b.strength(Standings.dotStrength(Strength.dfQuad(map)));
        }
        return b.build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed,
            CommandLine.Model.CommandSpec spec) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.format(CliMessages.UNKNOWN_VALUE, value, option, allowed));
        }
    }
}
