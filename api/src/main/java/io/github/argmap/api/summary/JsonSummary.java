package io.github.argmap.api.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.argmap.api.internal.JsonLayout;
import io.github.argmap.core.Source;
import io.github.argmap.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link Summary} as JSON, deterministically.
 *
 * <p>Keys come in the order of the records' components, lists in the summary's order, two-space
 * indentation, {@code "key": value}, UTF-8, {@code \n} line ends and a trailing newline. Absent
 * optional values are left out; the nested points of a section are written without recursion.
 *
 * <pre>{@code
 * String json = JsonSummary.render(Summary.of(map));
 * JsonSummary.write(Summary.of(map), Path.of("summary.json"));
 * }</pre>
 */
public final class JsonSummary {
    /**
     * Each level of a digest nests an object and its "replies" array: Jackson's default limit of
     * 1,000 levels refused digests deeper than about 500, which {@link SummaryOptions#MAX_DEPTH} allows.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder()
                    .maxNestingDepth(2 * SummaryOptions.MAX_DEPTH + 64).build())
            .build();

    private JsonSummary() {}

    /**
     * Renders a summary.
     *
     * @param summary the summary
     * @return the JSON text, ending in a newline
     */
    public static String render(Summary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(summary, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a summary to a file through a temporary file and an atomic move.
     *
     * @param summary the summary
     * @param file the target
     * @throws IOException when the file cannot be written; the previous file is then unchanged
     */
    public static void write(Summary summary, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(summary, out));
    }

    /**
     * Writes a summary to a stream, which is flushed but not closed.
     *
     * @param summary the summary
     * @param out the stream
     * @throws IOException when the stream fails
     */
    public static void write(Summary summary, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonLayout.indented());
            summary(summary, g);
        }
        out.write('\n');
        out.flush();
    }

    private static void summary(Summary s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        Source src = s.source();
        if (src.isKnown()) {
            g.writeObjectFieldStart("source");
            optional(g, "path", src.path());
            optional(g, "title", src.title());
            optional(g, "date", src.date());
            g.writeEndObject();
        }
        strings(g, "notes", s.notes());
        Counts c = s.counts();
        g.writeObjectFieldStart("counts");
        g.writeNumberField("claims", c.claims());
        g.writeNumberField("supports", c.supports());
        g.writeNumberField("rebuttals", c.rebuttals());
        g.writeNumberField("undercuts", c.undercuts());
        g.writeNumberField("arguments", c.arguments());
        g.writeNumberField("speakers", c.speakers());
        g.writeNumberField("sections", c.sections());
        g.writeNumberField("theses", c.theses());
        g.writeNumberField("evidence", c.evidence());
        g.writeNumberField("rebuttalCycles", c.rebuttalCycles());
        g.writeEndObject();
        g.writeArrayFieldStart("sections");
        for (SectionDigest sec : s.sections()) {
            g.writeStartObject();
            optional(g, "id", sec.id());
            g.writeStringField("title", sec.title());
            g.writeNumberField("claims", sec.claims());
            g.writeArrayFieldStart("points");
            for (Point p : sec.points()) {
                point(p, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("speakers");
        for (SpeakerSummary sp : s.speakers()) {
            g.writeStartObject();
            g.writeStringField("id", sp.id());
            g.writeStringField("name", sp.name());
            g.writeStringField("role", sp.role());
            optional(g, "affiliation", sp.affiliation());
            g.writeNumberField("claims", sp.claims());
            g.writeNumberField("supportsGiven", sp.supportsGiven());
            g.writeNumberField("rebuttalsGiven", sp.rebuttalsGiven());
            g.writeNumberField("supportsReceived", sp.supportsReceived());
            g.writeNumberField("rebuttalsReceived", sp.rebuttalsReceived());
            strings(g, "rebuts", sp.rebuts());
            strings(g, "rebuttedBy", sp.rebuttedBy());
            refs(g, "theses", sp.theses());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exchanges");
        for (Exchange e : s.exchanges()) {
            g.writeStartObject();
            g.writeStringField("from", e.from());
            g.writeStringField("to", e.to());
            g.writeNumberField("supports", e.supports());
            g.writeNumberField("rebuttals", e.rebuttals());
            g.writeEndObject();
        }
        g.writeEndArray();
        refs(g, "theses", s.theses());
        ranked(g, "mostSupported", s.mostSupported());
        ranked(g, "mostContested", s.mostContested());
        refs(g, "unanswered", s.unanswered());
        g.writeObjectFieldStart("longestChain");
        g.writeNumberField("length", s.longestChain().length());
        refs(g, "claims", s.longestChain().claims());
        g.writeArrayFieldStart("supportCycles");
        for (List<ClaimRef> cycle : s.longestChain().supportCycles()) {
            g.writeStartArray();
            for (ClaimRef r : cycle) {
                ref(r, g);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        if (s.standing().isPresent()) {
            Standing st = s.standing().get();
            g.writeObjectFieldStart("standing");
            if (st.basis().isPresent()) {
                g.writeStringField("basis", st.basis().get());
            }
            g.writeNumberField("accepted", st.accepted());
            g.writeNumberField("rejected", st.rejected());
            g.writeNumberField("undecided", st.undecided());
            g.writeNumberField("unknown", st.unknown());
            refs(g, "acceptedTheses", st.acceptedTheses());
            refs(g, "rejectedTheses", st.rejectedTheses());
            refs(g, "undecidedTheses", st.undecidedTheses());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Writes a point and everything nested in it. Each stack entry is either a point to open or a
     * marker to close the "replies" array and the object of the point opened before it.
     */
    private static void point(Point root, JsonGenerator g) throws IOException {
        Deque<Optional<Point>> stack = new ArrayDeque<>();
        stack.push(Optional.of(root));
        while (!stack.isEmpty()) {
            Optional<Point> next = stack.pop();
            if (next.isEmpty()) {
                g.writeEndArray();
                g.writeEndObject();
                continue;
            }
            Point p = next.get();
            g.writeStartObject();
            g.writeFieldName("claim");
            ref(p.claim(), g);
            if (p.kind().isPresent()) {
                g.writeStringField("kind", p.kind().get().label());
            }
            g.writeArrayFieldStart("answers");
            for (Target t : p.answers()) {
                g.writeStartObject();
                g.writeStringField("kind", t.kind().label());
                g.writeFieldName("claim");
                ref(t.claim(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("omitted", p.omitted());
            g.writeArrayFieldStart("replies");
            stack.push(Optional.empty());
            List<Point> replies = p.replies();
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(Optional.of(replies.get(i)));
            }
        }
    }

    private static void ranked(JsonGenerator g, String field, List<Ranked> ranked) throws IOException {
        g.writeArrayFieldStart(field);
        for (Ranked r : ranked) {
            g.writeStartObject();
            g.writeFieldName("claim");
            ref(r.claim(), g);
            g.writeNumberField("score", r.score());
            g.writeNumberField("direct", r.direct());
            g.writeNumberField("indirect", r.indirect());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void refs(JsonGenerator g, String field, List<ClaimRef> refs) throws IOException {
        g.writeArrayFieldStart(field);
        for (ClaimRef r : refs) {
            ref(r, g);
        }
        g.writeEndArray();
    }

    private static void ref(ClaimRef r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("text", r.text());
        optional(g, "speaker", r.speakerId());
        optional(g, "speakerName", r.speakerName());
        optional(g, "section", r.sectionId());
        optional(g, "quote", r.quote());
        if (r.status().isPresent()) {
            g.writeStringField("status", r.status().get().name());
        }
        if (r.strength().isPresent()) {
            g.writeNumberField("strength", r.strength().getAsDouble());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }
}
