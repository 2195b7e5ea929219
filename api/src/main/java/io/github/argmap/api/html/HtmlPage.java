package io.github.argmap.api.html;

import io.github.argmap.api.semantics.Acceptance;
import io.github.argmap.api.semantics.Semantics;
import io.github.argmap.api.semantics.Strength;
import io.github.argmap.api.semantics.Strengths;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.Claim;
import io.github.argmap.core.Relation;
import io.github.argmap.core.Section;
import io.github.argmap.core.Speaker;
import io.github.argmap.core.dot.Coloring;
import io.github.argmap.core.dot.DotOptions;
import io.github.argmap.core.dot.DotWriter;
import io.github.argmap.core.dot.Graphviz;
import io.github.argmap.core.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an argument map as one self-contained, interactive HTML page: the map drawn as a graph
 * (pan with the mouse, zoom with the wheel or the buttons), search by text or speaker, filters
 * by speaker, section, tag and status, and a panel that shows a clicked claim's full text,
 * verbatim quote, speaker, section, status and strength under the chosen reading, and the case
 * for and against it with who made each point.
 *
 * <p>Everything is inline: styles, script, the map's data (as JSON) and the drawing (as SVG), so
 * the page opens from a file, an e-mail attachment or an offline laptop and loads nothing from
 * the network. Every claim's element carries {@code data-claim-id="ID"}. The drawing is
 * Graphviz's overview when Graphviz is installed and the map is not too large, else argmap's own
 * layered layout (see {@link HtmlOptions.Layout}). The output is deterministic: the same map and
 * options give the same bytes (on one machine, for the Graphviz layout).
 *
 * <pre>{@code
 * HtmlPage.write(map, HtmlOptions.defaults(), Path.of("panel.html"));
 * }</pre>
 */
public final class HtmlPage {
    private static final Pattern GRAPHVIZ_NODE = Pattern.compile("<g id=\"claim&#45;([^\"]*)\" class=\"node claim\">");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\s*", Pattern.DOTALL);
    private static final Pattern SVG_SIZE = Pattern.compile("<svg width=\"[^\"]*\" height=\"[^\"]*\"");

    private HtmlPage() {}

    /**
     * Writes the page into a string.
     *
     * @param map the map
     * @param options the readings offered and the layout
     * @return the page
     * @throws IOException when {@link HtmlOptions.Layout#GRAPHVIZ} is asked for and Graphviz fails
     */
    public static String toHtml(ArgumentMap map, HtmlOptions options) throws IOException {
        StringWriter out = new StringWriter();
        write(map, options, out);
        return out.toString();
    }

    /**
     * Writes the page to a character stream. Computes each reading's statuses (at the cost the
     * {@link Semantics} javadoc gives) and, for the Graphviz layout, runs {@code dot}; the rest is
     * linear in the map's size.
     *
     * @param map the map
     * @param options the readings offered and the layout
     * @param out where the page goes; not flushed or closed
     * @throws IOException when {@code out} fails, or {@link HtmlOptions.Layout#GRAPHVIZ} is asked
     *     for and Graphviz is missing or fails
     */
    public static void write(ArgumentMap map, HtmlOptions options, Writer out) throws IOException {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        String svg = drawing(map, options);
        String title = map.title().isBlank() ? "argmap" : map.title();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"argmap\">\n<title>");
        out.write(Html.text(title));
        out.write("</title>\n<style>\n");
        out.write(resource("page.css"));
        out.write("</style>\n</head>\n<body>\n<header>\n<h1>");
        out.write(Html.text(title));
        out.write("</h1>\n<div id=\"controls\">\n"
                + "<input id=\"search\" type=\"search\" placeholder=\"Search text or speaker\" aria-label=\"Search text or speaker\">\n"
                + "<select id=\"f-speaker\" aria-label=\"Speaker\"></select>\n"
                + "<select id=\"f-section\" aria-label=\"Section\"></select>\n"
                + "<select id=\"f-tag\" aria-label=\"Tag\"></select>\n"
                + "<select id=\"f-status\" aria-label=\"Status\"></select>\n"
                + "<label>Reading <select id=\"reading\" aria-label=\"Reading\"></select></label>\n"
                + "<span id=\"count\"></span>\n"
                + "<button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button>"
                + "<button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button>"
                + "<button id=\"fit\" type=\"button\" title=\"Show the whole map\">Fit</button>\n"
                + "</div>\n<div id=\"legend\"></div>\n</header>\n<main>\n<div id=\"canvas\">\n");
        out.write(svg);
        out.write("\n</div>\n<aside id=\"details\"><div id=\"results\"></div><div id=\"claim\">"
                + "<p class=\"hint\">Click a claim to see its full text, its quote and the case for and against it. "
                + "Drag to pan, use the wheel to zoom.</p></div></aside>\n</main>\n"
                + "<script type=\"application/json\" id=\"argmap-data\">");
        data(map, options, out);
        out.write("</script>\n<script>\n");
        out.write(resource("page.js"));
        out.write("</script>\n</body>\n</html>\n");
    }

    /**
     * Writes the page to a file in UTF-8, atomically: the file is either complete or as it was.
     *
     * @param map the map
     * @param options the readings offered and the layout
     * @param target the file to create or replace
     * @throws IOException when the file cannot be written, or as {@link #write(ArgumentMap, HtmlOptions, Writer)}
     */
    public static void write(ArgumentMap map, HtmlOptions options, Path target) throws IOException {
        String page = toHtml(map, options); // before the file is touched: a failed layout leaves it as it was
        AtomicFiles.write(target, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write(page);
            w.flush();
        });
    }

    private static String drawing(ArgumentMap map, HtmlOptions options) throws IOException {
        Coloring coloring = Coloring.bySpeaker(map);
        boolean graphviz = switch (options.layout()) {
            case GRAPHVIZ -> true;
            case BUILTIN -> false;
            case AUTO -> Graphviz.isAvailable() && map.claims().size() <= HtmlOptions.GRAPHVIZ_LIMIT;
        };
        if (graphviz) {
            try {
                return graphviz(map, coloring);
            } catch (IOException e) {
                if (options.layout() == HtmlOptions.Layout.GRAPHVIZ) {
                    throw e;
                }
                // AUTO: a Graphviz that fails (a missing font, say) still leaves a usable page.
            }
        }
        return PageLayout.svg(map, coloring);
    }

    /** Graphviz's SVG of the DOT overview, with each claim's group marked by its id. */
    private static String graphviz(ArgumentMap map, Coloring coloring) throws IOException {
        DotOptions dot = DotOptions.builder().legend(false).coloring(coloring)
                .claimAttributes(c -> Map.of("id", "claim-" + c.id(), "class", "claim", "tooltip", c.id()))
                .relationAttributes(r -> Map.of("class", "rel " + r.kind().label()))
                .build();
        Path dir = Files.createTempDirectory("argmap-html-");
        try {
            Path dotFile = dir.resolve("map.dot");
            Path svgFile = dir.resolve("map.svg");
            DotWriter.write(map, dot, dotFile);
            Graphviz.render(dotFile, svgFile, "svg");
            String svg = Files.readString(svgFile, StandardCharsets.UTF_8);
            svg = svg.substring(svg.indexOf("<svg"));
            svg = COMMENT.matcher(svg).replaceAll("");
            // The page sizes the drawing; the viewBox keeps its proportions.
            svg = SVG_SIZE.matcher(svg).replaceFirst("<svg");
            Matcher m = GRAPHVIZ_NODE.matcher(svg);
            StringBuilder marked = new StringBuilder(svg.length() + 40 * map.claims().size());
            while (m.find()) {
                String id = m.group(1).replace("&#45;", "-");
                m.appendReplacement(marked, Matcher.quoteReplacement("<g id=\"claim-" + Html.attr(id)
                        + "\" class=\"node claim\" data-claim-id=\"" + Html.attr(id) + "\">"));
            }
            m.appendTail(marked);
            return marked.toString().strip();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The map, its readings and strengths as JSON, safe inside a script element. */
    private static void data(ArgumentMap map, HtmlOptions options, Writer out) throws IOException {
        Map<String, String> fills = new HashMap<>();
        Coloring.bySpeaker(map).entries().forEach(e -> fills.put(e.key(), e.fill()));
        StringBuilder b = new StringBuilder(map.claims().size() * 600 + 1024);
        b.append("{\"title\":").append(Html.json(map.title()));
        b.append(",\n\"speakers\":[");
        String sep = "";
        for (Speaker s : map.speakers()) {
            b.append(sep).append("{\"id\":").append(Html.json(s.id())).append(",\"name\":").append(Html.json(s.name()))
                    .append(",\"role\":").append(Html.json(s.role())).append(",\"affiliation\":")
                    .append(Html.json(s.affiliation().orElse(""))).append(",\"fill\":")
                    .append(Html.json(fills.getOrDefault(s.id(), ""))).append('}');
            sep = ",\n";
        }
        b.append("],\n\"sections\":[");
        sep = "";
        for (Section s : map.sections()) {
            b.append(sep).append("{\"id\":").append(Html.json(s.id())).append(",\"title\":").append(Html.json(s.title())).append('}');
            sep = ",\n";
        }
        b.append("],\n\"claims\":[");
        sep = "";
        for (Claim c : map.claims()) {
            b.append(sep).append("{\"id\":").append(Html.json(c.id())).append(",\"text\":").append(Html.json(c.text()));
            c.speaker().ifPresent(s -> b.append(",\"speaker\":").append(Html.json(s)));
            c.section().ifPresent(s -> b.append(",\"section\":").append(Html.json(s)));
            c.quote().ifPresent(q -> b.append(",\"quote\":").append(Html.json(q)));
            c.note().ifPresent(n -> b.append(",\"note\":").append(Html.json(n)));
            if (!c.tags().isEmpty()) {
                b.append(",\"tags\":[");
                for (int i = 0; i < c.tags().size(); i++) {
                    b.append(i > 0 ? "," : "").append(Html.json(c.tags().get(i)));
                }
                b.append(']');
            }
            b.append('}');
            sep = ",\n";
        }
        b.append("],\n\"relations\":[");
        sep = "";
        // The map's own relations: a linked relation's premises as a list, an undercut's "to" the id of
        // the relation it attacks, and every relation with the id the map knows it by.
        for (Relation r : map.relations()) {
            b.append(sep).append("{\"id\":").append(Html.json(map.idOf(r))).append(",\"from\":");
            if (r.isLinked()) {
                b.append('[');
                for (int i = 0; i < r.from().size(); i++) {
                    b.append(i > 0 ? "," : "").append(Html.json(r.from().get(i)));
                }
                b.append(']');
            } else {
                b.append(Html.json(r.source()));
            }
            b.append(",\"to\":").append(Html.json(r.to())).append(",\"kind\":").append(Html.json(r.kind().label()));
            r.note().ifPresent(n -> b.append(",\"note\":").append(Html.json(n)));
            b.append('}');
            sep = ",\n";
        }
        b.append("],\n\"readings\":[");
        sep = "";
        for (Semantics s : options.semantics()) {
            Acceptance acceptance = Acceptance.of(map, s, options.reading());
            // One letter a claim, in map order: a(ccepted), r(ejected), u(ndecided).
            StringBuilder letters = new StringBuilder(map.claims().size());
            for (Claim c : map.claims()) {
                Object status = acceptance.statuses().get(c.id());
                letters.append(status == null ? '-' : Character.toLowerCase(status.toString().charAt(0)));
            }
            String reading = options.reading().name().toLowerCase(Locale.ROOT).replace('_', '-');
            b.append(sep).append("{\"name\":").append(Html.json(s.name().toLowerCase(Locale.ROOT) + ", " + reading + " reading"))
                    .append(",\"status\":").append(Html.json(letters.toString())).append('}');
            sep = ",\n";
        }
        b.append("],\n\"strength\":{\"name\":\"DF-QuAD\",\"values\":[");
        Strengths strengths = Strength.dfQuad(map);
        sep = "";
        for (Claim c : map.claims()) {
            Double v = strengths.values().get(c.id());
            b.append(sep).append(v == null ? "null" : String.format(Locale.ROOT, "%.2f", v));
            sep = ",";
        }
        b.append("]}}");
        out.write(b.toString());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("argmap's jar lacks " + name + "; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
