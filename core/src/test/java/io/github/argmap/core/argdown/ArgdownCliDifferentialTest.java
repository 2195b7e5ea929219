package io.github.argmap.core.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.argmap.core.ArgumentMap;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a corpus of Argdown files with argmap and with the Argdown CLI 1.7.5 and compares what each
 * finds: whether the file is accepted, the statements, the arguments and every relation with its
 * two ends. The corpus is in {@code src/test/resources/.../argdown/corpus} (files the CLI accepts) and
 * {@code corpus-rejected} (files it refuses), plus random Argdown generated here. Skipped, with a
 * message, where the CLI is not installed; {@code .ci/run} installs it.
 */
class ArgdownCliDifferentialTest {
    @TempDir
    static Path dir;
    static Path out;
    static Optional<Path> cli;
    static final Map<String, String> files = new LinkedHashMap<>();
    /** The maps whose Argdown export is in the corpus too. */
    static final Map<String, ArgumentMap> written = new LinkedHashMap<>();

    @BeforeAll
    static void runTheCliOnce() throws IOException, InterruptedException, URISyntaxException {
        for (String corpus : List.of("corpus", "corpus-rejected")) {
            Path src = Path.of(ArgdownCliDifferentialTest.class.getResource(corpus).toURI());
            try (Stream<Path> s = Files.list(src)) {
                for (Path p : s.sorted().toList()) {
                    files.put(corpus + "-" + p.getFileName(), Files.readString(p));
                }
            }
        }
        for (int seed = 1; seed <= 40; seed++) {
            files.put("random-" + seed + ".argdown", RandomArgdown.text(seed));
        }
        for (int seed = 1; seed <= 30; seed++) {
            ArgumentMap map = RandomStructuredMaps.map(seed);
            written.put("export-" + seed + ".argdown", map);
            files.put("export-" + seed + ".argdown", new ArgdownFormat().toText(map));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        cli = ArgdownCli.find();
        if (cli.isPresent()) {
            out = dir.resolve("json");
            ArgdownCli.json(cli.get(), dir, out);
        }
    }

    /**
     * Reads the file as a map and checks its counts against the CLI's: nodes = statements +
     * arguments, supports = support + entails, rebuttals = attack + contrary + 2 x contradictory,
     * undercuts = undercut. Two documented differences are counted out: an undercut of a
     * reconstructed argument's inference undercuts a support made for that inference (id
     * {@code ARGUMENT.inference}), and a relation the map cannot hold is left out with a warning.
     */
    private static String mapCounts(String name, String text, Map<String, Integer> cli) throws IOException {
        io.github.argmap.core.format.ReadResult r;
        try {
            r = new ArgdownFormat().read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name);
        } catch (io.github.argmap.core.InvalidMapException e) {
            return name + ": the CLI accepts it, the map is refused: " + e.getMessage();
        }
        io.github.argmap.core.ArgumentMap map = r.map();
        Map<String, Integer> expected = new java.util.TreeMap<>(cli);
        for (io.github.argmap.core.Relation rel : map.relations()) {
            if (rel.id().endsWith(".inference")) {
                expected.merge("supports", 1, Integer::sum);
            }
        }
        for (io.github.argmap.core.Problem w : r.warnings()) {
            String m = w.message();
            if (m.startsWith("left out (")) {
                String kind = m.substring("left out (".length(), m.indexOf(')'));
                expected.merge(kind.equals("support") ? "supports" : kind.equals("rebuttal") ? "rebuttals" : "undercuts", -1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new java.util.TreeMap<>();
        actual.put("nodes", map.claims().size() + map.arguments().size());
        actual.put("supports", (int) map.relations().stream().filter(io.github.argmap.core.Relation::isSupport).count());
        actual.put("rebuttals", (int) map.relations().stream().filter(io.github.argmap.core.Relation::isRebuttal).count());
        actual.put("undercuts", (int) map.relations().stream().filter(io.github.argmap.core.Relation::isUndercut).count());
        return actual.equals(expected) ? null : name + ": map counts " + actual + ", expected " + expected + " (CLI " + cli + ")";
    }

    private static ArgdownModel parse(String text) throws ArgdownLexer.LexError, ArgdownParser.ParseError {
        return ArgdownParser.parse(ArgdownLexer.tokenize(text));
    }

    @Test
    void everyCorpusFile_isReadAsTheArgdownCliReadsIt() throws IOException {
        Assumptions.assumeTrue(cli.isPresent(), "the Argdown CLI (argdown, @argdown/cli 1.7.5) is not installed: "
                + "npm install -g @argdown/cli@1.7.5, or -Dargmap.argdown=PATH");
        List<String> mismatches = new ArrayList<>();
        StringBuilder report = new StringBuilder("file\tcli\tnodes\tsupports\trebuttals\tundercuts\n");
        int compared = 0;
        int relations = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            String name = f.getKey();
            Path json = out.resolve(name.replace(".argdown", ".json"));
            boolean cliAccepts = Files.exists(json);
            ArgdownModel ours = null;
            String error = null;
            try {
                ours = parse(f.getValue());
            } catch (ArgdownLexer.LexError | ArgdownParser.ParseError e) {
                error = e.getMessage();
            }
            if (cliAccepts != (ours != null)) {
                mismatches.add(name + ": the CLI " + (cliAccepts ? "accepts" : "rejects") + " it, argmap "
                        + (ours != null ? "accepts it" : "rejects it: " + error));
                continue;
            }
            if (ours == null) {
                report.append(name).append("\trejected\n");
                continue;
            }
            compared++;
            ArgdownCli.Summary expected = ArgdownCli.ofCli(json);
            ArgdownCli.Summary actual = ArgdownCli.of(ours);
            relations += expected.relations().size();
            ArgumentMap exported = written.get(name);
            if (exported != null) {
                // argmap's own export: the CLI finds one statement per claim, one argument per
                // argument node, one relation per relation; argmap reads it back equal.
                if (expected.statements().size() != exported.claims().size()
                        || expected.arguments().size() != exported.arguments().size()
                        || expected.relations().size() != exported.relations().size()) {
                    mismatches.add(name + ": exported " + exported + ", the CLI found " + expected.statements().size()
                            + " statements, " + expected.arguments().size() + " arguments, "
                            + expected.relations().size() + " relations");
                }
                ArgumentMap back = new ArgdownFormat().read(new java.io.ByteArrayInputStream(
                        f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)), name).map();
                if (!back.equals(exported)) {
                    mismatches.add(name + ": read back as " + back.relations() + "\n  written " + exported.relations());
                }
            }
            Map<String, Integer> c = expected.counts();
            String countProblem = mapCounts(name, f.getValue(), c);
            if (countProblem != null) {
                mismatches.add(countProblem);
            }
            report.append(name).append("\taccepted\t").append(c.get("nodes")).append('\t').append(c.get("supports"))
                    .append('\t').append(c.get("rebuttals")).append('\t').append(c.get("undercuts")).append('\n');
            if (!expected.equals(actual)) {
                mismatches.add(name + ":\n  CLI:    " + expected + "\n  argmap: " + actual);
            }
        }
        Files.createDirectories(Path.of("target", "argdown-mismatches"));
        for (String mismatch : mismatches) {
            // The files that differ, kept for a look after the run.
            String file = mismatch.substring(0, mismatch.indexOf(':'));
            Files.writeString(Path.of("target", "argdown-mismatches", file), files.get(file));
        }
        Files.writeString(Path.of("target", "argdown-differential.tsv"), report);
        assertThat(mismatches).isEmpty();
        assertThat(compared).isGreaterThan(40);
        assertThat(relations).isGreaterThan(200);
    }

}
