package io.github.argmap.core.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.Relation;
import io.github.argmap.core.RelationKind;
import io.github.argmap.core.format.ReadResult;
import io.github.argmap.core.format.StructuredMaps;
import io.github.argmap.core.format.TestMaps;
import io.github.argmap.core.seeds.Seeds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphmlFormatTest {
    private final GraphmlFormat graphml = new GraphmlFormat();

    private ReadResult read(String text) throws IOException {
        return graphml.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.graphml");
    }

    private List<String> errors(String text) {
        try {
            read(text);
        } catch (InvalidMapException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    private static String doc(String keys, String graph) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"n_text\" for=\"node\" attr.name=\"text\" attr.type=\"string\"/>\n"
                + "<key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + keys
                + "<graph id=\"g\" edgedefault=\"directed\">\n"
                + graph
                + "</graph>\n</graphml>\n";
    }

    // ---- writing and reading back ----

    @Test
    void roundTrip_keepsEveryPartOfTheRichMap() throws IOException {
        ReadResult back = read(graphml.toText(TestMaps.rich()));
        assertThat(back.map()).isEqualTo(TestMaps.rich());
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void roundTrip_keepsCarriageReturnsAndSurroundingSpace() throws IOException {
        ArgumentMap map = ArgumentMap.builder().title(" t ")
                .addClaim(Claim.of("a", "  one\r\ntwo\rthree  ")).build();
        assertThat(read(graphml.toText(map)).map()).isEqualTo(map);
    }

    @Test
    void roundTrip_keepsThePanel() throws IOException {
        Assumptions.assumeTrue(TestMaps.panelPresent(), "the panel map is not bundled yet");
        assertThat(read(graphml.toText(Seeds.panel())).map()).isEqualTo(Seeds.panel());
    }

    @Test
    void write_isByteIdenticalForEqualMaps() {
        assertThat(graphml.toText(TestMaps.rich())).isEqualTo(graphml.toText(TestMaps.rich().toBuilder().build()));
    }

    @Test
    void write_refusesCharactersXmlCannotHold() {
        ArgumentMap map = ArgumentMap.builder().addClaim(Claim.of("a", "bell\u0007")).build();
        assertThatThrownBy(() -> graphml.toText(map))
                .isInstanceOfSatisfying(InvalidMapException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/claims/0/text");
                            assertThat(p.message()).contains("claim 'a'", "U+0007");
                        }));
    }

    /** jgrapht-io's importer validates the file against the GraphML schema and reads it independently. */
    @Test
    void write_isValidGraphmlThatJgraphtImportsWithEveryAttribute() {
        ArgumentMap map = TestMaps.rich();
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(null, SupplierUtil.createDefaultEdgeSupplier(), false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> vertexData = new TreeMap<>();
        Map<DefaultEdge, Map<String, String>> edgeData = new HashMap<>();
        Map<String, String> graphData = new TreeMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                vertexData.computeIfAbsent(p.getFirst(), k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) ->
                edgeData.computeIfAbsent(p.getFirst(), k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        importer.addGraphAttributeConsumer((k, a) -> graphData.put(k, a.getValue()));
        importer.importGraph(g, new StringReader(graphml.toText(map)));

        // The linked relation r2 is a node of its own (kind relation), joined by premise and conclusion edges.
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("walk", "sunny", "late", "taxi", "-dash", "cheap", "fit",
                "relation:r2");
        assertThat(g.edgeSet()).hasSize(map.relations().stream().mapToInt(r -> r.isLinked() ? r.from().size() + 1 : 1).sum());
        for (Relation r : map.relations()) {
            if (r.isLinked()) {
                String node = "relation:" + map.idOf(r);
                assertThat(vertexData.get(node)).as(r.toString()).containsEntry("kind", "relation")
                        .containsEntry("relation_kind", r.kind().label());
                for (String premise : r.from()) {
                    assertThat(edgeData.get(g.getEdge(premise, node))).as(r.toString())
                            .isEqualTo(Map.of("kind", r.kind().label(), "part", "premise"));
                }
                assertThat(edgeData.get(g.getEdge(node, r.to()))).as(r.toString())
                        .isEqualTo(Map.of("kind", r.kind().label(), "part", "conclusion"));
                continue;
            }
            DefaultEdge e = g.getEdge(r.source(), r.to());
            assertThat(e).as(r.toString()).isNotNull();
            Map<String, String> expected = new TreeMap<>(Map.of("kind", r.kind().label()));
            r.note().ifPresent(n -> expected.put("note", n));
            if (!r.id().isEmpty()) {
                expected.put("ID", r.id());
            }
            assertThat(edgeData.get(e)).as(r.toString()).isEqualTo(expected);
        }
        // jgrapht adds the node id as "ID": the claim's id.
        assertThat(vertexData.get("walk")).containsOnly(Map.entry("ID", "walk"),
                Map.entry("text", "We should walk to the station."), Map.entry("speaker", "ana"),
                Map.entry("section", "intro"), Map.entry("quote", "we walk, I say"),
                Map.entry("tags", "plan.a travel"), Map.entry("note", "main claim"), Map.entry("weight", "0.75"));
        assertThat(vertexData.get("late")).containsEntry("text", "We are late.\nVery late.");
        assertThat(vertexData.get("-dash")).containsOnly(Map.entry("ID", "-dash"), Map.entry("text", "Dash-led id."));
        // jgrapht's importer does not report graph-level data; read it with the JDK's DOM parser instead.
        assertThat(graphData).isEmpty();
        Map<String, String> graphLevel = graphData(graphml.toText(map));
        assertThat(graphLevel).containsEntry("g_title", "Should we walk? A \"test\" map")
                .containsEntry("g_source_date", "2026-05-16")
                .containsEntry("g_sections", "[{\"id\":\"intro\",\"title\":\"Introduction\"},"
                        + "{\"id\":\"obj\",\"title\":\"Objections & replies <1> #2\"}]")
                .containsEntry("g_speakers", "[{\"id\":\"ana\",\"name\":\"Ana María Pérez\",\"role\":\"chair\",\"affiliation\":\"LSE\"},"
                        + "{\"id\":\"bob\",\"name\":\"Bob\",\"role\":\"panellist\"},"
                        + "{\"id\":\"quiet\",\"name\":\"Quiet Person\",\"role\":\"audience\"}]");
    }

    private static Map<String, String> graphData(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
            org.w3c.dom.Element graph = (org.w3c.dom.Element) d.getElementsByTagNameNS(Keys.NS, "graph").item(0);
            Map<String, String> out = new TreeMap<>();
            for (org.w3c.dom.Node n = graph.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e && e.getLocalName().equals("data")) {
                    out.put(e.getAttribute("key"), e.getTextContent());
                }
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- hostile and bad files ----

    @Test
    void read_refusesADoctypeSoNoExternalEntityIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<key id=\"n_text\" for=\"node\" attr.name=\"text\" attr.type=\"string\"/>"
                + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"n_text\">&xxe;</data></node></graph></graphml>\n";
        List<String> errors = errors(xxe);
        assertThat(errors).singleElement().asString()
                .startsWith("t.graphml:2:")
                .contains("a DOCTYPE is refused")
                .doesNotContain("TOP-SECRET");
    }

    @Test
    void read_rejectsATruncatedFileWithItsPosition() {
        String text = graphml.toText(TestMaps.small());
        assertThat(errors(text.substring(0, text.length() / 2))).singleElement().asString()
                .matches("t\\.graphml:\\d+:\\d+: not valid XML: .+");
    }

    @Test
    void read_rejectsElementsOutsideTheStructure() {
        assertThat(errors(doc("", "<node id=\"a\"><data key=\"n_text\">A</data></node>\n<foo/>\n")))
                .singleElement().asString()
                .startsWith("t.graphml:7:")
                .endsWith("unexpected <foo> in <graph>; expected <data>, <node> or <edge>");
    }

    @Test
    void read_rejectsANodeWithoutTextAndAnEdgeWithoutKind() {
        assertThat(errors(doc("", "<node id=\"a\"/>\n<node id=\"b\"><data key=\"n_text\">B</data></node>\n"
                + "<edge source=\"a\" target=\"b\"/>\n")))
                .hasSize(2)
                .satisfies(e -> assertThat(e.get(0)).startsWith("t.graphml:6:").endsWith("node 'a' is missing the required field \"text\""))
                .satisfies(e -> assertThat(e.get(1)).startsWith("t.graphml:8:")
                        .endsWith("edge a -> b has no \"kind\"; give it \"support\" or \"rebuttal\""));
    }

    @Test
    void read_placesADanglingEdgeAtTheEdge() {
        assertThat(errors(doc("", "<node id=\"a\"><data key=\"n_text\">A</data></node>\n"
                + "<edge source=\"a\" target=\"zz\"><data key=\"e_kind\">support</data></edge>\n")))
                .singleElement().asString()
                .startsWith("t.graphml:7:")
                .contains("no claim or argument has id 'zz'");
    }

    @Test
    void read_rejectsBadValuesAndUndeclaredKeys() {
        String weight = "<key id=\"n_weight\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n";
        assertThat(errors(doc(weight, "<node id=\"a\"><data key=\"n_text\">A</data><data key=\"n_weight\">heavy</data></node>\n")))
                .singleElement().asString().startsWith("t.graphml:7:")
                .endsWith("the weight of node 'a' must be a finite number, not 'heavy'");
        assertThat(errors(doc("", "<node id=\"a\"><data key=\"n_text\">A</data></node>\n"
                + "<node id=\"b\"><data key=\"n_text\">B</data></node>\n"
                + "<edge source=\"a\" target=\"b\"><data key=\"e_kind\">supports</data></edge>\n")))
                .singleElement().asString().startsWith("t.graphml:8:")
                .endsWith("unknown relation kind 'supports'; use \"support\" or \"rebuttal\"");
        assertThat(errors(doc("", "<node id=\"a\"><data key=\"d9\">A</data></node>\n"))).containsExactly(
                "t.graphml:6:29: <data> names key 'd9', which no <key> declares",
                "t.graphml:6:14: node 'a' is missing the required field \"text\"");
    }

    @Test
    void read_warnsOnceAboutKeysArgmapDoesNotWrite() throws IOException {
        String colour = "<key id=\"d0\" for=\"node\" attr.name=\"colour\" attr.type=\"string\"/>\n";
        ReadResult r = read(doc(colour, "<node id=\"a\"><data key=\"n_text\">A</data><data key=\"d0\">red</data></node>\n"
                + "<node id=\"b\"><data key=\"n_text\">B</data><data key=\"d0\">blue</data></node>\n"));
        assertThat(r.map().claims()).containsExactly(Claim.of("a", "A"), Claim.of("b", "B"));
        assertThat(r.warnings()).singleElement().asString().startsWith("t.graphml:7:")
                .endsWith("key 'colour' is not one argmap writes for nodes; its data is left out");
    }

    @Test
    void read_rejectsAFileWithoutGraph() {
        assertThat(errors("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>"))
                .containsExactly("t.graphml:1:1: the file holds no <graph>");
    }

    // ---- undercuts, linked premises, arguments, titles, metadata, schemes ----

    @Test
    void roundTrip_keepsUndercutsLinkedPremisesArgumentsTitlesMetadataAndSchemes() throws IOException {
        ArgumentMap map = StructuredMaps.bridge();
        String text = graphml.toText(map);
        ReadResult back = read(text);
        assertThat(back.map().relations()).isEqualTo(map.relations());
        assertThat(back.map().arguments()).isEqualTo(map.arguments());
        assertThat(back.map()).isEqualTo(map);
        assertThat(back.warnings()).isEmpty();
        assertThat(graphml.toText(back.map())).isEqualTo(text);
    }

    @Test
    void write_undercutIsAnEdgeToTheNodeOfTheRelationItAttacks() {
        String text = graphml.toText(StructuredMaps.bridge());
        // r1 (linked, and undercut) and u-other (undercut) are relation nodes; r-cost, undercut, too.
        assertThat(text).contains("<node id=\"relation:r1\">", "<node id=\"relation:u-other\">", "<node id=\"relation:r-cost\">");
        // The undercut of u-other by "fixed" is one plain edge into u-other's node, named by its position.
        assertThat(text).contains("<edge source=\"fixed\" target=\"relation:u-other\">");
        // u-other itself: its premise edge in, and its conclusion edge to the node of r1.
        assertThat(text).contains("<edge source=\"other\" target=\"relation:u-other\">",
                "<edge source=\"relation:u-other\" target=\"relation:r1\">");
        // A relation node keeps an explicit id as data; an argument is a node of kind argument.
        assertThat(text).contains("<node id=\"relation:r-cost\">\n      <data key=\"n_kind\">relation</data>\n"
                + "      <data key=\"n_relation_kind\">rebuttal</data>\n      <data key=\"n_relation\">r-cost</data>")
                .contains("<node id=\"a-safety\">\n      <data key=\"n_kind\">argument</data>");
        // A named relation drawn as one edge keeps its id as the edge's id.
        ArgumentMap named = ArgumentMap.builder().addClaim(Claim.of("a", "A")).addClaim(Claim.of("b", "B"))
                .addRelation(Relation.support("a", "b").withId("why")).build();
        assertThat(graphml.toText(named)).contains("<edge id=\"why\" source=\"a\" target=\"b\">");
    }

    /** GraphML written by argmap before relation ids (edge ids e1 …, linked premises as a shared group) still reads. */
    @Test
    void read_version1FilesFoldGroupsAndIgnoreEdgeIds() throws IOException {
        String text = doc("<key id=\"e_group\" for=\"edge\" attr.name=\"group\" attr.type=\"string\"/>\n",
                "<node id=\"walk\"><data key=\"n_text\">W</data></node>\n"
                        + "<node id=\"cheap\"><data key=\"n_text\">C</data></node>\n"
                        + "<node id=\"fit\"><data key=\"n_text\">F</data></node>\n"
                        + "<edge id=\"e1\" source=\"cheap\" target=\"walk\"><data key=\"e_kind\">support</data>"
                        + "<data key=\"e_group\">g1</data></edge>\n"
                        + "<edge id=\"e2\" source=\"fit\" target=\"walk\"><data key=\"e_kind\">support</data>"
                        + "<data key=\"e_group\">g1</data></edge>\n"
                        + "<edge id=\"e3\" source=\"fit\" target=\"cheap\"><data key=\"e_kind\">rebuttal</data></edge>\n");
        assertThat(read(text).map().relations()).containsExactly(
                Relation.linked(RelationKind.SUPPORT, List.of("cheap", "fit"), "walk").withId("g1"),
                Relation.rebuttal("fit", "cheap"));
    }

    @Test
    void read_rejectsAnUndercutOfANodeThatIsNoRelation() {
        String keys = "<key id=\"g_version\" for=\"graph\" attr.name=\"argmap_graphml\" attr.type=\"string\"/>\n";
        assertThat(errors(doc(keys, "<data key=\"g_version\">2</data>\n"
                + "<node id=\"a\"><data key=\"n_text\">A</data></node>\n"
                + "<node id=\"b\"><data key=\"n_text\">B</data></node>\n"
                + "<edge source=\"a\" target=\"b\"><data key=\"e_kind\">undercut</data></edge>\n")))
                .containsExactly("t.graphml:10:29: undercut of 'b', which is no relation node; an undercut's edge ends at"
                        + " the node (kind relation) of the relation it attacks");
    }
}
