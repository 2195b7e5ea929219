package io.github.argmap.core.dot;

import io.github.argmap.core.Argument;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.Status;
import io.github.argmap.core.internal.Decimals;
import io.github.argmap.core.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes an argument map as a Graphviz DOT diagram: claims as rounded boxes filled by a
 * {@link Coloring} (by speaker unless told otherwise), arguments as white square boxes with a double
 * border, supports as solid arrows, rebuttals as dashed red lines ending in a bar, undercuts as dotted
 * purple lines ending in a bar, with a legend.
 *
 * <p>A relation with several premises (linked: they hold the target only together) is drawn through
 * a small dot: a line from each premise joins at the dot, and one arrow leaves it for the target. A
 * relation that an undercut attacks is drawn through such a dot too, and the undercut ends at the
 * dot, so it visibly attacks the inference rather than a claim. A dot's node id is
 * {@code relation:} followed by the relation's id ({@link ArgumentMap#idOf}).
 *
 * <p>The writer draws every claim and relation of the map it is given: to draw part of a map,
 * pass a sub-map (the traversal API's {@code neighbourhood}, {@code bySection}, {@code bySpeaker},
 * {@code byTag}), with a {@link Coloring} built from the whole map so colours stay the same. How
 * things look comes from {@link DotOptions} and its providers; text goes to one {@link Writer}.
 *
 * <p>By default the diagram is an {@link Layout#OVERVIEW}: one cluster per section, stacked in
 * the debate's order, so a large map grows downwards rather than into a strip no screen shows.
 *
 * <p>The output is deterministic: the same map and options give the same bytes. Claims appear in
 * map order (within clusters in section or speaker order), relations in map order. Every text
 * from the map is escaped, so quotes, backslashes, markup characters, line breaks and any Unicode
 * come out in the picture as written. Node ids are the claims' and arguments' ids, quoted; the
 * legend's, the layout's and the relations' helper nodes have ids with a colon, which no claim id can
 * have. Each edge carries {@code class="support"}, {@code class="rebuttal"} or {@code class="undercut"},
 * which SVG output keeps for styling; the lines from the premises into a joining dot carry
 * {@code class="premise"}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("panel.dot"))) {
 *     DotWriter.write(map, DotOptions.defaults(), out);
 * }
 * Graphviz.render(Path.of("panel.dot"), Path.of("panel.svg"), "svg");
 * }</pre>
 */
public final class DotWriter {
    /** Edge colours, dark enough for thin lines, and blue against red for colour-blind readers. */
    static final String SUPPORT_COLOR = "#1F5A96";
    static final String REBUTTAL_COLOR = "#C0282D";
    /** Purple: neither the support's blue nor the rebuttal's red, and apart from both for colour-blind readers. */
    static final String UNDERCUT_COLOR = "#762A83";
    static final String ARGUMENT_FILL = "#FFFFFF";
    static final String ACCEPTED_COLOR = "#117733";
    static final String REJECTED_COLOR = "#CC3311";
    static final String UNDECIDED_COLOR = "#666666";
    static final String SPEAKER_TEXT_COLOR = "#333333";
    /**
     * Over how many rows an {@link Layout#OVERVIEW} spreads the reasons without reasons of their
     * own that support one claim: three rows make a row of 30 boxes a block of 10 wide.
     */
    static final int STAGGER = 3;

    private static final String FONT = "Helvetica";
    private static final String LEGEND_PREFIX = "legend:";
    private static final String STACK_PREFIX = "stack:";
    /** The joining point of a relation drawn through one: linked premises, or a relation that is undercut. */
    private static final String JOIN_PREFIX = "relation:";
    /** Titles and headings are wrapped wider than claim texts: they span a whole diagram or cluster. */
    private static final int TITLE_WIDTH = 70;
    private static final int LEGEND_WIDTH = 40;
    /** How much DOT text is gathered before it is handed to the writer. */
    private static final int CHUNK = 1 << 16;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String SUPPORT_STYLE =
            " [class=\"support\", color=\"" + SUPPORT_COLOR + "\", style=\"solid\", arrowhead=\"normal\"";
    private static final String REBUTTAL_STYLE =
            " [class=\"rebuttal\", color=\"" + REBUTTAL_COLOR + "\", style=\"dashed\", arrowhead=\"tee\", arrowsize=\"1.2\"";
    private static final String UNDERCUT_STYLE =
            " [class=\"undercut\", color=\"" + UNDERCUT_COLOR + "\", style=\"dotted\", penwidth=\"2\", arrowhead=\"tee\", arrowsize=\"1.2\"";

    private DotWriter() {}

    /**
     * Writes a map as DOT into a string.
     *
     * <p>The text is held whole, about 600 characters a claim; for large maps use
     * {@link #write(ArgumentMap, DotOptions, Writer)}, which streams it.
     *
     * @param map the map to draw, whole
     * @param options how to draw it
     * @return the DOT text, ending in a newline
     * @throws IllegalArgumentException when an attribute provider returns a name that is not a DOT identifier
     */
    public static String toDot(ArgumentMap map, DotOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(map, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a map as DOT to a character stream, a piece of about 64 KB at a time, so that the
     * diagram of a large map is never held in memory whole. Runs in time linear in the size of
     * the map.
     *
     * @param map the map to draw, whole
     * @param options how to draw it
     * @param out where the DOT text goes; it is not flushed or closed
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when an attribute provider returns a name that is not a DOT identifier
     */
    public static void write(ArgumentMap map, DotOptions options, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        new Drawing(map, options).render(new StringBuilder(CHUNK + 4096), out);
    }

    /**
     * Writes a map as a DOT file in UTF-8, atomically: the file is either complete or as it was.
     *
     * @param map the map to draw, whole
     * @param options how to draw it
     * @param target the file to create or replace
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException when an attribute provider returns a name that is not a DOT identifier
     */
    public static void write(ArgumentMap map, DotOptions options, Path target) throws IOException {
        Drawing drawing = new Drawing(map, options);
        AtomicFiles.write(target, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), CHUNK);
            drawing.render(new StringBuilder(CHUNK + 4096), writer);
            writer.flush();
        });
    }

    /** One diagram being written; holds what every part of it needs. */
    private static final class Drawing {
        private final ArgumentMap map;
        private final DotOptions options;
        private final List<Claim> claims;
        private final List<Relation> relations;
        private final Coloring coloring;
        /** A speaker's name line, escaped and wrapped once rather than once per claim. */
        private final Map<String, String> speakerLines = new HashMap<>();
        /** The group (cluster, or the claims outside any) each claim is drawn in, for the overview. */
        private final Map<String, Integer> groupOf = new HashMap<>();
        /** The argument nodes drawn inside a cluster, so that they are not drawn again outside. */
        private final Set<String> drawnArguments = new HashSet<>();
        /** Whether groups are stacked: an overview with more than one group. */
        private boolean stacked;
        private StringBuilder out;
        private Writer sink;

        Drawing(ArgumentMap map, DotOptions options) {
            this.map = Objects.requireNonNull(map, "map");
            this.options = Objects.requireNonNull(options, "options");
            this.claims = map.claims();
            this.relations = map.relations();
            this.coloring = options.coloring().orElseGet(() -> Coloring.bySpeaker(map));
        }

        /**
         * Writes the diagram into {@code buffer}, handing the buffer's content to {@code target}
         * whenever it grows past a chunk.
         */
        void render(StringBuilder buffer, Writer target) throws IOException {
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
            if (out.length() > threshold) {
                try {
                    sink.append(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.setLength(0);
            }
        }

        private void render() {
            out.append("digraph \"argmap\" {\n");
            out.append("  graph [charset=\"UTF-8\", rankdir=\"").append(options.rankDir().name())
                    .append("\", fontname=\"").append(FONT).append("\", nodesep=\"")
                    // The overview packs its rows a little tighter: it has to fit a screen.
                    .append(options.layout() == Layout.OVERVIEW ? "0.25" : "0.3").append("\", ranksep=\"0.5\", pad=\"0.3\"");
            if (options.layout() == Layout.OVERVIEW) {
                // Ranks over the whole diagram, not per cluster: the stacking edges then order clusters.
                out.append(", newrank=\"true\"");
            }
            out.append("];\n");
            out.append("  node [shape=\"box\", style=\"rounded,filled\", fontname=\"").append(FONT)
                    .append("\", fontsize=\"12\", color=\"#555555\", penwidth=\"1\", margin=\"0.12,0.06\"];\n");
            out.append("  edge [fontname=\"").append(FONT)
                    .append("\", fontsize=\"10\", penwidth=\"1.5\", arrowsize=\"0.9\"];\n");
            List<List<Claim>> groups = switch (options.cluster()) {
                case SECTION -> clustered(map.sections(), Section::id, Claim::section, Argument::section,
                        s -> DotText.htmlWrapped(s.title(), TITLE_WIDTH), "section");
                case SPEAKER -> clustered(map.speakers(), Speaker::id, Claim::speaker, Argument::speaker,
                        s -> DotText.htmlWrapped(s.name(), TITLE_WIDTH), "speaker");
                case NONE -> {
                    claims.forEach(c -> node(c, "  "));
                    yield claims.isEmpty() ? List.of() : List.of(claims);
                }
            };
            stacked = options.layout() == Layout.OVERVIEW && groups.size() > 1;
            if (stacked) {
                stack(groups);
            }
            for (Argument a : map.arguments()) {
                if (!drawnArguments.contains(a.id())) {
                    argumentNode(a, "  ");
                }
            }
            int[] row = options.layout() == Layout.OVERVIEW ? leafRows() : new int[relations.size()];
            for (int i = 0; i < relations.size(); i++) {
                edge(relations.get(i), row[i]);
                spill(CHUNK);
            }
            if (options.legend()) {
                legend(groups);
            }
            title();
            out.append("}\n");
        }

        /** Whether the layout runs from the conclusions' end: edges then point up or left. */
        private boolean reversed() {
            return options.rankDir() == RankDir.BT || options.rankDir() == RankDir.RL;
        }

        /**
         * Stacks the groups in order along the rank direction with invisible edges: each group
         * lies between two invisible anchors, and the anchors of neighbouring groups are joined.
         */
        private void stack(List<List<Claim>> groups) {
            for (int g = 0; g < groups.size(); g++) {
                String head = STACK_PREFIX + g + ":head";
                String tail = STACK_PREFIX + g + ":tail";
                out.append("  ").append(DotText.quoted(head)).append(" [shape=\"point\", style=\"invis\", width=\"0\", label=\"\"];\n");
                out.append("  ").append(DotText.quoted(tail)).append(" [shape=\"point\", style=\"invis\", width=\"0\", label=\"\"];\n");
                for (Claim c : groups.get(g)) {
                    // tail -> claim -> head: the group lies between its anchors.
                    out.append("  ").append(DotText.quoted(tail)).append(" -> ");
                    DotText.appendQuoted(out, c.id());
                    out.append(" [style=\"invis\"];\n  ");
                    DotText.appendQuoted(out, c.id());
                    out.append(" -> ").append(DotText.quoted(head)).append(" [style=\"invis\"];\n");
                    spill(CHUNK);
                }
                if (g > 0) {
                    // The next group lies beyond the previous one in reading order (top to bottom, left to right).
                    String from = reversed() ? head : STACK_PREFIX + (g - 1) + ":head";
                    String to = reversed() ? STACK_PREFIX + (g - 1) + ":tail" : tail;
                    out.append("  ").append(DotText.quoted(from)).append(" -> ").append(DotText.quoted(to))
                            .append(" [style=\"invis\"];\n");
                }
            }
        }

        /**
         * For an overview: the edges from a reason without reasons of its own to a claim with at
         * more than {@value DotWriter#STAGGER} such reasons, the row (0 to {@value DotWriter#STAGGER} - 1) to
         * put the reason in, by relation index; 0 for every other edge.
         */
        private int[] leafRows() {
            Map<String, Integer> incoming = new HashMap<>();
            for (Relation r : relations) {
                incoming.merge(r.to(), 1, Integer::sum);
            }
            Map<String, List<Integer>> leavesOf = new HashMap<>();
            for (int i = 0; i < relations.size(); i++) {
                Relation r = relations.get(i);
                if (!incoming.containsKey(r.source()) && !crossGroup(r)) {
                    leavesOf.computeIfAbsent(r.to(), t -> new ArrayList<>()).add(i);
                }
            }
            int[] row = new int[relations.size()];
            for (List<Integer> leaves : leavesOf.values()) {
                if (leaves.size() > STAGGER) {
                    for (int k = 0; k < leaves.size(); k++) {
                        row[leaves.get(k)] = k % STAGGER;
                    }
                }
            }
            return row;
        }

        private boolean crossGroup(Relation r) {
            return !Objects.equals(groupOf.get(r.source()), groupOf.get(r.to()));
        }

        private <T> List<List<Claim>> clustered(List<T> groups, Function<T, String> id,
                Function<Claim, Optional<String>> groupKey, Function<Argument, Optional<String>> argumentKey,
                Function<T, String> heading, String kind) {
            // An argument node is drawn in its section's (or speaker's) box, beside the claims it joins.
            Map<String, List<Argument>> argumentMembers = new HashMap<>();
            for (Argument a : map.arguments()) {
                argumentKey.apply(a).ifPresent(g -> argumentMembers.computeIfAbsent(g, k -> new ArrayList<>()).add(a));
            }
            // One pass over the claims, not one per group: a map may have thousands of sections.
            Map<String, List<Claim>> members = new HashMap<>();
            List<Claim> loose = new ArrayList<>();
            for (Claim claim : claims) {
                Optional<String> group = groupKey.apply(claim);
                if (group.isPresent()) {
                    members.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(claim);
                } else {
                    loose.add(claim);
                }
            }
            List<List<Claim>> drawn = new ArrayList<>();
            for (T group : groups) {
                String groupId = id.apply(group);
                List<Claim> inGroup = members.get(groupId);
                if (inGroup == null) {
                    continue; // an empty box would claim the group takes part in the diagram
                }
                int index = drawn.size();
                inGroup.forEach(c -> groupOf.put(c.id(), index));
                drawn.add(inGroup);
                out.append("  subgraph ").append(DotText.quoted("cluster_" + kind + "_" + groupId)).append(" {\n");
                out.append("    graph [label=<<B>").append(heading.apply(group))
                        .append("</B>>, labelloc=\"").append(options.rankDir() == RankDir.BT ? "b" : "t").append("\", labeljust=\"l\", fontsize=\"16\", style=\"rounded,filled\", fillcolor=\"#F7F7F7\", color=\"#BBBBBB\", margin=\"12\"];\n");
                inGroup.forEach(c -> node(c, "    "));
                for (Argument a : argumentMembers.getOrDefault(groupId, List.of())) {
                    groupOf.put(a.id(), index);
                    drawnArguments.add(a.id());
                    argumentNode(a, "    ");
                }
                // A joining dot is drawn in the cluster of the claim its relation ends at, so that it
                // does not sit between the clusters and widen the picture.
                for (Claim c : inGroup) {
                    for (String join : joinsAt().getOrDefault(c.id(), List.of())) {
                        out.append("    ");
                        DotText.appendQuoted(out, join);
                        out.append(";\n");
                    }
                }
                out.append("  }\n");
            }
            if (!loose.isEmpty()) {
                int index = drawn.size();
                loose.forEach(c -> groupOf.put(c.id(), index));
                drawn.add(loose);
                loose.forEach(c -> node(c, "  "));
            }
            return drawn;
        }


        private void node(Claim claim, String indent) {
            Status claimStatus = options.status().isEmpty() ? null : options.status().get(claim.id());
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
            out.append(", fillcolor=\"").append(coloring.fill(claim)).append('"');
            if (claimStatus != null) {
                out.append(statusStyle(claimStatus));
            }
            extra(options.claimAttributes().apply(claim));
            out.append("];\n");
            spill(CHUNK);
        }

        /** The provider's attributes, sorted by name, after argmap's own so that they override them. */
        private void extra(Map<String, String> attributes) {
            if (attributes.isEmpty()) {
                return;
            }
            for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
                if (!ATTRIBUTE_NAME.matcher(e.getKey()).matches()) {
                    throw new IllegalArgumentException("attribute name '" + e.getKey()
                            + "' from an attribute provider is not a DOT identifier; use letters, digits and '_'");
                }
                out.append(", ").append(e.getKey()).append('=');
                DotText.appendQuoted(out, Objects.requireNonNull(e.getValue(), e.getKey()));
            }
        }

        private void argumentNode(Argument a, String indent) {
            out.append(indent);
            DotText.appendQuoted(out, a.id());
            out.append(" [shape=\"box\", style=\"filled\", peripheries=\"2\", fillcolor=\"").append(ARGUMENT_FILL)
                    .append("\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
            out.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>");
            DotText.appendHtmlWrapped(out, a.title().filter(t -> !t.isBlank()).orElse(a.id()), options.wrapWidth());
            out.append("</B></TD></TR>");
            if (!a.text().isBlank()) {
                out.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
                DotText.appendHtmlWrapped(out, a.text(), options.wrapWidth());
                out.append("</TD></TR>");
            }
            a.speaker().flatMap(map::speaker).ifPresent(s -> out.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"")
                    .append(SPEAKER_TEXT_COLOR).append("\"><I>").append(DotText.htmlWrapped(s.name(), options.wrapWidth()))
                    .append("</I></FONT></TD></TR>"));
            out.append("</TABLE>>, tooltip=");
            DotText.appendQuoted(out, "argument " + a.id());
            out.append("];\n");
            spill(CHUNK);
        }

        private Map<String, List<String>> joinsAt;

        /**
         * The joining dots by the claim each one's relation finally ends at (an undercut's at the claim of
         * the relation it attacks, followed along chains of undercuts, at most as many steps as there are
         * relations).
         */
        private Map<String, List<String>> joinsAt() {
            if (joinsAt == null) {
                joinsAt = new HashMap<>();
                for (Relation r : relations) {
                    if (!joined(r)) {
                        continue;
                    }
                    Relation end = r;
                    for (int steps = 0; end != null && end.isUndercut() && steps < relations.size(); steps++) {
                        end = map.relation(end.to()).orElse(null);
                    }
                    if (end == null || end.isUndercut()) {
                        continue;
                    }
                    String home = map.isClaim(end.to()) ? end.to()
                            : map.argument(end.to()).flatMap(Argument::conclusion).orElse(null);
                    if (home != null) {
                        joinsAt.computeIfAbsent(home, k -> new ArrayList<>()).add(JOIN_PREFIX + map.idOf(r));
                    }
                }
            }
            return joinsAt;
        }

        /** Whether a relation is drawn through a joining dot: linked, or attacked by an undercut. */
        private boolean joined(Relation relation) {
            return relation.isLinked() || !map.undercutsOf(map.idOf(relation)).isEmpty();
        }

        private void edge(Relation relation, int row) {
            String verb = switch (relation.kind()) {
                case SUPPORT -> relation.isLinked() ? " jointly support " : " supports ";
                case REBUTTAL -> relation.isLinked() ? " jointly rebut " : " rebuts ";
                case UNDERCUT -> relation.isLinked() ? " jointly undercut " : " undercuts ";
            };
            String tooltip = String.join(" + ", relation.from()) + verb + relation.to()
                    + relation.scheme().map(n -> "\n(" + n + ")").orElse("")
                    + relation.note().map(n -> "\n" + n).orElse("");
            String style = switch (relation.kind()) {
                case SUPPORT -> SUPPORT_STYLE;
                case REBUTTAL -> REBUTTAL_STYLE;
                case UNDERCUT -> UNDERCUT_STYLE;
            };
            String color = switch (relation.kind()) {
                case SUPPORT -> SUPPORT_COLOR;
                case REBUTTAL -> REBUTTAL_COLOR;
                case UNDERCUT -> UNDERCUT_COLOR;
            };
            String target = relation.isUndercut() ? JOIN_PREFIX + relation.to() : relation.to();
            String from = relation.source();
            if (joined(relation)) {
                // The premises meet at a dot, from which one arrow goes on: a relation other lines can end at.
                from = JOIN_PREFIX + map.idOf(relation);
                out.append("  ");
                DotText.appendQuoted(out, from);
                out.append(" [shape=\"point\", width=\"0.1\", color=\"").append(color).append("\", fillcolor=\"")
                        .append(color).append("\", label=\"\", tooltip=");
                DotText.appendQuoted(out, tooltip);
                out.append("];\n");
                for (String premise : relation.from()) {
                    out.append("  ");
                    DotText.appendQuoted(out, premise);
                    out.append(" -> ");
                    DotText.appendQuoted(out, from);
                    out.append(" [class=\"premise\", color=\"").append(color).append("\", style=\"")
                            .append(relation.kind() == RelationKind.SUPPORT ? "solid" : relation.isRebuttal() ? "dashed" : "dotted")
                            .append("\", arrowhead=\"none\", tooltip=");
                    DotText.appendQuoted(out, tooltip);
                    if (stacked && crossGroup(relation)) {
                        out.append(", constraint=\"false\"");
                    }
                    out.append("];\n");
                }
            }
            out.append("  ");
            DotText.appendQuoted(out, from);
            out.append(" -> ");
            DotText.appendQuoted(out, target);
            out.append(style).append(", tooltip=");
            DotText.appendQuoted(out, tooltip);
            if (row > 0) {
                out.append(", minlen=\"").append(row + 1).append('"');
            }
            if (stacked && crossGroup(relation)) {
                // Drawn, but not ranked: it would otherwise pull two clusters side by side. A support
                // between sections is drawn lighter: there are many, and they run far.
                out.append(", constraint=\"false\"");
                if (relation.isSupport()) {
                    out.append(", color=\"").append(SUPPORT_COLOR).append("99\", penwidth=\"1\"");
                }
            }
            extra(options.relationAttributes().apply(relation));
            out.append("];\n");
        }

        private void legend(List<List<Claim>> groups) {
            List<Coloring.Entry> colours = coloring.legend(claims);
            EnumSet<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
            relations.forEach(r -> kinds.add(r.kind()));
            EnumSet<Status> statuses = EnumSet.noneOf(Status.class);
            if (!options.status().isEmpty()) {
                for (Claim claim : claims) {
                    Optional.ofNullable(options.status().get(claim.id())).ifPresent(statuses::add);
                }
            }
            if (colours.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && map.arguments().isEmpty()) {
                return;
            }
            // One HTML table: a single node keeps the legend compact wherever dot puts it, where
            // sample edges would stretch over the ranks of the claims beside them.
            StringBuilder table = new StringBuilder("<<TABLE BORDER=\"1\" COLOR=\"#999999\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">")
                    .append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>");
            if (!colours.isEmpty()) {
                table.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>Colour: ").append(DotText.html(coloring.heading()))
                        .append("</I></TD></TR>");
            }
            for (Coloring.Entry entry : colours) {
                legendRow(table, swatch(entry.fill()), DotText.htmlWrapped(entry.label(), LEGEND_WIDTH),
                        DotText.htmlWrapped(entry.details(), LEGEND_WIDTH));
            }
            for (RelationKind kind : kinds) {
                // Box-drawing glyphs in the edge's colour: a heavy line ending in an arrowhead, a
                // dashed one ending in a bar, a dotted one ending in a bar, like the edges themselves.
                String[] row = switch (kind) {
                    case SUPPORT -> new String[] {SUPPORT_COLOR, "\u2501\u2501\u2501\u2501\u25B6", "supports",
                        "solid arrow, from a reason to its claim"};
                    case REBUTTAL -> new String[] {REBUTTAL_COLOR, "\u254D\u254D\u254D\u254D\u252B", "rebuts",
                        "dashed, ending in a bar, from an objection to its claim"};
                    case UNDERCUT -> new String[] {UNDERCUT_COLOR, "\u2508\u2508\u2508\u2508\u252B", "undercuts",
                        "dotted, ending in a bar at the dot of the inference it attacks, not at a claim"};
                };
                legendRow(table, "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"" + row[0] + "\" POINT-SIZE=\"14\">" + row[1] + "</FONT></TD>",
                        row[2], row[3]);
            }
            if (relations.stream().anyMatch(this::joined)) {
                legendRow(table, "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"#555555\" POINT-SIZE=\"14\">\u2572\u25CF\u2501\u25B6</FONT></TD>",
                        "premises joined", "lines meeting at a dot hold the target only together (linked premises); "
                                + "an undercut ends at such a dot");
            }
            if (!map.arguments().isEmpty()) {
                legendRow(table, "<TD BGCOLOR=\"" + ARGUMENT_FILL + "\" BORDER=\"3\" STYLE=\"\" COLOR=\"#555555\" WIDTH=\"36\" HEIGHT=\"20\" FIXEDSIZE=\"TRUE\"></TD>",
                        "argument", "square box with a double border: a named piece of reasoning, its title in bold");
            }
            for (Status status : statuses) {
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
            String legend = DotText.quoted(LEGEND_PREFIX + "table");
            out.append("  ").append(legend).append(" [shape=\"plain\", style=\"solid\", label=").append(table)
                    .append(", tooltip=\"legend\"];\n");
            if (stacked) {
                // Before the first group in reading order, where a reader looks first.
                String first = STACK_PREFIX + "0:" + (reversed() ? "head" : "tail");
                out.append("  ").append(reversed() ? DotText.quoted(first) : legend).append(" -> ")
                        .append(reversed() ? legend : DotText.quoted(first)).append(" [style=\"invis\"];\n");
            }
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
            options.subtitle().filter(s -> !s.isBlank()).ifPresent(s ->
                    lines.add("<FONT POINT-SIZE=\"13\">" + DotText.htmlWrapped(s, TITLE_WIDTH + 20) + "</FONT>"));
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

    private static String statusStyle(Status status) {
        return switch (status) {
            case ACCEPTED -> ", color=\"" + ACCEPTED_COLOR + "\", penwidth=\"3\"";
            case REJECTED -> ", color=\"" + REJECTED_COLOR + "\", penwidth=\"3\", style=\"rounded,filled,dashed\"";
            case UNDECIDED -> ", color=\"" + UNDECIDED_COLOR + "\", penwidth=\"3\", style=\"rounded,filled,dotted\"";
        };
    }
}
