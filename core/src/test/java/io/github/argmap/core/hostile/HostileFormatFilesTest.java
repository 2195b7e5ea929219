package io.github.argmap.core.hostile;

import static io.github.argmap.core.hostile.FormatCases.AIF;
import static io.github.argmap.core.hostile.FormatCases.ARGDOWN;
import static io.github.argmap.core.hostile.FormatCases.FORMATS;
import static io.github.argmap.core.hostile.FormatCases.GRAPHML;
import static io.github.argmap.core.hostile.FormatCases.bytes;
import static io.github.argmap.core.hostile.FormatCases.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.format.MapFormat;
import io.github.argmap.core.format.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hand-made hostile AIF, Argdown and GraphML files, each refused (or read) as the rule says. */
class HostileFormatFilesTest {
    private static final Duration GUARD = Duration.ofSeconds(20);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Problem> problems(MapFormat format, byte[] file, String name) {
        InvalidMapException e = assertTimeoutPreemptively(GUARD,
                () -> catchThrowableOfType(InvalidMapException.class, () -> read(format, file, name)));
        assertThat(e).as("%s should be refused", name).isNotNull();
        FormatCases.assertPlaced(e, name);
        return e.problems();
    }

    private static List<Problem> problems(MapFormat format, String file, String name) {
        return problems(format, b(file), name);
    }

    private static String at(Problem p) {
        return p.line() + ":" + p.column();
    }

    // ---- GraphML ----

    private static final String GRAPHML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String GRAPHML_BODY = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            + "<key id=\"n_text\" for=\"node\" attr.name=\"text\" attr.type=\"string\"/>\n"
            + "<graph id=\"g\" edgedefault=\"directed\">\n"
            + "<node id=\"a\"><data key=\"n_text\">TEXT</data></node>\n"
            + "</graph>\n</graphml>\n";

    private static String graphml(String doctype, String text) {
        return GRAPHML_HEAD + doctype + GRAPHML_BODY.replace("TEXT", text);
    }

    @Test
    void read_refusesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE graphml [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        List<Problem> problems = problems(GRAPHML, graphml(dtd.toString(), "&lol9;"), "laughs.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).message()).startsWith("a DOCTYPE is refused");
    }

    @Test
    void read_refusesExternalEntitiesAndDtdsWithoutFetchingThem() {
        // Port 1 on the loopback refuses connections at once; had the reader tried, the error would say so.
        for (String doctype : List.of("<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                "<!DOCTYPE graphml SYSTEM \"http://127.0.0.1:1/graphml.dtd\">\n",
                "<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p.dtd\"> %p;]>\n")) {
            List<Problem> problems = problems(GRAPHML, graphml(doctype, "&xxe;"), "xxe.graphml");
            assertThat(problems).as(doctype).hasSize(1);
            assertThat(problems.get(0).line()).as(doctype).isEqualTo(2);
            assertThat(problems.get(0).message()).as(doctype).startsWith("a DOCTYPE is refused").doesNotContain("root:");
        }
    }

    @Test
    void read_refusesADoctypeAnywhereAfterTheStart() {
        String inside = GRAPHML_HEAD + GRAPHML_BODY.replace("<graph id", "<!DOCTYPE graphml [<!ENTITY x \"y\">]>\n<graph id");
        List<Problem> problems = problems(GRAPHML, inside, "inside.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).message()).startsWith("not valid XML: ");

        String after = graphml("", "x") + "<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
        problems = problems(GRAPHML, after, "after.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(8);
        assertThat(problems.get(0).message()).startsWith("not valid XML: ");
    }

    @Test
    void read_refusesAnUndeclaredEntity() {
        List<Problem> problems = problems(GRAPHML, graphml("", "a &lol; b"), "entity.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(5);
        assertThat(problems.get(0).message()).contains("lol");
    }

    @Test
    void read_refusesMillionDeepGraphmlNestingAtTheSecondLevelItDoesNotKnow() {
        String open = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><desc>";
        String file = open + "<desc>".repeat(1_000_000) + "</desc>".repeat(1_000_000) + "</desc></graphml>";
        List<Problem> problems = problems(GRAPHML, file, "deep.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(1);
        assertThat(problems.get(0).message()).isEqualTo("unexpected <desc> in <desc>; expected text only");
    }

    @Tag("scale") // slow: runs under -Pscale
    @Test
    void read_refuses100MegabyteGraphmlText() {
        String file = graphml("", "x".repeat(100_000_000));
        List<Problem> problems = problems(GRAPHML, file, "huge.graphml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(5);
        assertThat(problems.get(0).message())
                .startsWith("refused: a text of more than 4000000 characters in <data key=\"n_text\">");
    }

    @Test
    void read_graphmlNamingAnotherEncodingIsRefusedNotMisread() {
        String file = graphml("", "caf\u00e9").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        List<Problem> problems = problems(GRAPHML, file, "latin.graphml");
        assertThat(problems).extracting(HostileFormatFilesTest::at).containsExactly("1:31");
        assertThat(problems.get(0).message()).contains("'ISO-8859-1'").contains("save the file as UTF-8");
    }

    @Test
    void read_malformedGraphmlPrintsNothingOnStandardError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            byte[] file = b(graphml("", "ab"));
            int at = new String(file, StandardCharsets.UTF_8).indexOf("ab<");
            for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
                byte[] damaged = splice(file, at + 1, bad);
                assertThat(problems(GRAPHML, damaged, "bad.graphml")).extracting(HostileFormatFilesTest::at).containsExactly("5:34");
            }
            problems(GRAPHML, "<graphml", "cut.graphml");
            problems(GRAPHML, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"></graph>", "mismatched.graphml");
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void read_graphmlDataOrKeyGivenTwiceIsRefusedNotOverwritten() {
        // The reader places an element just after its start tag, as the JDK's StAX parser reports it.
        String twice = graphml("", "first</data><data key=\"n_text\">second");
        assertThat(problems(GRAPHML, twice, "twice.graphml")).extracting(Problem::toString).containsExactly(
                "twice.graphml:5:64: data \"text\" appears a second time in this <node>; keep one");
        String keyTwice = graphml("", "x").replace("<graph id", "<key id=\"n_text\" for=\"node\" attr.name=\"note\"/>\n<graph id");
        assertThat(problems(GRAPHML, keyTwice, "keys.graphml")).extracting(Problem::toString).containsExactly(
                "keys.graphml:4:47: <key> id 'n_text' appears a second time in the file; keep one");
    }

    private static byte[] splice(byte[] file, int at, byte[] insert) {
        byte[] out = Arrays.copyOf(file, file.length + insert.length);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(file, at, out, at + insert.length, file.length - at);
        return out;
    }

    // ---- AIF ----

    private static String aif(String nodes, String edges) {
        return "{\"nodes\": [" + nodes + "],\n\"edges\": [" + edges + "]}";
    }

    private static String node(String id, String type) {
        return "{\"nodeID\": \"" + id + "\", \"text\": \"" + id + " text\", \"type\": \"" + type + "\"}";
    }

    private static String edge(String id, String from, String to) {
        return "{\"edgeID\": \"" + id + "\", \"fromID\": \"" + from + "\", \"toID\": \"" + to + "\"}";
    }

    @Test
    void read_refusesMillionDeepAifNesting() {
        for (String file : List.of("[".repeat(1_000_000), "{\"nodes\": " + "[".repeat(1_000_000),
                "{\"nodes\": [" + "{\"a\": ".repeat(1_000_000))) {
            List<Problem> problems = problems(AIF, file, "deep.aif.json");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).line()).isEqualTo(1);
            assertThat(problems.get(0).message()).startsWith("refused: ").contains("64");
        }
    }

    @Test
    void read_refuses100MegabyteAifString() {
        String file = "{\"nodes\": [{\"nodeID\": \"1\", \"type\": \"I\", \"text\": \"" + "x".repeat(100_000_000) + "\"}], \"edges\": []}";
        List<Problem> problems = problems(AIF, file, "huge.aif.json");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("refused: ").contains("4000000");
    }

    @Test
    void read_aifNodeIdsMustBeStringsOrIntegers() {
        for (String id : List.of("1.5", "1e400", "true", "false", "null", "{}", "[]")) {
            String file = aif("{\"nodeID\": " + id + ", \"text\": \"t\", \"type\": \"I\"}", "");
            List<Problem> problems = problems(AIF, file, "ids.aif.json");
            assertThat(problems).as(id).extracting(HostileFormatFilesTest::at).containsExactly("1:23");
            assertThat(problems.get(0).message()).as(id).startsWith("a node's \"nodeID\" must be a string or an integer, not ");
        }
        List<Problem> huge = problems(AIF, aif("{\"nodeID\": " + "9".repeat(70) + ", \"text\": \"t\", \"type\": \"I\"}", ""),
                "huge-id.aif.json");
        assertThat(huge).hasSize(1);
        assertThat(huge.get(0).message()).startsWith("refused: ");
        // A long integer within the number limit is a valid nodeID; the claim id is derived from it.
        String digits = "1234567890".repeat(6);
        ReadResult read = read(AIF, b(aif("{\"nodeID\": " + digits + ", \"text\": \"t\", \"type\": \"I\"}", "")), "long.aif.json");
        assertThat(read.map().claims()).extracting(c -> c.id()).containsExactly("n" + digits);
    }

    @Test
    void read_aifCyclesOfSchemeNodesGiveTheirRelationsAndReportTheRest() {
        String file = aif(String.join(",\n", node("a", "I"), node("b", "I"), node("r1", "RA"), node("r2", "RA"), node("c1", "CA")),
                String.join(",\n", edge("1", "a", "r1"), edge("2", "r1", "b"), edge("3", "b", "r2"), edge("4", "r2", "a"),
                        edge("5", "r1", "r2"), edge("6", "r2", "r1"), edge("7", "c1", "c1")));
        // One node or edge a line: the nodes on lines 1 to 5, the edges on lines 6 to 12.
        ReadResult read = assertTimeoutPreemptively(GUARD, () -> read(AIF, b(file), "cycle.aif.json"));
        // An RA node's text other than "Default Inference" names its scheme, kept as the relation's scheme.
        assertThat(read.map().relations()).containsExactly(Relation.support("na", "nb").withScheme("r1 text"),
                Relation.support("nb", "na").withScheme("r2 text"));
        assertThat(read.warnings()).extracting(Problem::toString).containsExactly(
                "cycle.aif.json:5:1: 1 CA node(s) lack a premise I node or a conclusion (an I node, or for an undercut an RA or CA node) and are left out",
                "cycle.aif.json:10:1: 2 edge(s) from a RA node to a RA node fit no pattern argmap reads (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out",
                "cycle.aif.json:12:1: 1 edge(s) from a CA node to a CA node fit no pattern argmap reads (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out");
    }

    @Test
    void read_aifSchemeWithoutPremiseOrConclusionIsLeftOutAndReported() {
        String file = aif(String.join(",\n", node("a", "I"), node("b", "I"), node("r1", "RA"), node("r2", "RA")),
                String.join(",\n", edge("1", "r1", "b"), edge("2", "a", "r2")));
        ReadResult read = read(AIF, b(file), "incomplete.aif.json");
        assertThat(read.map().claims()).hasSize(2);
        assertThat(read.map().relations()).isEmpty();
        assertThat(read.warnings()).extracting(Problem::toString).containsExactly(
                "incomplete.aif.json:3:1: 2 RA node(s) lack a premise I node or a conclusion (an I node, or for an undercut an RA or CA node) and are left out",
                "incomplete.aif.json:5:11: 1 edge(s) from a RA node to a I node fit no pattern argmap reads (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out",
                "incomplete.aif.json:6:1: 1 edge(s) from a I node to a RA node fit no pattern argmap reads (I -> RA/CA/MA/PA -> I, CA -> RA/CA, L -> YA -> I) and are left out");
    }

    @Test
    void read_aifSchemeWithThousandsOfPremisesAndConclusionsStaysLinear() {
        // 3,000 premises and 3,000 conclusions of one RA node: read premise by conclusion, 9,000,000
        // relations from a 600 KB file (a million took 105 s before). AIF gives a scheme node one conclusion.
        int k = 3000;
        StringBuilder nodes = new StringBuilder(node("r", "RA"));
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < 2 * k; i++) {
            nodes.append(",\n").append(node("i" + i, "I"));
            edges.append(i == 0 ? "" : ",\n").append(i < k ? edge("e" + i, "i" + i, "r") : edge("e" + i, "r", "i" + i));
        }
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> read(AIF, b(aif(nodes.toString(), edges.toString())), "fan.aif.json"));
        assertThat(read.map().relations()).singleElement()
                .satisfies(r -> assertThat(r.to()).isEqualTo("ni" + k))
                .satisfies(r -> assertThat(r.from()).hasSize(k));
        // Nodes fill lines 1 to 6,001 and edge ej is on line 6,002 + j: e3000 is the first conclusion, e3001 (line 9,003) the second.
        assertThat(read.warnings()).extracting(Problem::toString).containsExactly(
                "fan.aif.json:9003:1: 2999 edge(s) give a RA node a second or further conclusion and are left out: in AIF a scheme"
                        + " node has one conclusion, so argmap reads the first; give each conclusion its own scheme node");
    }

    @Test
    void read_aifAssertingNodeWithThousandsOfLocutionsAndClaimsStaysLinear() {
        // 2,000 locutions of 2,000 participants into one YA node, anchored to 2,000 claims: read locution by
        // claim this was 4,000,000 speaker assignments and as many "second speaker" warnings.
        int k = 2000;
        StringBuilder nodes = new StringBuilder("{\"nodeID\": \"ya\", \"text\": \"Asserting\", \"type\": \"YA\"}");
        StringBuilder edges = new StringBuilder();
        StringBuilder locutions = new StringBuilder();
        StringBuilder participants = new StringBuilder();
        for (int i = 0; i < k; i++) {
            nodes.append(",\n").append(node("i" + i, "I")).append(",\n").append(node("l" + i, "L"));
            edges.append(i == 0 ? "" : ",\n").append(edge("a" + i, "l" + i, "ya")).append(",\n").append(edge("b" + i, "ya", "i" + i));
            locutions.append(i == 0 ? "" : ",").append("{\"nodeID\": \"l").append(i).append("\", \"personID\": \"p").append(i).append("\"}");
            participants.append(i == 0 ? "" : ",").append("{\"participantID\": \"p").append(i)
                    .append("\", \"firstname\": \"P\", \"surname\": \"N").append(i).append("\"}");
        }
        String file = "{\"nodes\": [" + nodes + "],\n\"edges\": [" + edges + "],\n\"locutions\": [" + locutions
                + "],\n\"participants\": [" + participants + "]}\n";
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(AIF, b(file), "ya.aif.json"));
        assertThat(read.map().claims()).hasSize(k);
        // Claim i0 gets the first locution's speaker; every other locution is a second speaker of i0.
        assertThat(read.map().requireClaim("ni0").speaker()).contains("p-n0");
        assertThat(read.map().claims().stream().filter(c -> c.speaker().isPresent())).hasSize(1);
        assertThat(read.warnings()).hasSize(k);
        // Nodes fill lines 1 to 4,001; edge aj is on line 4,002 + 2j, bj on 4,003 + 2j: b1 on 4,005.
        assertThat(read.warnings()).extracting(Problem::toString).contains(
                "ya.aif.json:4005:1: 1999 edge(s) anchor a YA node to a second or further I node and are left out: an illocution"
                        + " anchors one proposition, so argmap reads the first; give each claim its own YA node");
    }

    @Test
    void read_aifNodeIdsThatSanitizeAlikeGetNumberedInLinearTime() {
        // 40,000 nodeIDs that differ only in characters an id may not hold all become "nx______": the
        // n-th is numbered -n. Finding each number by counting up from 2 was quadratic.
        int k = 40_000;
        String marks = "!$%&*+/=";
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < k; i++) {
            StringBuilder id = new StringBuilder("x");
            for (int j = 0, v = i; j < 6; j++, v /= marks.length()) {
                id.append(marks.charAt(v % marks.length()));
            }
            nodes.append(i == 0 ? "" : ",\n").append(node(id.toString(), "I"));
        }
        ReadResult read = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> read(AIF, b(aif(nodes.toString(), "")), "alike.aif.json"));
        assertThat(read.map().claims()).hasSize(k);
        assertThat(read.map().claims().get(0).id()).isEqualTo("nx______");
        assertThat(read.map().claims().get(1).id()).isEqualTo("nx______-2");
        assertThat(read.map().claims().get(k - 1).id()).isEqualTo("nx______-" + k);
    }

    // ---- Argdown ----

    @Test
    void read_nestedArgdownRelationsRelateTheStatementAboveThem() {
        // As the Argdown CLI reads it: "+> [c]" nested under "+> [b]" is b supporting c.
        String file = "[a]: A\n    +> [b]\n        +> [c]\n\n[b]: B\n\n[c]: C\n";
        ArgumentMap map = read(ARGDOWN, b(file), "nested.argdown").map();
        assertThat(map.relations()).extracting(r -> r.source() + ">" + r.to()).containsExactly("b>c", "a>b");
    }

    @Test
    void read_argdownHundredThousandNestingLevelsAreReadOrRefusedCleanly() {
        StringBuilder file = new StringBuilder("[a]: A\n    +> [b]\n");
        // One relation 100,000 levels deep, then a staircase of 100 more levels, each one tab deeper, all
        // read as nested relations; then a line back at one tab, which matches no open level: the
        // Argdown CLI refuses the file there, and so does argmap, without a deep stack.
        file.append("\t".repeat(100_000)).append("+> [b]\n");
        for (int level = 100_001; level <= 100_100; level++) {
            file.append("\t".repeat(level)).append("-> [b]\n");
        }
        file.append("\t-> [b]\n");
        List<Problem> problems = problems(ARGDOWN, file.toString(), "deep.argdown");
        assertThat(problems).singleElement().satisfies(p -> assertThat(at(p)).isEqualTo("104:1"));
        String readable = "[a]: A\n    +> [b]\n" + "\t".repeat(100_000) + "+> [c]\n\n[d]: D\n";
        assertThat(read(ARGDOWN, b(readable), "deep.argdown").map().relations()).hasSize(2);
    }

    @Test
    void read_refusesTenMegabyteArgdownLinesWithShortMessages() {
        String text = "x".repeat(10_000_000);
        List<Problem> problems = problems(ARGDOWN, "[a]: " + text + "\n", "long.argdown");
        assertThat(problems).extracting(HostileFormatFilesTest::at).containsExactly("1:6");
        assertThat(problems.get(0).message()).isEqualTo(
                "refused: a text of 10000000 characters, over the limit of 4000000; no argument map comes near this limit,"
                        + " so the file is broken or is not a map");
        for (String line : List.of(text, "[" + text + "]: t", "[a]: t\n    +> [" + text + "]")) {
            List<Problem> refused = problems(ARGDOWN, line + "\n", "long.argdown");
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).message()).hasSizeLessThan(300);
        }
    }

    // ---- every format ----

    private static ArgumentMap sample(MapFormat format) {
        ArgumentMap map = new RandomMaps(99).map(12);
        return format == GRAPHML ? FormatCases.xmlCleaned(map) : map;
    }

    private static ArgumentMap expected(MapFormat format, ArgumentMap map) {
        return format == ARGDOWN ? FormatCases.argdownOrder(map) : map;
    }

    @Test
    void read_crlfAndLoneCrLineEndingsGiveTheSameMap() {
        for (MapFormat format : FORMATS) {
            ArgumentMap map = sample(format);
            String text = new String(bytes(format, map), StandardCharsets.UTF_8);
            // Argdown's empty lines are "\n" or "\r\n" (the CLI's lexer), so a lone CR does not separate
            // paragraphs there, and the CLI refuses such a file: argmap does too.
            for (String ending : format == ARGDOWN ? List.of("\r\n") : List.of("\r\n", "\r")) {
                ReadResult read = read(format, b(text.replace("\n", ending)), "endings");
                assertThat(read.map()).as("%s with %s", format, ending.equals("\r") ? "CR" : "CRLF").isEqualTo(expected(format, map));
            }
        }
    }

    @Test
    void read_lineEndingsCountAlikeInProblemPositions() {
        for (String ending : List.of("\n", "\r\n", "\r")) {
            String argdown = String.join(ending, "[a]: A", "", "[b]: B \\", "");
            assertThat(problems(ARGDOWN, argdown, "e.argdown")).extracting(HostileFormatFilesTest::at).containsExactly("3:8");
            String aif = String.join(ending, "{\"nodes\": [", "{\"nodeID\": true, \"text\": \"t\", \"type\": \"I\"}", "], \"edges\": []}");
            assertThat(problems(AIF, aif, "e.aif.json")).extracting(HostileFormatFilesTest::at).containsExactly("2:12");
            String graphml = graphml("", "x").replace("\n", ending).replace("<node id=\"a\">", "<node>");
            assertThat(problems(GRAPHML, graphml, "e.graphml")).hasSize(1).allSatisfy(p -> assertThat(p.line()).isEqualTo(5));
        }
    }

    @Test
    void read_acceptsUtf8AndUtf16ByteOrderMarks() {
        for (MapFormat format : FORMATS) {
            ArgumentMap map = sample(format);
            String text = new String(bytes(format, map), StandardCharsets.UTF_8);
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                byte[] file = ("\uFEFF" + text).getBytes(charset);
                assertThat(read(format, file, "bom").map()).as("%s in %s", format, charset).isEqualTo(expected(format, map));
            }
        }
    }

    @Test
    void read_rejectsInvalidUtf8WithItsPosition() {
        String argdown = "[a]: A\n[b]: caf\u00e9 au lait\n";
        String aif = aif("\n{\"nodeID\": \"1\", \"text\": \"caf\u00e9 au lait\", \"type\": \"I\"}", "");
        String graphml = graphml("", "caf\u00e9 au lait");
        for (MapFormat format : FORMATS) {
            String text = format == ARGDOWN ? argdown : format == AIF ? aif : graphml;
            byte[] ok = b(text);
            int e = new String(ok, StandardCharsets.ISO_8859_1).indexOf("\u00c3\u00a9");
            // Inserted before the e-acute: Argdown "[b]: caf" ends at column 8, GraphML's line 5 has 35 characters
            // before it ("<node id="a"><data key="n_text">caf"). A lone continuation byte, a cut two-byte sequence, an encoded surrogate, an overlong '/'.
            for (byte[] bad : List.of(new byte[] {(byte) 0xA9}, new byte[] {(byte) 0xC3, 'x'}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xC0, (byte) 0xAF})) {
                byte[] file = splice(Arrays.copyOf(ok, ok.length), e, bad);
                List<Problem> problems = problems(format, file, "bad");
                assertThat(problems).as("%s %s", format, Arrays.toString(bad)).hasSize(1);
                String expected = format == ARGDOWN ? "2:9" : format == AIF ? "2:30" : "5:36";
                if (format != AIF) {
                    assertThat(at(problems.get(0))).as("%s %s", format, Arrays.toString(bad)).isEqualTo(expected);
                } else {
                    assertThat(problems.get(0).line()).as("%s %s", format, Arrays.toString(bad)).isEqualTo(2);
                }
            }
        }
    }
}
