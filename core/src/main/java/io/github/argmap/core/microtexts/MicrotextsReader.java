package io.github.argmap.core.microtexts;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Ids;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.format.ReadResult;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Microtexts {@code arggraph} file into an argument map.
 *
 * <p>One claim per ADU, its text the EDUs segmented into it ({@code seg} edges, directly or through
 * a joint) joined in document order; the ADU's role {@code pro}/{@code opp} as the speakers
 * {@code proponent} and {@code opponent}; {@code sup} and {@code exa} edges as supports (an example
 * noted as such), {@code reb} as rebuttals; {@code add} edges (extra premises of another edge) make
 * that edge a linked relation of all its premises; {@code und} edges undercut the relation of the
 * edge they target (or, for an {@code add} edge, of the edge it joins). Relations are named by their
 * edge's id. The text's id becomes the map's title and, with its topic and stance, the map's metadata.
 */
final class MicrotextsReader {
    static final String PROPONENT = "proponent";
    static final String OPPONENT = "opponent";

    private final String name;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    MicrotextsReader(String name) {
        this.name = name;
    }

    ReadResult read(InputStream in) {
        return toMap(new ArggraphParser(name).parse(in));
    }

    ReadResult toMap(Arggraph g) {
        Map<String, Integer> eduOrder = new HashMap<>();
        Map<String, Arggraph.Edu> edus = new HashMap<>();
        for (int i = 0; i < g.edus().size(); i++) {
            Arggraph.Edu e = g.edus().get(i);
            if (edus.putIfAbsent(e.id(), e) != null) {
                problems.add(problem(e.line(), e.column(), "the id '" + e.id() + "' is used twice"));
            }
            eduOrder.put(e.id(), i);
        }
        Set<String> joints = new HashSet<>(g.joints());
        Map<String, Arggraph.Adu> adus = new LinkedHashMap<>();
        for (Arggraph.Adu a : g.adus()) {
            if (adus.putIfAbsent(a.id(), a) != null || edus.containsKey(a.id()) || joints.contains(a.id())) {
                problems.add(problem(a.line(), a.column(), "the id '" + a.id() + "' is used twice"));
            }
        }
        Map<String, Arggraph.Edge> edges = new LinkedHashMap<>();
        Map<String, List<String>> segInto = new HashMap<>();
        for (Arggraph.Edge e : g.edges()) {
            if (edges.putIfAbsent(e.id(), e) != null || adus.containsKey(e.id()) || edus.containsKey(e.id())) {
                problems.add(problem(e.line(), e.column(), "the id '" + e.id() + "' is used twice"));
            }
            if ("seg".equals(e.type())) {
                boolean srcOk = edus.containsKey(e.src()) || joints.contains(e.src());
                boolean trgOk = adus.containsKey(e.trg()) || joints.contains(e.trg());
                if (!srcOk || !trgOk) {
                    problems.add(problem(e.line(), e.column(), "seg edge '" + e.id() + "' must run from an edu or "
                            + "joint to a joint or adu, not from '" + e.src() + "' to '" + e.trg() + "'"));
                }
                segInto.computeIfAbsent(e.trg(), k -> new ArrayList<>()).add(e.src());
            }
        }
        for (Arggraph.Edge e : edges.values()) {
            switch (e.type()) {
                case "sup", "exa", "reb" -> {
                    if (!adus.containsKey(e.src()) || !adus.containsKey(e.trg())) {
                        problems.add(problem(e.line(), e.column(), e.type() + " edge '" + e.id()
                                + "' must run from an adu to an adu, not from '" + e.src() + "' to '" + e.trg() + "'"));
                    }
                }
                case "add", "und" -> {
                    Arggraph.Edge target = edges.get(e.trg());
                    if (!adus.containsKey(e.src()) || target == null || "seg".equals(target.type())
                            || "add".equals(target.type())) {
                        problems.add(problem(e.line(), e.column(), e.type() + " edge '" + e.id()
                                + "' must run from an adu to a sup, exa, reb or und edge, not from '" + e.src()
                                + "' to '" + e.trg() + "'"));
                    }
                }
                default -> {
                    // seg: checked above.
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }

        Map<String, String> claimIds = new HashMap<>();
        int n = 0;
        for (String aduId : adus.keySet()) {
            n++;
            claimIds.put(aduId, Ids.isValid(aduId) ? aduId : "adu-" + n);
        }
        ArgumentMap.Builder b = ArgumentMap.builder();
        b.title(g.id());
        b.putMetadata("id", g.id());
        g.topic().ifPresent(t -> b.putMetadata("topic", t));
        g.stance().ifPresent(s -> b.putMetadata("stance", s));
        boolean anyPro = false;
        boolean anyOpp = false;
        for (Arggraph.Adu a : adus.values()) {
            anyPro |= a.type().equals("pro");
            anyOpp |= a.type().equals("opp");
        }
        if (anyPro) {
            b.addSpeaker(Speaker.of(PROPONENT, "Proponent", "proponent (presents and defends the central claim)"));
        }
        if (anyOpp) {
            b.addSpeaker(Speaker.of(OPPONENT, "Opponent", "opponent (critically challenges the proponent's claims)"));
        }
        for (Arggraph.Adu a : adus.values()) {
            String text = textOf(a, segInto, edus, eduOrder);
            Claim c = Claim.of(claimIds.get(a.id()), text)
                    .withSpeaker(a.type().equals("opp") ? OPPONENT : PROPONENT);
            if (!claimIds.get(a.id()).equals(a.id())) {
                c = c.withNote("Microtexts id " + a.id());
            }
            b.addClaim(c);
        }
        if (!problems.isEmpty()) {
            throw new InvalidMapException(problems);
        }
        Map<String, List<Arggraph.Edge>> addsTo = new HashMap<>();
        for (Arggraph.Edge e : edges.values()) {
            if ("add".equals(e.type())) {
                addsTo.computeIfAbsent(e.trg(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Arggraph.Edge e : edges.values()) {
            switch (e.type()) {
                case "sup", "exa", "reb" -> {
                    List<String> premises = new ArrayList<>();
                    premises.add(claimIds.get(e.src()));
                    for (Arggraph.Edge add : addsTo.getOrDefault(e.id(), List.of())) {
                        premises.add(claimIds.get(add.src()));
                    }
                    b.addRelation(relation(e, premises, claimIds.get(e.trg())));
                }
                case "und" -> {
                    // An undercut of an add edge attacks the relation the add joined.
                    Arggraph.Edge target = edges.get(e.trg());
                    String targetId = "add".equals(target.type()) ? target.trg() : e.trg();
                    b.addRelation(Relation.undercut(claimIds.get(e.src()), relationId(targetId)).withId(relationId(e.id())));
                }
                default -> {
                    // seg edges made the texts; add edges joined their relation above.
                }
            }
        }
        return new ReadResult(b.build(), warnings);
    }

    private static String relationId(String edgeId) {
        return Ids.isValid(edgeId) ? edgeId : "edge-" + Integer.toHexString(edgeId.hashCode());
    }

    /** A sup, exa or reb edge with the premises its add edges join to it, named by the edge's id. */
    private static Relation relation(Arggraph.Edge e, List<String> premises, String to) {
        Relation r = Relation.linked("reb".equals(e.type()) ? RelationKind.REBUTTAL : RelationKind.SUPPORT, premises, to)
                .withId(relationId(e.id()));
        return "exa".equals(e.type()) ? r.withNote("support by example (exa)") : r;
    }

    /** The EDUs segmented into an ADU, through joints, in document order; iterative, cycle-safe. */
    private String textOf(Arggraph.Adu a, Map<String, List<String>> segInto, Map<String, Arggraph.Edu> edus,
            Map<String, Integer> eduOrder) {
        List<Arggraph.Edu> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.push(a.id());
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            Arggraph.Edu edu = edus.get(node);
            if (edu != null) {
                found.add(edu);
                continue;
            }
            for (String src : segInto.getOrDefault(node, List.of())) {
                todo.push(src);
            }
        }
        if (found.isEmpty()) {
            problems.add(problem(a.line(), a.column(), "adu '" + a.id() + "' has no text: no seg edge leads to it "
                    + "from an edu"));
            return "(no text)";
        }
        found.sort((x, y) -> Integer.compare(eduOrder.get(x.id()), eduOrder.get(y.id())));
        StringBuilder text = new StringBuilder();
        for (Arggraph.Edu e : found) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(e.text());
        }
        return text.toString();
    }

    private Problem problem(int line, int column, String message) {
        return new Problem(name, line, column, "", message);
    }
}
