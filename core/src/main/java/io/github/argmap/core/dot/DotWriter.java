package io.github.argmap.core.dot;

import static io.github.argmap.core.internal.Messages.format;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.internal.Decimals;
import io.github.argmap.core.internal.Messages;
import io.github.argmap.core.internal.Utf8Chunks;
import io.github.argmap.core.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Writes an argument map as a Graphviz DOT diagram: claims as rounded boxes coloured by speaker,
 * supports as solid arrows, rebuttals as dashed red lines ending in a bar, with a legend.
 *
 * <p>The output is deterministic: the same map and options give the same bytes. Claims appear in
 * map order (within clusters in section or speaker order), relations in map order. Every text
 * from the map is escaped, so quotes, backslashes, markup characters, line breaks and any Unicode
 * come out in the picture as written. Node ids are the claims' ids, quoted; the legend's nodes
 * have ids starting with {@code legend:}, which no claim id can (ids have no colon). Each edge
 * carries {@code class="support"} or {@code class="rebuttal"}, which SVG output keeps for styling.
 *
 * <pre>{@code
 * DotWriter.write(map, DotOptions.builder().cluster(Cluster.SECTION).build(), Path.of("panel.dot"));
 * Graphviz.render(Path.of("panel.dot"), Path.of("panel.svg"), "svg");
 * }</pre>
 */
public final class DotWriter {
    /** Edge colours, dark enough for thin lines, and blue against red for colour-blind readers. */
    static final String SUPPORT_COLOR = "#1F5A96";
    static final String REBUTTAL_COLOR = "#C0282D";
    static final String ACCEPTED_COLOR = "#117733";
    static final String REJECTED_COLOR = "#CC3311";
    static final String UNDECIDED_COLOR = "#666666";
    static final String SPEAKER_TEXT_COLOR = "#333333";

    private static final String FONT = "Helvetica";
    private static final String LEGEND_PREFIX = "legend:";
    /** Titles and headings are wrapped wider than claim texts: they span a whole diagram or cluster. */
    private static final int TITLE_WIDTH = 70;
    private static final int LEGEND_WIDTH = 40;
    /** How much DOT text is gathered before it is handed to a stream. */
    private static final int CHUNK = 1 << 16;
    private static final String SUPPORT_STYLE =
            " [class=\"support\", color=\"" + SUPPORT_COLOR + "\", style=\"solid\", arrowhead=\"normal\"";
    private static final String REBUTTAL_STYLE =
            " [class=\"rebuttal\", color=\"" + REBUTTAL_COLOR + "\", style=\"dashed\", arrowhead=\"tee\", arrowsize=\"1.2\"";
    private static final int FOCUS_TEXT_WIDTH = 50;

    private DotWriter() {}

    /**
     * Writes a map as DOT.
     *
     * <p>The text is held whole, about 570 characters a claim: a Java string cannot hold the
     * diagram of a million claims. For large maps use {@link #write(ArgumentMap, DotOptions, Path)}
     * or {@link #write(ArgumentMap, DotOptions, Appendable)}, which stream it.
     *
     * @param map the map
     * @param options what to draw and how
     * @return the DOT text, ending in a newline
     * @throws IllegalArgumentException when the focus claim or the tag is not in the map, or an
     *     overlay names a claim the map does not have
     */
    public static String toDot(ArgumentMap map, DotOptions options) {
        Drawing drawing = new Drawing(map, options);
        // About 450 bytes a claim and 100 a relation: sized once instead of doubling 15 times.
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16,
                4096L + 450L * drawing.claims.size() + 100L * drawing.relations.size()));
        try {
            drawing.render(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: nothing is written to a sink
        }
        return out.toString();
    }

    /**
     * Writes a map as DOT to a character stream, a piece at a time, so that the diagram of a large
     * map is never held in memory whole.
     *
     * @param map the map
     * @param options what to draw and how
     * @param out where the DOT text goes; it is not flushed or closed
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException as {@link #toDot(ArgumentMap, DotOptions)}, before anything is written
     */
    public static void write(ArgumentMap map, DotOptions options, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        Drawing drawing = new Drawing(map, options);
        drawing.render(new StringBuilder(CHUNK + 4096), out::append);
    }

    /**
     * Writes a map as DOT to a byte stream, in UTF-8, a piece at a time.
     *
     * <p>Faster than {@link #write(ArgumentMap, DotOptions, Appendable)} with a stream's writer,
     * whose general-purpose encoder a short-lived process mostly runs interpreted: each chunk is
     * encoded by a plain loop into one reused buffer.
     *
     * <pre>{@code
     * DotWriter.writeUtf8(map, DotOptions.builder().build(), System.out);
     * }</pre>
     *
     * @param map the map
     * @param options what to draw and how
     * @param out where the DOT bytes go; it is not flushed or closed
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException as {@link #toDot(ArgumentMap, DotOptions)}, before anything is written
     */
    public static void writeUtf8(ArgumentMap map, DotOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Drawing drawing = new Drawing(map, options);
        drawing.render(new StringBuilder(CHUNK + 4096), utf8(out));
    }

    /**
     * Writes a map as a DOT file, atomically: the file is either complete or as it was.
     *
     * @param map the map
     * @param options what to draw and how
     * @param target the file to create or replace
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException as {@link #toDot(ArgumentMap, DotOptions)}, before the file is touched
     */
    public static void write(ArgumentMap map, DotOptions options, Path target) throws IOException {
        Drawing drawing = new Drawing(map, options);
        AtomicFiles.write(target, stream -> drawing.render(new StringBuilder(CHUNK + 4096), utf8(stream)));
    }

    private static void checkOverlay(ArgumentMap map, Set<String> ids, String overlay) {
        // Sorted, so that the message does not depend on hash order.
        TreeSet<String> unknown = new TreeSet<>();
        for (String id : ids) {
            if (map.claim(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(format(Messages.DOT_OVERLAY_UNKNOWN_CLAIM, overlay,
                    String.join("', '", unknown), map.title()));
        }
    }

    private static Set<String> selectClaims(ArgumentMap map, DotOptions options) {
        Set<String> drawn = new HashSet<>();
        if (options.focus().isPresent()) {
            DotOptions.Focus focus = options.focus().get();
            Claim centre = map.claim(focus.claimId()).orElseThrow(() -> new IllegalArgumentException(
                    format(Messages.DOT_UNKNOWN_FOCUS, focus.claimId(), map.title())));
            // Breadth-first order visits claims by distance, so the first one too far ends the walk.
            BreadthFirstIterator<Claim, Relation> walk =
                    new BreadthFirstIterator<>(new AsUndirectedGraph<>(map.graph()), centre);
            while (walk.hasNext()) {
                Claim claim = walk.next();
                if (walk.getDepth(claim) > focus.depth()) {
                    break;
                }
                drawn.add(claim.id());
            }
        } else {
            map.claims().forEach(c -> drawn.add(c.id()));
        }
        if (options.tag().isPresent()) {
            String tag = options.tag().get();
            TreeSet<String> inUse = new TreeSet<>();
            map.claims().forEach(c -> inUse.addAll(c.tags()));
            if (!inUse.contains(tag)) {
                throw new IllegalArgumentException(format(Messages.DOT_UNKNOWN_TAG, map.title(), tag,
                        inUse.isEmpty() ? "none" : String.join(", ", inUse)));
            }
            for (Claim claim : map.claims()) {
                if (!claim.tags().contains(tag)) {
                    drawn.remove(claim.id());
                }
            }
        }
        return drawn;
    }

    private static Sink utf8(OutputStream out) {
        Utf8Chunks bytes = new Utf8Chunks(out);
        return chunk -> bytes.write(chunk, 0, chunk.length());
    }

    /** Where a full chunk of the diagram goes; the chunk is emptied after it returns. */
    @FunctionalInterface
    private interface Sink {
        void take(StringBuilder chunk) throws IOException;
    }

    /** One diagram being written; holds what every part of it needs. */
    private static final class Drawing {
        private final ArgumentMap map;
        private final DotOptions options;
        private final List<Claim> claims;
        private final List<Relation> relations;
        private final Map<String, String> fills;
        /** A speaker's name line, escaped and wrapped once rather than once per claim. */
        private final Map<String, String> speakerLines = new HashMap<>();
        private StringBuilder out;
        private Sink sink;

        /** Checks the options against the map and selects what to draw; writes nothing. */
        Drawing(ArgumentMap map, DotOptions options) {
            this.map = Objects.requireNonNull(map, "map");
            this.options = Objects.requireNonNull(options, "options");
            checkOverlay(map, options.status().keySet(), "status");
            checkOverlay(map, options.strength().keySet(), "strength");
            if (options.focus().isEmpty() && options.tag().isEmpty()) {
                // The whole map, as almost every diagram is: no set of ids to build and look up.
                this.claims = map.claims();
                this.relations = map.relations();
                this.fills = Palette.assign(map.speakers());
                return;
            }
            Set<String> drawn = selectClaims(map, options);
            this.claims = new ArrayList<>();
            for (Claim claim : map.claims()) {
                if (drawn.contains(claim.id())) {
                    claims.add(claim);
                }
            }
            this.relations = new ArrayList<>();
            for (Relation relation : map.relations()) {
                if (drawn.contains(relation.from()) && drawn.contains(relation.to())) {
                    relations.add(relation);
                }
            }
            this.fills = Palette.assign(map.speakers());
        }

        /**
         * Writes the diagram into {@code buffer}, handing the buffer's content to {@code sink}
         * whenever it grows past a chunk; with no sink the whole diagram stays in the buffer.
         */
        void render(StringBuilder buffer, Sink target) throws IOException {
            this.out = buffer;
            this.sink = target;
            try {
                render();
                spill(0);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private void spill(int threshold) {
            if (sink != null && out.length() > threshold) {
                try {
                    sink.take(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.setLength(0);
            }
        }

        private void render() {
            out.append("digraph \"argmap\" {\n");
            out.append("  graph [charset=\"UTF-8\", rankdir=\"").append(options.rankDir().name())
                    .append("\", fontname=\"").append(FONT).append("\", nodesep=\"0.3\", ranksep=\"0.5\", pad=\"0.3\"];\n");
            out.append("  node [shape=\"box\", style=\"rounded,filled\", fontname=\"").append(FONT)
                    .append("\", fontsize=\"12\", color=\"#555555\", penwidth=\"1\", margin=\"0.12,0.06\"];\n");
            out.append("  edge [fontname=\"").append(FONT)
                    .append("\", fontsize=\"10\", penwidth=\"1.5\", arrowsize=\"0.9\"];\n");
            switch (options.cluster()) {
                case SECTION -> clustered(map.sections(), Section::id, Claim::section,
                        s -> DotText.htmlWrapped(s.title(), TITLE_WIDTH), "section");
                case SPEAKER -> clustered(map.speakers(), Speaker::id, Claim::speaker,
                        s -> DotText.htmlWrapped(s.name(), TITLE_WIDTH), "speaker");
                case NONE -> claims.forEach(c -> node(c, "  "));
            }
            for (Relation relation : relations) {
                edge(relation);
                spill(CHUNK);
            }
            if (options.legend()) {
                legend();
            }
            title();
            out.append("}\n");
        }

        private <T> void clustered(List<T> groups, Function<T, String> id, Function<Claim, Optional<String>> groupOf,
                Function<T, String> heading, String kind) {
            // One pass over the claims, not one per group: a map may have thousands of sections.
            Map<String, List<Claim>> members = new HashMap<>();
            List<Claim> loose = new ArrayList<>();
            for (Claim claim : claims) {
                Optional<String> group = groupOf.apply(claim);
                if (group.isPresent()) {
                    members.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(claim);
                } else {
                    loose.add(claim);
                }
            }
            for (T group : groups) {
                String groupId = id.apply(group);
                List<Claim> inGroup = members.get(groupId);
                if (inGroup == null) {
                    continue; // an empty box would claim the group takes part in the diagram
                }
                out.append("  subgraph ").append(DotText.quoted("cluster_" + kind + "_" + groupId)).append(" {\n");
                out.append("    graph [label=<<B>").append(heading.apply(group))
                        .append("</B>>, labelloc=\"").append(options.rankDir() == RankDir.BT ? "b" : "t").append("\", labeljust=\"l\", fontsize=\"14\", style=\"rounded,filled\", fillcolor=\"#F7F7F7\", color=\"#BBBBBB\", margin=\"12\"];\n");
                inGroup.forEach(c -> node(c, "    "));
                out.append("  }\n");
            }
            loose.forEach(c -> node(c, "  "));
        }

        private void node(Claim claim, String indent) {
            ClaimStatus claimStatus = options.status().isEmpty() ? null : options.status().get(claim.id());
            Double strength = options.strength().isEmpty() ? null : options.strength().get(claim.id());
            out.append(indent);
            DotText.appendQuoted(out, claim.id());
            out.append(" [label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
            if (claimStatus != null || strength != null) {
                out.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">");
                if (claimStatus != null) {
                    out.append("<B>").append(claimStatus.marker()).append(' ').append(claimStatus.label()).append("</B>");
                }
                if (strength != null) {
                    out.append(claimStatus != null ? " \u00B7 " : "")
                            .append("strength ").append(Decimals.twoPlaces(strength));
                }
                out.append("</FONT></TD></TR>");
            }
            out.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
            DotText.appendHtmlWrapped(out, claim.text(), options.wrapWidth());
            out.append("</TD></TR>");
            map.speakerOf(claim).ifPresent(s -> out.append(speakerLines.computeIfAbsent(s.id(),
                    id -> "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + SPEAKER_TEXT_COLOR + "\"><I>"
                            + DotText.htmlWrapped(s.name(), options.wrapWidth()) + "</I></FONT></TD></TR>")));
            out.append("</TABLE>>, tooltip=");
            DotText.appendQuoted(out, claim.id());
            out.append(", fillcolor=\"").append(fillOf(claim)).append('"');
            if (claimStatus != null) {
                out.append(statusStyle(claimStatus));
            }
            out.append("];\n");
            spill(CHUNK);
        }

        private String fillOf(Claim claim) {
            return claim.speaker().map(fills::get).orElse(Palette.NO_SPEAKER_FILL);
        }

        private void edge(Relation relation) {
            boolean support = relation.kind() == RelationKind.SUPPORT;
            String tooltip = relation.from() + (support ? " supports " : " rebuts ") + relation.to()
                    + relation.note().map(n -> "\n" + n).orElse("");
            out.append("  ");
            DotText.appendQuoted(out, relation.from());
            out.append(" -> ");
            DotText.appendQuoted(out, relation.to());
            out.append(support ? SUPPORT_STYLE : REBUTTAL_STYLE).append(", tooltip=");
            DotText.appendQuoted(out, tooltip);
            out.append("];\n");
        }

        private void legend() {
            List<Speaker> speakers = new ArrayList<>();
            boolean anonymous = false;
            Set<String> used = new HashSet<>();
            for (Claim claim : claims) {
                claim.speaker().ifPresent(used::add);
                anonymous |= claim.speaker().isEmpty();
            }
            for (Speaker speaker : map.speakers()) {
                if (used.contains(speaker.id())) {
                    speakers.add(speaker);
                }
            }
            EnumSet<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
            relations.forEach(r -> kinds.add(r.kind()));
            EnumSet<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
            if (!options.status().isEmpty()) {
                for (Claim claim : claims) {
                    Optional.ofNullable(options.status().get(claim.id())).ifPresent(statuses::add);
                }
            }
            if (speakers.isEmpty() && !anonymous && kinds.isEmpty() && statuses.isEmpty()) {
                return;
            }
            // One HTML table: a single node keeps the legend compact wherever dot puts it, where
            // sample edges would stretch over the ranks of the claims beside them.
            StringBuilder table = new StringBuilder("<<TABLE BORDER=\"1\" COLOR=\"#999999\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">")
                    .append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>");
            for (Speaker speaker : speakers) {
                StringBuilder details = new StringBuilder(speaker.role().strip());
                speaker.affiliation().filter(a -> !a.isBlank()).ifPresent(a -> details.append(details.length() > 0 ? ", " : "").append(a.strip()));
                legendRow(table, swatch(fills.get(speaker.id())), DotText.htmlWrapped(speaker.name(), LEGEND_WIDTH),
                        DotText.htmlWrapped(details.toString(), LEGEND_WIDTH));
            }
            if (anonymous) {
                legendRow(table, swatch(Palette.NO_SPEAKER_FILL), "<I>no speaker</I>", "");
            }
            for (RelationKind kind : kinds) {
                // Box-drawing glyphs in the edge's colour: a heavy line ending in an arrowhead, a
                // dashed one ending in a bar, like the edges themselves.
                boolean support = kind == RelationKind.SUPPORT;
                legendRow(table, "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"" + (support ? SUPPORT_COLOR : REBUTTAL_COLOR)
                        + "\" POINT-SIZE=\"14\">" + (support ? "\u2501\u2501\u2501\u2501\u25B6" : "\u254D\u254D\u254D\u254D\u252B") + "</FONT></TD>",
                        support ? "supports" : "rebuts",
                        support ? "solid arrow, from a reason to its claim" : "dashed, ending in a bar, from an objection to its claim");
            }
            for (ClaimStatus status : statuses) {
                String color = switch (status) {
                    case ACCEPTED -> ACCEPTED_COLOR;
                    case REJECTED -> REJECTED_COLOR;
                    case UNDECIDED -> UNDECIDED_COLOR;
                };
                String style = switch (status) {
                    case ACCEPTED -> "rounded";
                    case REJECTED -> "dashed";
                    case UNDECIDED -> "dotted";
                };
                legendRow(table, "<TD BORDER=\"2\" COLOR=\"" + color + "\" STYLE=\"" + style
                        + "\" WIDTH=\"36\" HEIGHT=\"20\" FIXEDSIZE=\"TRUE\"></TD>",
                        "<B>" + status.marker() + " " + status.label() + "</B>", "");
            }
            table.append("</TABLE>>");
            out.append("  ").append(DotText.quoted(LEGEND_PREFIX + "table")).append(" [shape=\"plain\", style=\"solid\", label=").append(table)
                    .append(", tooltip=\"legend\"];\n");
        }

        private static String swatch(String fill) {
            return "<TD BGCOLOR=\"" + fill + "\" BORDER=\"1\" COLOR=\"#555555\" STYLE=\"rounded\" WIDTH=\"36\" HEIGHT=\"20\" FIXEDSIZE=\"TRUE\"></TD>";
        }

        private static void legendRow(StringBuilder table, String sample, String name, String details) {
            table.append("<TR>").append(sample).append("<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">").append(name);
            if (!details.isEmpty()) {
                table.append("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"").append(SPEAKER_TEXT_COLOR).append("\">")
                        .append(details).append("</FONT>");
            }
            table.append("</TD></TR>");
        }

        private void title() {
            List<String> lines = new ArrayList<>();
            if (!map.title().isBlank()) {
                lines.add("<B>" + DotText.htmlWrapped(map.title(), TITLE_WIDTH) + "</B>");
            }
            List<String> scope = new ArrayList<>();
            // The id alone means nothing to a reader; the start of the text says which claim it is.
            options.focus().ifPresent(f -> scope.add("claims within " + f.depth() + (f.depth() == 1 ? " step" : " steps")
                    + " of \u201C" + shorten(map.requireClaim(f.claimId()).text(), FOCUS_TEXT_WIDTH) + "\u201D (" + f.claimId() + ")"));
            options.tag().ifPresent(t -> scope.add("claims tagged \u2018" + t + "\u2019"));
            if (!scope.isEmpty()) {
                lines.add("<FONT POINT-SIZE=\"13\">" + DotText.html(String.join("; ", scope)) + "</FONT>");
            }
            if (lines.isEmpty()) {
                return;
            }
            // Set last: graph attributes set before a subgraph would be inherited as its label.
            out.append("  graph [label=<").append(String.join("<BR/>", lines))
                    .append(">, labelloc=\"t\", fontsize=\"20\"];\n");
        }
    }

    /** The first words of a text, at most {@code width} characters, with an ellipsis when cut. */
    static String shorten(String text, int width) {
        List<String> lines = DotText.wrap(text, width - 1);
        String first = lines.get(0);
        return lines.size() == 1 ? first : first + "\u2026";
    }

    private static String statusStyle(ClaimStatus status) {
        return switch (status) {
            case ACCEPTED -> ", color=\"" + ACCEPTED_COLOR + "\", penwidth=\"3\"";
            case REJECTED -> ", color=\"" + REJECTED_COLOR + "\", penwidth=\"3\", style=\"rounded,filled,dashed\"";
            case UNDECIDED -> ", color=\"" + UNDECIDED_COLOR + "\", penwidth=\"3\", style=\"rounded,filled,dotted\"";
        };
    }
}
