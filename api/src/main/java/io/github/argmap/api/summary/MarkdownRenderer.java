package io.github.argmap.api.summary;

import static io.github.argmap.api.summary.MarkdownText.escape;
import static io.github.argmap.api.summary.MarkdownText.inline;

import io.github.argmap.api.internal.Decimals;
import io.github.argmap.api.internal.Utf8Chunks;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Source;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The digest a {@link MarkdownSummary} renders, part by part: title, overview, standing, sections,
 * speakers, rankings, the longest chain and the notes.
 */
final class MarkdownRenderer extends MarkdownLines {
    private final Summary s;
    private final Map<String, String> speakerNames = new HashMap<>();
    private final Map<String, String> sectionTitles = new HashMap<>();

    MarkdownRenderer(Summary summary, Utf8Chunks sink) {
        super(sink);
        this.s = summary;
        for (SpeakerSummary sp : summary.speakers()) {
            speakerNames.put(sp.id(), sp.name());
        }
        for (SectionDigest sec : summary.sections()) {
            sec.id().ifPresent(id -> sectionTitles.put(id, sec.title()));
        }
    }

    /** The whole text, or null when it was streamed to the sink. */
    String render() throws IOException {
        title();
        overview();
        standing();
        sections();
        speakers();
        rankings();
        chain();
        notes();
        return finish();
    }




    private void title() {
        line("# " + (s.title().isBlank() ? "Argument map" : escape(s.title())));
        Source src = s.source();
        if (src.title().isPresent() || src.date().isPresent()) {
            out.append('\n');
            StringBuilder b = new StringBuilder("*Source:* ");
            src.title().ifPresent(t -> b.append(inline(t)));
            src.date().ifPresent(d -> b.append(src.title().isPresent() ? " (" + inline(d) + ")" : inline(d)));
            line(b.toString());
        }
    }

    private void overview() {
        Counts c = s.counts();
        heading(2, "Overview");
        line("- " + plural(c.claims(), "claim") + " by " + plural(c.speakers(), "speaker") + " in "
                + plural(c.sections(), "section") + ", joined by " + plural(c.supports(), "support")
                + (c.undercuts() > 0 ? ", " : " and ") + plural(c.rebuttals(), "rebuttal")
                + (c.undercuts() > 0 ? " and " + plural(c.undercuts(), "undercut") + " (attacks on an inference)" : "")
                + (c.arguments() > 0 ? "; " + plural(c.arguments(), "argument") + " spelled out as premises and conclusion" : "")
                + ".");
        line("- " + plural(c.theses(), "thesis", "theses") + " (claims that support or rebut nothing) and "
                + plural(c.evidence(), "claim") + " that nothing supports.");
        if (s.longestChain().length() > 0) {
            line("- The longest chain of reasoning has " + plural(s.longestChain().length(), "step") + ".");
        }
        if (c.rebuttalCycles() > 0) {
            line("- " + plural(c.rebuttalCycles(), "circle") + " of claims rebutting each other.");
        }
        if (!s.mostContested().isEmpty()) {
            Ranked top = s.mostContested().get(0);
            line("- Most contested: " + ref(top.claim()) + ".");
        }
    }

    private void standing() {
        if (s.standing().isEmpty()) {
            return;
        }
        Standing st = s.standing().get();
        heading(2, "Which claims stand");
        st.basis().ifPresent(b -> line("*Computed with " + escape(b) + ".*\n"));
        boolean bipolar = st.basis().filter(b -> b.contains("bipolar")).isPresent();
        line("A claim stands when every rebuttal of it is answered, by a claim that stands or by an undercut that"
                + " stands against the rebuttal's inference; it falls when a claim that stands rebuts it"
                + (bipolar ? " or rebuts one of its reasons" : "")
                + ". Unrebutted claims stand" + (bipolar ? "" : ", whatever happens to one of their reasons")
                + ". Strength weighs all of a claim's supports against all of its rebuttals, so a well-supported"
                + " claim can fall to one unanswered objection and still keep a high strength.\n");
        line("- " + st.accepted() + " accepted, " + st.rejected() + " rejected, " + st.undecided() + " undecided"
                + (st.unknown() > 0 ? ", " + st.unknown() + " without a status." : "."));
        refList("Theses that stand:", st.acceptedTheses());
        refList("Theses that fall:", st.rejectedTheses());
        refList("Theses left undecided:", st.undecidedTheses());
    }

    private void refList(String label, List<ClaimRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        line("- " + label);
        for (ClaimRef r : refs) {
            line("  - " + ref(r) + marker(r));
        }
    }

    private void sections() {
        if (s.sections().isEmpty()) {
            return;
        }
        heading(2, s.sections().size() == 1 && s.sections().get(0).id().isEmpty() ? "Claims" : "Sections");
        int number = 0;
        for (SectionDigest sec : s.sections()) {
            number++;
            heading(3, number + ". " + inline(sec.title()));
            line("*" + plural(sec.claims(), "claim") + ".*");
            if (!sec.points().isEmpty()) {
                out.append('\n');
            }
            for (Point p : sec.points()) {
                point(p, sec.id());
            }
        }
    }

    /** Pre-order with an explicit stack, so that nesting depth costs no Java stack. */
    private void point(Point root, Optional<String> sectionId) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty()) {
            Object[] frame = stack.pop();
            Point p = (Point) frame[0];
            int level = (Integer) frame[1];
            String indent = "  ".repeat(level);
            ClaimRef c = p.claim();
            boolean foreign = !c.sectionId().equals(sectionId);
            StringBuilder b = new StringBuilder(indent).append("- ");
            p.kind().ifPresent(k -> b.append('*').append(k == RelationKind.SUPPORT ? "for" : "against").append("* — "));
            String who = speaker(c, foreign);
            b.append(who).append(p.kind().isEmpty() && who.isEmpty() ? escape(c.text()) : inline(c.text()))
                    .append(marker(c));
            line(b.toString());
            if (!foreign) {
                c.quote().ifPresent(q -> quote(indent + "  ", q));
            }
            for (Target t : p.answers()) {
                line(indent + "  - *" + (t.kind() == RelationKind.SUPPORT ? "supports" : "rebuts") + "* "
                        + speaker(t.claim(), true) + inline(t.claim().text()));
            }
            if (p.omitted() > 0) {
                line(indent + "  - … " + plural(p.omitted(), "more reply", "more replies") + " not shown");
            }
            List<Point> replies = p.replies();
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {replies.get(i), level + 1});
            }
        }
    }

    /** "**Name:** " or, for a claim from elsewhere, "**Name** (in Section): ". */
    private String speaker(ClaimRef c, boolean withSection) {
        String where = withSection ? c.sectionId().map(sectionTitles::get).map(t -> "in " + inline(t)).orElse("")
                : "";
        String who = c.speakerName().map(n -> "**" + inline(n) + "**").orElse("");
        if (who.isEmpty() && where.isEmpty()) {
            return "";
        }
        if (where.isEmpty()) {
            return who.substring(0, who.length() - 2) + ":** ";
        }
        return (who.isEmpty() ? "(" + where + ")" : who + " (" + where + ")") + ": ";
    }

    private void quote(String indent, String text) {
        for (String l : text.split("\r\n|\r|\n", -1)) {
            String e = escape(l);
            line(indent + (e.isEmpty() ? ">" : "> " + e));
        }
    }

    private static String marker(ClaimRef c) {
        List<String> parts = new ArrayList<>(2);
        c.status().ifPresent(st -> parts.add(st.label()));
        if (c.strength().isPresent()) {
            parts.add("strength " + Decimals.twoPlaces(c.strength().getAsDouble()));
        }
        return parts.isEmpty() ? "" : " *(" + String.join("; ", parts) + ")*";
    }

    /** A claim in running text: its words, then who said it. */
    private String ref(ClaimRef c) {
        return "“" + inline(c.text()) + "”" + c.speakerName().map(n -> " — " + inline(n)).orElse("");
    }

    private void speakers() {
        if (s.speakers().isEmpty()) {
            return;
        }
        heading(2, "Speakers");
        for (SpeakerSummary sp : s.speakers()) {
            String about = sp.role() + sp.affiliation().map(a -> ", " + a).orElse("");
            heading(3, escape(sp.name()) + " (" + inline(about) + ")");
            line("- Makes " + plural(sp.claims(), "claim") + "; gives " + plural(sp.supportsGiven(), "support")
                    + " and " + plural(sp.rebuttalsGiven(), "rebuttal") + "; receives "
                    + plural(sp.supportsReceived(), "support") + " and " + plural(sp.rebuttalsReceived(), "rebuttal")
                    + ".");
            if (!sp.rebuts().isEmpty()) {
                line("- Rebuts " + names(sp.rebuts()) + ".");
            }
            if (!sp.rebuttedBy().isEmpty()) {
                line("- Rebutted by " + names(sp.rebuttedBy()) + ".");
            }
            if (!sp.theses().isEmpty()) {
                line("- Theses:");
                for (ClaimRef t : sp.theses()) {
                    line("  - " + escape(t.text()) + marker(t));
                }
            }
        }
        if (!s.exchanges().isEmpty()) {
            heading(3, "Who supports and rebuts whom");
            line("Each cell counts relations from the row speaker's claims to the column speaker's claims.");
            matrix("Supports", true);
            matrix("Rebuttals", false);
        }
    }

    private String names(List<String> ids) {
        List<String> names = new ArrayList<>(ids.size());
        for (String id : ids) {
            names.add(inline(speakerNames.getOrDefault(id, id)));
        }
        return String.join(", ", names);
    }

    /** Rows and columns: the speakers that take part in some exchange, in map order. */
    private void matrix(String what, boolean supports) {
        List<SpeakerSummary> involved = new ArrayList<>();
        for (SpeakerSummary sp : s.speakers()) {
            for (Exchange e : s.exchanges()) {
                if (e.from().equals(sp.id()) || e.to().equals(sp.id())) {
                    involved.add(sp);
                    break;
                }
            }
        }
        Map<String, Exchange> cells = new HashMap<>();
        for (Exchange e : s.exchanges()) {
            cells.put(e.from() + "\u0000" + e.to(), e);
        }
        out.append('\n');
        line("**" + what + "**");
        out.append('\n');
        StringBuilder head = new StringBuilder("| from ↓ to → |");
        StringBuilder rule = new StringBuilder("|---|");
        for (SpeakerSummary col : involved) {
            head.append(' ').append(inline(col.name())).append(" |");
            rule.append("---:|");
        }
        line(head.toString());
        line(rule.toString());
        for (SpeakerSummary row : involved) {
            StringBuilder b = new StringBuilder("| **").append(inline(row.name())).append("** |");
            for (SpeakerSummary col : involved) {
                Exchange e = cells.get(row.id() + "\u0000" + col.id());
                int n = e == null ? 0 : supports ? e.supports() : e.rebuttals();
                b.append(' ').append(n == 0 ? "·" : Integer.toString(n)).append(" |");
            }
            line(b.toString());
        }
    }

    private void rankings() {
        ranking("Most supported", "Score: direct supports + ½ × supports of its reasons.", s.mostSupported(),
                "support", "support of its reasons", "supports of its reasons");
        ranking("Most contested", "Score: direct rebuttals + ½ × rebuttals of its reasons.", s.mostContested(),
                "rebuttal", "rebuttal of its reasons", "rebuttals of its reasons");
        if (!s.unanswered().isEmpty()) {
            heading(2, "Unanswered");
            line("Rebutted, never supported, and no rebuttal of them is itself rebutted.");
            out.append('\n');
            for (ClaimRef c : s.unanswered()) {
                line("- " + ref(c) + marker(c));
            }
        }
    }

    private void ranking(String title, String rule, List<Ranked> ranked, String direct, String indirectOne,
            String indirectMany) {
        if (ranked.isEmpty()) {
            return;
        }
        heading(2, title);
        line(rule);
        out.append('\n');
        int i = 0;
        for (Ranked r : ranked) {
            i++;
            String why = plural(r.direct(), direct)
                    + (r.indirect() > 0 ? ", " + r.indirect() + " " + (r.indirect() == 1 ? indirectOne : indirectMany) : "");
            line(i + ". " + ref(r.claim()) + " — score " + number(r.score()) + " (" + why + ")");
        }
    }

    private void chain() {
        Chain ch = s.longestChain();
        if (ch.length() == 0 && ch.supportCycles().isEmpty()) {
            return;
        }
        heading(2, "Longest chain of reasoning");
        if (ch.length() > 0) {
            line("Each claim supports the next.");
            out.append('\n');
            int i = 0;
            for (ClaimRef c : ch.claims()) {
                i++;
                line(i + ". " + ref(c));
            }
        }
        if (!ch.supportCycles().isEmpty()) {
            out.append('\n');
            line("Some claims support each other in a circle; the chain does not enter these circles:");
            out.append('\n');
            for (List<ClaimRef> cycle : ch.supportCycles()) {
                List<String> parts = new ArrayList<>();
                for (ClaimRef c : cycle) {
                    parts.add(ref(c));
                }
                line("- " + String.join("; ", parts));
            }
        }
    }

    private void notes() {
        if (s.notes().isEmpty()) {
            return;
        }
        heading(2, "Notes");
        for (String n : s.notes()) {
            line("- " + escape(n));
        }
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
