package io.github.argmap.examples;

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
 * Every public type and member of argmap-examples (published with a javadoc jar for its example maps) is documented: javadoc with {@code -Xdoclint:all}
 * prints no warning, as the release profile requires.
 */
class JavadocTest {

    @Test
    void examplesJavadocHasNoDoclintWarning(@TempDir Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("-Xdoclint:all", "-quiet", "-Xmaxwarns", "10000", "-notimestamp",
                "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d", out.toString()));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                    .forEach(f -> args.add(f.toString()));
        }
        StringWriter log = new StringWriter();
        int exit;
        try (PrintWriter w = new PrintWriter(log)) {
            exit = ToolProvider.findFirst("javadoc").orElseThrow().run(w, w, args.toArray(String[]::new));
        }

        assertThat(exit).as("javadoc's exit code; its output:%n%s", log).isZero();
        assertThat(log.toString().lines().filter(l -> l.contains(": warning") || l.contains(": error")))
                .as("javadoc -Xdoclint:all warnings; document these members").isEmpty();
    }
}
