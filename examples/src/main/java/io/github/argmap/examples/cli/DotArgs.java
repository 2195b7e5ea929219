package io.github.argmap.examples.cli;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.traverse.Traversal;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import io.github.argmap.core.dot.Cluster;
import io.github.argmap.core.dot.Coloring;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.Layout;
import io.github.argmap.core.dot.RankDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The diagram options shared by {@code dot} and {@code render}: which part of the map to draw (a
 * sub-map from the traversal API) and how (the DOT options, with a colouring of the whole map).
 */
final class DotArgs {
    /** The options, in the order help lists them. */
    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.value("--cluster", "BY", "Group claims by section (default), speaker, or none.").withDefault("section"),
            OptionSpec.value("--layout", "KIND",
                    "overview (default: clusters stacked top to bottom, fits a page) or free (Graphviz places clusters).")
                    .withDefault("overview"),
            OptionSpec.value("--color-by", "WHAT",
                    "Fill claims by speaker (default), section, tag or status (with --status, else grounded).")
                    .withDefault("speaker"),
            OptionSpec.value("--section", "ID", "Draw only this section's claims."),
            OptionSpec.value("--speaker", "ID", "Draw only this speaker's claims."),
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

    /** Longest part of a claim's text named in a focused picture's subtitle. */
    private static final int FOCUS_TEXT_WIDTH = 50;

    private final CommandSpec command;
    private final String cluster;
    private final String layout;
    private final String colorBy;
    private final String section;
    private final String speaker;
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
        layout = args.value("--layout");
        colorBy = args.value("--color-by");
        section = args.value("--section");
        speaker = args.value("--speaker");
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
     * What to draw of a map and how.
     *
     * @param map the part of the map to draw
     * @param options how to draw it
     */
    record Drawing(ArgumentMap map, DotOptions options) {}

    /**
     * Selects the part of a map to draw and the options to draw it with, checked against the map.
     * The colouring and the status overlay are worked out on the whole map, so a part is coloured
     * and judged as it is in the whole.
     *
     * @param map the whole map
     * @return the sub-map and the options
     * @throws UsageException for a value no map could take: an unknown cluster, layout, colouring,
     *     direction or semantics, a negative depth, a too small wrap, or {@code --depth} without {@code --focus}
     * @throws CliException for a focus claim, tag, section or speaker this map does not have
     */
    Drawing drawing(ArgumentMap map) {
        DotOptions.Builder b = DotOptions.builder()
                .cluster(parse(Cluster.class, cluster, "--cluster", "section, speaker or none"))
                .layout(parse(Layout.class, layout, "--layout", "overview or free"))
                .rankDir(parse(RankDir.class, rankDir, "--rankdir", "BT, TB, LR or RL"))
                .legend(!noLegend);
        if (wrap < DotOptions.MIN_WRAP_WIDTH) {
            throw new UsageException(command, CliMessages.format(CliMessages.WRAP_TOO_SMALL, wrap, DotOptions.MIN_WRAP_WIDTH));
        }
        b.wrapWidth(wrap);
        if (focus == null && depthGiven) {
            throw new UsageException(command, CliMessages.DEPTH_WITHOUT_FOCUS);
        }
        if (focus != null && depth < 0) {
            throw new UsageException(command, CliMessages.format(CliMessages.NEGATIVE_DEPTH, depth));
        }
        String by = colorBy.toLowerCase(Locale.ROOT);
        if (!List.of("speaker", "section", "tag", "status").contains(by)) {
            throw new UsageException(command, CliMessages.format(CliMessages.UNKNOWN_VALUE, ArgsParser.shown(colorBy),
                    "--color-by", "speaker, section, tag or status"));
        }
        Map<String, Status> statuses = status != null || by.equals("status")
                ? Standings.dotStatus(Acceptance.of(map, status != null ? Readings.semantics(status, command) : Semantics.GROUNDED))
                : Map.of();
        if (status != null) {
            b.status(statuses);
        }
        if (strength) {
            b.strength(Standings.dotStrength(Strength.dfQuad(map)));
        }
        b.coloring(switch (by) {
            case "section" -> Coloring.bySection(map);
            case "tag" -> Coloring.byTag(map);
            case "status" -> Coloring.byStatus(statuses);
            default -> Coloring.bySpeaker(map);
        });
        ArgumentMap drawn = map;
        List<String> scope = new ArrayList<>();
        if (section != null) {
            Section s = map.section(section).orElseThrow(() -> new CliException(CliMessages.format(CliMessages.UNKNOWN_SECTION,
                    ArgsParser.shown(section), map.sections().stream().map(Section::id).collect(Collectors.joining(", ")))));
            drawn = Traversal.of(drawn).bySection(section);
            scope.add("section \u2018" + s.title() + "\u2019");
        }
        if (speaker != null) {
            Speaker s = map.speaker(speaker).orElseThrow(() -> new CliException(CliMessages.format(CliMessages.UNKNOWN_SPEAKER,
                    ArgsParser.shown(speaker), map.speakers().stream().map(Speaker::id).collect(Collectors.joining(", ")))));
            drawn = Traversal.of(drawn).bySpeaker(speaker);
            scope.add("claims by " + s.name());
        }
        if (focus != null) {
            Claim centre = map.claim(focus).orElseThrow(() ->
                    new CliException(CliMessages.format(CliMessages.UNKNOWN_FOCUS, ArgsParser.shown(focus))));
            // The neighbourhood in the whole map, then cut down by the other filters.
            ArgumentMap near = Traversal.of(map).neighbourhood(focus, depth);
            drawn = Traversal.of(drawn).subMap(c -> near.claim(c.id()).isPresent());
            // The id alone means nothing to a reader; the start of the text says which claim it is.
            scope.add("claims within " + depth + (depth == 1 ? " step" : " steps") + " of \u201C"
                    + shorten(centre.text()) + "\u201D (" + focus + ")");
        }
        if (tag != null) {
            if (map.claims().stream().noneMatch(c -> c.tags().contains(tag))) {
                throw new CliException(CliMessages.format(CliMessages.UNKNOWN_TAG, ArgsParser.shown(tag)));
            }
            drawn = Traversal.of(drawn).byTag(tag);
            scope.add("claims tagged \u2018" + tag + "\u2019");
        }
        if (!scope.isEmpty()) {
            b.subtitle(String.join("; ", scope));
        }
        return new Drawing(drawn, b.build());
    }

    /** The first words of a text, at most {@value #FOCUS_TEXT_WIDTH} characters, with an ellipsis when cut. */
    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= FOCUS_TEXT_WIDTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', FOCUS_TEXT_WIDTH - 1);
        return flat.substring(0, cut > 0 ? cut : FOCUS_TEXT_WIDTH - 1) + "\u2026";
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
