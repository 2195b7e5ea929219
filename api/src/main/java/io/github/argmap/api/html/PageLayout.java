package io.github.argmap.api.html;

import io.github.argmap.api.internal.ClaimEdges;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Section;
import io.github.argmap.core.dot.Coloring;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * argmap's own layered layout, written as SVG: the sections of a debate stacked top to bottom,
 * and in each a claim's reasons in the rows beneath it.
 *
 * <p>A claim's rank is its distance, along relations inside its section, to a claim that
 * supports or rebuts nothing there (breadth-first, so cycles of rebuttals cost nothing); rank 0
 * is at the top. Each rank is ordered by the mean position of the claims it points at (one
 * downward sweep of the barycentre heuristic) and wrapped into rows of at most {@value #PER_ROW}
 * boxes, so no section grows wider than {@value #PER_ROW} boxes. Runs in time linear in the
 * map, apart from sorting each rank.
 */
final class PageLayout {
    static final int PER_ROW = 8;
    private static final int BOX_W = 230;
    private static final int WRAP = 34;
    private static final int LINE = 15;
    private static final int PAD = 7;
    private static final int H_GAP = 22;
    private static final int V_GAP = 46;
    private static final int CLUSTER_PAD = 18;
    private static final int CLUSTER_TITLE = 30;
    private static final int CLUSTER_GAP = 40;

    private PageLayout() {}

    /** A box placed on the page. */
    private record Box(int x, int y, int w, int h) {
        int cx() {
            return x + w / 2;
        }
    }

    /**
     * Lays a map out.
     *
     * @param map the map
     * @param coloring the fill of each claim
     * @return an SVG element with one {@code g.node.claim[data-claim-id]} per claim, one
     *     {@code g.edge.rel} per relation and one {@code g.cluster} per section drawn
     */
    static String svg(ArgumentMap map, Coloring coloring) {
        List<Claim> claims = map.claims();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            index.put(claims.get(i).id(), i);
        }
        // Groups: the sections in order, then the claims without one.
        Map<String, Integer> sectionIndex = new HashMap<>();
        List<Optional<Section>> groupSections = new ArrayList<>();
        for (Section s : map.sections()) {
            sectionIndex.put(s.id(), groupSections.size());
            groupSections.add(Optional.of(s));
        }
        int looseGroup = groupSections.size();
        groupSections.add(Optional.empty());
        int[] group = new int[claims.size()];
        List<List<Integer>> members = new ArrayList<>();
        groupSections.forEach(g -> members.add(new ArrayList<>()));
        for (int i = 0; i < claims.size(); i++) {
            group[i] = claims.get(i).section().map(sectionIndex::get).orElse(looseGroup);
            members.get(group[i]).add(i);
        }
        // Relations inside a group, both ways.
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Relation r : ClaimEdges.of(map)) {
            int f = index.get(r.source());
            int t = index.get(r.to());
            if (group[f] == group[t] && f != t) {
                out.get(f).add(t);
                in.get(t).add(f);
            }
        }
        int[] rank = new int[claims.size()];
        Arrays.fill(rank, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < claims.size(); i++) {
            if (out.get(i).isEmpty()) {
                rank[i] = 0;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            for (int f : in.get(c)) {
                if (rank[f] < 0) {
                    rank[f] = rank[c] + 1;
                    queue.add(f);
                }
            }
        }
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] < 0) {
                rank[i] = 0; // on a cycle with no way out: drawn with the conclusions
            }
        }
        String[] lines = new String[claims.size()];
        Box[] boxes = new Box[claims.size()];
        double[] order = new double[claims.size()];
        StringBuilder clustersSvg = new StringBuilder();
        List<int[]> clusterFrames = new ArrayList<>();
        int y = 0;
        int width = 0;
        List<List<List<Integer>>> groupRows = new ArrayList<>();
        for (List<Integer> g : members) {
            if (g.isEmpty()) {
                groupRows.add(List.of());
                continue;
            }
            int maxRank = 0;
            for (int c : g) {
                maxRank = Math.max(maxRank, rank[c]);
            }
            List<List<Integer>> ranks = new ArrayList<>();
            for (int r = 0; r <= maxRank; r++) {
                ranks.add(new ArrayList<>());
            }
            for (int c : g) {
                ranks.get(rank[c]).add(c);
            }
            List<List<Integer>> rows = new ArrayList<>();
            for (List<Integer> r : ranks) {
                // The barycentre of what each claim points at, placed in rows above; map order breaks ties.
                for (int c : r) {
                    double sum = 0;
                    int n = 0;
                    for (int t : out.get(c)) {
                        if (rank[t] < rank[c]) {
                            sum += order[t];
                            n++;
                        }
                    }
                    order[c] = n == 0 ? c : sum / n;
                }
                r.sort(Comparator.comparingDouble((Integer c) -> order[c]).thenComparingInt(c -> c));
                for (int k = 0; k < r.size(); k++) {
                    order[r.get(k)] = k;
                }
                for (int from = 0; from < r.size(); from += PER_ROW) {
                    rows.add(r.subList(from, Math.min(r.size(), from + PER_ROW)));
                }
            }
            groupRows.add(rows);
            for (List<Integer> row : rows) {
                width = Math.max(width, row.size() * (BOX_W + H_GAP) - H_GAP);
            }
        }
        width += 2 * CLUSTER_PAD;
        for (int gi = 0; gi < groupRows.size(); gi++) {
            List<List<Integer>> rows = groupRows.get(gi);
            if (rows.isEmpty()) {
                continue;
            }
            int top = y;
            y += CLUSTER_TITLE;
            for (List<Integer> row : rows) {
                int rowWidth = row.size() * (BOX_W + H_GAP) - H_GAP;
                int x = (width - rowWidth) / 2;
                int rowHeight = 0;
                for (int c : row) {
                    lines[c] = label(claims.get(c), map);
                    int h = 2 * PAD + LINE * (int) lines[c].chars().filter(ch -> ch == '\n').count();
                    boxes[c] = new Box(x, y, BOX_W, h);
                    rowHeight = Math.max(rowHeight, h);
                    x += BOX_W + H_GAP;
                }
                y += rowHeight + V_GAP;
            }
            y += CLUSTER_PAD - V_GAP;
            clusterFrames.add(new int[] {gi, top, y - top});
            y += CLUSTER_GAP;
        }
        for (int[] frame : clusterFrames) {
            Optional<Section> s = groupSections.get(frame[0]);
            clustersSvg.append("<g class=\"cluster\"");
            s.ifPresent(sec -> clustersSvg.append(" data-section-id=\"").append(Html.attr(sec.id())).append('"'));
            clustersSvg.append("><rect x=\"0\" y=\"").append(frame[1]).append("\" width=\"").append(width)
                    .append("\" height=\"").append(frame[2]).append("\" rx=\"10\" fill=\"#F7F7F7\" stroke=\"#BBBBBB\"/>");
            clustersSvg.append("<text x=\"12\" y=\"").append(frame[1] + 20).append("\" font-size=\"15\" font-weight=\"bold\">")
                    .append(Html.text(s.map(Section::title).orElse("Without a section"))).append("</text></g>\n");
        }
        StringBuilder svg = new StringBuilder(claims.size() * 700 + 1024);
        int height = Math.max(y - CLUSTER_GAP, 1);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10 -10 ").append(width + 20).append(' ')
                .append(height + 20).append("\" font-family=\"Helvetica,Arial,sans-serif\">\n<g class=\"graph\">\n");
        svg.append(clustersSvg);
        // Each relation is one group: a linked relation's premises each send a path into it, and an
        // undercut runs to the middle of the first path of the relation it attacks.
        Map<String, int[]> middles = new HashMap<>();
        for (Relation r : map.relations()) {
            Integer to = r.isUndercut() ? null : ClaimEdges.claimIndex(map, index, r.to());
            if (to == null) {
                continue;
            }
            List<Integer> from = new ArrayList<>();
            for (String p : r.from()) {
                Integer f = ClaimEdges.claimIndex(map, index, p);
                if (f != null && !f.equals(to) && !from.contains(f)) {
                    from.add(f);
                }
            }
            if (from.isEmpty()) {
                continue;
            }
            boolean support = r.isSupport();
            svg.append("<g class=\"edge rel ").append(support ? "support" : "rebuttal").append("\" data-relation=\"")
                    .append(Html.attr(map.idOf(r))).append("\" data-from=\"").append(Html.attr(claims.get(from.get(0)).id()))
                    .append("\" data-to=\"").append(Html.attr(claims.get(to).id())).append("\">");
            for (int f : from) {
                int[] middle = edge(svg, support ? SUPPORT_COLOR : REBUTTAL_COLOR, !support, support, boxes[f], boxes[to]);
                middles.putIfAbsent(map.idOf(r), middle);
            }
            svg.append("</g>\n");
        }
        for (Relation u : map.relations()) {
            int[] middle = u.isUndercut() ? middles.get(u.to()) : null;
            Integer from = u.isUndercut() ? ClaimEdges.claimIndex(map, index, u.source()) : null;
            if (middle == null || from == null) {
                continue;
            }
            svg.append("<g class=\"edge rel undercut\" data-relation=\"").append(Html.attr(map.idOf(u)))
                    .append("\" data-from=\"").append(Html.attr(claims.get(from).id())).append("\" data-to=\"")
                    .append(Html.attr(u.to())).append("\">");
            Box b = boxes[from];
            edge(svg, UNDERCUT_COLOR, true, false, b, new Box(middle[0] - 1, middle[1] - 1, 2, 2));
            svg.append("</g>\n");
        }
        for (int i = 0; i < claims.size(); i++) {
            node(svg, claims.get(i), boxes[i], lines[i], coloring.fill(claims.get(i)));
        }
        return svg.append("</g>\n</svg>").toString();
    }

    /** The text lines of a claim's box, each ending in a newline; the speaker last, marked by a tab. */
    private static String label(Claim claim, ArgumentMap map) {
        StringBuilder b = new StringBuilder();
        for (String line : wrap(claim.text(), WRAP)) {
            b.append(line).append('\n');
        }
        map.speakerOf(claim).ifPresent(s -> b.append('\t').append(s.name()).append('\n'));
        return b.toString();
    }

    private static void node(StringBuilder svg, Claim claim, Box box, String lines, String fill) {
        String id = Html.attr(claim.id());
        svg.append("<g id=\"claim-").append(id).append("\" class=\"node claim\" data-claim-id=\"").append(id).append("\">")
                .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.w())
                .append("\" height=\"").append(box.h()).append("\" rx=\"8\" fill=\"").append(fill)
                .append("\" stroke=\"#555555\"/><text x=\"").append(box.x() + PAD).append("\" y=\"").append(box.y() + PAD)
                .append("\" font-size=\"12\">");
        int ty = box.y() + PAD + 11;
        for (String line : lines.split("\n")) {
            boolean speaker = line.startsWith("\t");
            svg.append("<tspan x=\"").append(box.x() + PAD).append("\" y=\"").append(ty).append('"');
            if (speaker) {
                svg.append(" font-size=\"10\" font-style=\"italic\" fill=\"#333333\"");
            }
            svg.append('>').append(Html.text(speaker ? line.substring(1) : line)).append("</tspan>");
            ty += LINE;
        }
        svg.append("</text></g>\n");
    }

    private static final String SUPPORT_COLOR = "#1F5A96";
    private static final String REBUTTAL_COLOR = "#C0282D";
    /** Okabe–Ito reddish purple: told apart from a rebuttal's vermilion by colour-blind readers too. */
    private static final String UNDERCUT_COLOR = "#CC79A7";

    /** One path from box to box, ending in an arrowhead or a bar; returns the path's middle. */
    private static int[] edge(StringBuilder svg, String color, boolean dashed, boolean arrow, Box from, Box to) {
        // From the reason's top to the claim's bottom when the reason is lower, else side to side.
        int x1 = from.cx();
        int x2 = to.cx();
        int y1;
        int y2;
        if (from.y() > to.y() + to.h()) {
            y1 = from.y();
            y2 = to.y() + to.h();
        } else if (from.y() + from.h() < to.y()) {
            y1 = from.y() + from.h();
            y2 = to.y();
        } else {
            y1 = from.y() + from.h() / 2;
            y2 = to.y() + to.h() / 2;
            x1 = from.x() < to.x() ? from.x() + from.w() : from.x();
            x2 = from.x() < to.x() ? to.x() : to.x() + to.w();
        }
        int my = (y1 + y2) / 2;
        svg.append("<path fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\"");
        if (dashed) {
            svg.append(" stroke-dasharray=\"6,4\"");
        }
        svg.append(" d=\"M").append(x1).append(',').append(y1).append(" C").append(x1).append(',').append(my).append(' ')
                .append(x2).append(',').append(my).append(' ').append(x2).append(',').append(y2).append("\"/>");
        // The end mark: an arrowhead for a support, a bar for an attack, facing the way the edge arrives.
        int dir = y2 >= my ? 1 : -1;
        if (arrow) {
            svg.append("<polygon fill=\"").append(color).append("\" points=\"").append(x2).append(',').append(y2).append(' ')
                    .append(x2 - 5).append(',').append(y2 - 9 * dir).append(' ').append(x2 + 5).append(',')
                    .append(y2 - 9 * dir).append("\"/>");
        } else {
            svg.append("<path stroke=\"").append(color).append("\" stroke-width=\"3\" d=\"M").append(x2 - 7).append(',')
                    .append(y2 - 2 * dir).append(" H").append(x2 + 7).append("\"/>");
        }
        // The middle of the cubic Bézier: the mean of its ends, at height my.
        return new int[] {(x1 + x2) / 2, my};
    }

    /** Greedy word wrap; a word longer than a line is cut. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\\R\\s*")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                while (word.codePointCount(0, word.length()) > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = word.offsetByCodePoints(0, width); // never between the halves of an emoji
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() > 0
                        && line.codePointCount(0, line.length()) + 1 + word.codePointCount(0, word.length()) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
