package io.github.argmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import rules of docs/architecture.md, checked by a plain scan of the {@code import} lines of
 * every main source file of the repository (core, api, jackson, examples). ArchUnit would read the
 * compiled classes instead; a scan of imports needs no dependency, costs well under a second, and
 * sees what a reviewer sees. Fully qualified names in code are not seen: the project uses none
 * across packages.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.argmap.";
    /** One package per format; no format imports another. The last three are being added (#19). */
    static final Set<String> FORMATS = Set.of("core.json", "core.aif", "core.argdown", "core.graphml", "core.kialo",
            "core.microtexts", "core.sadface");
    private static final List<String> MODULES = List.of("core", "api", "jackson", "examples");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /**
     * Which argmap packages a package may import, by the package's name relative to
     * {@code io.github.argmap} (see docs/architecture.md, "Who may import whom").
     */
    static boolean allowed(String from, String to) {
        if (from.equals(to) || to.startsWith(from + ".") && from.startsWith("core.internal")) {
            return true;
        }
        boolean internal = to.equals("core.internal") || to.startsWith("core.internal.");
        if (from.equals("core")) {
            return to.equals("core.internal"); // the model: messages only; never a format or an algorithm
        }
        if (from.startsWith("core.internal")) {
            return to.equals("core") || internal;
        }
        if (from.equals("core.io")) {
            return internal;
        }
        if (from.equals("core.format")) {
            return to.equals("core") || internal || to.equals("core.io"); // no format: ServiceLoader finds them
        }
        if (FORMATS.contains(from) || from.equals("core.dot")) {
            return to.equals("core") || internal || to.equals("core.io") || to.equals("core.format");
        }
        if (from.startsWith("core")) {
            return false; // a core package not in these rules: add it to docs/architecture.md first
        }
        boolean core = to.equals("core") || to.equals("core.io") || internal;
        if (from.equals("api.internal")) {
            return core;
        }
        if (from.equals("api.traverse")) {
            return core || to.equals("api.internal");
        }
        if (from.equals("api.semantics") || from.startsWith("api.semantics.")) {
            return core || to.equals("api.internal") || to.equals("api.semantics") || to.startsWith("api.semantics.");
        }
        if (from.equals("api.summary")) {
            return core || to.equals("api.internal") || to.equals("api.traverse") || to.equals("api.semantics");
        }
        if (from.equals("api.html")) {
            return core || to.equals("core.dot") || to.startsWith("api.") && !to.equals("api.html");
        }
        if (from.startsWith("api")) {
            return false;
        }
        if (from.equals("jackson")) {
            return core || to.equals("core.json") || to.equals("core.format");
        }
        // examples and its command line may use everything but are used by nothing.
        return from.equals("examples") || from.startsWith("examples.");
    }

    @Test
    void everyImportOfAnArgmapPackage_followsTheRulesOfDocsArchitecture() throws IOException {
        Map<String, Set<String>> broken = new TreeMap<>();
        int files = 0;
        for (Path source : sources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Matcher p = PACKAGE.matcher(text);
            if (!p.find()) {
                continue;
            }
            files++;
            String from = relative(p.group(1));
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String target = packageOf(m.group(1));
                if (!target.startsWith(ROOT)) {
                    if (from.equals("core") && target.startsWith("com.fasterxml")) {
                        broken.computeIfAbsent(from, k -> new TreeSet<>()).add(target + " (in " + source.getFileName() + ")");
                    }
                    continue;
                }
                String to = relative(target);
                if (!allowed(from, to)) {
                    broken.computeIfAbsent(from, k -> new TreeSet<>()).add(to + " (in " + source.getFileName() + ")");
                }
            }
        }
        assertThat(files).as("main sources found under %s", root()).isGreaterThan(100);
        assertThat(broken).as("imports that docs/architecture.md does not allow").isEmpty();
    }

    @Test
    void theRules_refuseTheCyclesTheyExistToPrevent() {
        assertThat(allowed("core.format", "core.aif")).isFalse();
        assertThat(allowed("core.aif", "core.json")).isFalse();
        assertThat(allowed("core.kialo", "core.format")).isTrue();
        assertThat(allowed("core", "core.json")).isFalse();
        assertThat(allowed("core", "core.dot")).isFalse();
        assertThat(allowed("core.dot", "api.traverse")).isFalse();
        assertThat(allowed("api.traverse", "api.summary")).isFalse();
        assertThat(allowed("api.semantics", "api.html")).isFalse();
        assertThat(allowed("api.html", "api.summary")).isTrue();
        assertThat(allowed("jackson", "api.summary")).isFalse();
        assertThat(allowed("api.summary", "examples.cli")).isFalse();
        assertThat(allowed("examples.cli", "api.summary")).isTrue();
    }

    private static String packageOf(String name) {
        // A static import names a class (or a nested class) after the package: drop capitalised parts.
        String[] parts = name.split("\\.");
        int end = parts.length;
        while (end > 0 && Character.isUpperCase(parts[end - 1].charAt(0))) {
            end--;
        }
        return String.join(".", List.of(parts).subList(0, end));
    }

    private static String relative(String pkg) {
        return pkg.equals("io.github.argmap") ? "" : pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()) : pkg;
    }

    private static Path root() {
        // Surefire runs in the module's directory; the repository is its parent.
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("core")) ? here : here.getParent();
    }

    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String module : MODULES) {
            Path main = root().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
