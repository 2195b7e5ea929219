package io.github.argmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and member of argmap-core and argmap-api is documented: javadoc with
 * {@code -Xdoclint:all} over their published packages (all but {@code internal}) prints no warning.
 *
 * <p>The release profile's javadoc jar fails on the same warnings; this test says so in every
 * {@code mvn verify}, naming the file and line, long before a release.
 */
class JavadocTest {

    @Test
    void coreAndApiJavadocHasNoDoclintWarning(@TempDir Path out) throws IOException {
        List<String> warnings = doclint(out, Path.of("../core/src/main/java"), Path.of("src/main/java"));

        assertThat(warnings).as("javadoc -Xdoclint:all warnings; document these members").isEmpty();
    }

    /**
     * Runs javadoc over the published sources of some modules, on this test's class path.
     *
     * @return the warning and error lines javadoc printed
     */
    static List<String> doclint(Path out, Path... sourceRoots) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                        .filter(f -> !root.relativize(f).toString().replace('\\', '/').contains("/internal/"))
                        .forEach(sources::add);
            }
        }
        List<String> args = new ArrayList<>(List.of("-Xdoclint:all", "-quiet", "-Xmaxwarns", "10000", "-notimestamp",
                "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
        sources.forEach(f -> args.add(f.toString()));
        StringWriter log = new StringWriter();
        // java.util.spi.ToolProvider, not javax.tools: the test runs patched into a module that does
        // not read java.compiler.
        int exit;
        try (PrintWriter w = new PrintWriter(log)) {
            exit = ToolProvider.findFirst("javadoc").orElseThrow().run(w, w, args.toArray(String[]::new));
        }
        if (exit != 0) {
            throw new AssertionError("javadoc failed with exit code " + exit + ":\n" + log);
        }
        return log.toString().lines().filter(l -> l.contains(": warning") || l.contains(": error")).toList();
    }
}
