package io.github.argmap.core.argdown;

import io.github.argmap.core.argdown.ArgdownModel.Argument;
import io.github.argmap.core.argdown.ArgdownModel.EquivalenceClass;
import io.github.argmap.core.argdown.ArgdownModel.Inference;
import io.github.argmap.core.argdown.ArgdownModel.Node;
import io.github.argmap.core.internal.PositionedJson;
import io.github.argmap.core.internal.PositionedJson.Value;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The Argdown CLI 1.7.5 ({@code @argdown/cli}), run as the reference: where it is, how to run its
 * JSON export on many files at once, and its export summarized for comparison.
 */
final class ArgdownCli {
    private ArgdownCli() {}

    /**
     * The {@code argdown} executable: the system property {@code argmap.argdown}, else {@code argdown}
     * on the PATH, else {@code /opt/argdown/node_modules/.bin/argdown}.
     */
    static Optional<Path> find() {
        String given = System.getProperty("argmap.argdown");
        if (given != null && Files.isExecutable(Path.of(given))) {
            return Optional.of(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "argdown"))) {
                return Optional.of(Path.of(dir, "argdown"));
            }
        }
        Path opt = Path.of("/opt/argdown/node_modules/.bin/argdown");
        return Files.isExecutable(opt) ? Optional.of(opt) : Optional.empty();
    }

    /**
     * Runs {@code argdown json 'DIR/*.argdown' OUT} once; the CLI writes {@code OUT/NAME.json} for
     * each file it accepts and nothing for a file it rejects.
     */
    static void json(Path cli, Path dir, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cli.toString(), "json", dir.toAbsolutePath() + "/*.argdown", out.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("argdown-cli.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("argdown json did not finish in 10 minutes");
        }
    }

    /** What the comparison looks at: statement and argument titles, and every relation with its ends. */
    record Summary(List<String> statements, List<String> arguments, List<String> relations) {
        /** Counts as the issue defines them: nodes, supports, rebuttals, undercuts. */
        Map<String, Integer> counts() {
            Map<String, Integer> c = new TreeMap<>();
            c.put("nodes", statements.size() + arguments.size());
            int supports = 0;
            int rebuttals = 0;
            int undercuts = 0;
            for (String r : relations) {
                String type = r.substring(0, r.indexOf(' '));
                switch (type) {
                    case "support", "entails" -> supports++;
                    case "attack", "contrary" -> rebuttals++;
                    case "contradictory" -> rebuttals += 2;
                    case "undercut" -> undercuts++;
                    default -> throw new AssertionError(type);
                }
            }
            c.put("supports", supports);
            c.put("rebuttals", rebuttals);
            c.put("undercuts", undercuts);
            return c;
        }
    }

    static Summary ofCli(Path json) throws IOException {
        Value root = PositionedJson.parse(Files.readAllBytes(json), json.toString(), 1, 1);
        List<String> statements = new ArrayList<>(root.field("statements").map(v -> v.fields().keySet()).orElse(java.util.Set.of()));
        List<String> arguments = new ArrayList<>(root.field("arguments").map(v -> v.fields().keySet()).orElse(java.util.Set.of()));
        List<String> relations = new ArrayList<>();
        for (Value r : root.field("relations").map(Value::items).orElse(List.of())) {
            relations.add(r.field("relationType").get().text() + " " + r.field("fromType").get().text() + ":"
                    + r.field("from").get().text() + " -> " + r.field("toType").get().text() + ":" + r.field("to").get().text());
        }
        statements.sort(null);
        arguments.sort(null);
        relations.sort(null);
        return new Summary(statements, arguments, relations);
    }

    static Summary of(ArgdownModel m) {
        List<String> statements = new ArrayList<>(m.statements.keySet());
        List<String> arguments = new ArrayList<>(m.arguments.keySet());
        List<String> relations = new ArrayList<>();
        for (ArgdownModel.Relation r : m.relations) {
            relations.add(r.type.json + " " + end(r.from) + " -> " + end(r.to));
        }
        statements.sort(null);
        arguments.sort(null);
        relations.sort(null);
        return new Summary(statements, arguments, relations);
    }

    private static String end(Node n) {
        if (n instanceof EquivalenceClass) {
            return "equivalence-class:" + n.title;
        }
        if (n instanceof Argument) {
            return "argument:" + n.title;
        }
        return "inference:" + ((Inference) n).argumentTitle;
    }
}
