package io.github.argmap.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.argmap.core.ArgumentMap;
import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import io.github.argmap.core.json.JsonMapReader;
import io.github.argmap.core.json.JsonSyntax;
import java.io.CharConversionException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link ArgumentMap} with argmap's own JSON reader, so that the module accepts exactly
 * what {@link JsonMapReader} accepts and refuses the rest with its messages, at the caller's lines
 * and columns (see {@link Transcript}).
 *
 * <p>A map that is the whole input (a root value) must also be all of it, as in a map file:
 * content after it is refused, whatever {@code FAIL_ON_TRAILING_TOKENS} says, and a root
 * {@code null} is refused as the reader refuses it. A map inside another value follows Jackson's
 * rules: {@code null} there is a null reference.
 */
final class ArgumentMapDeserializer extends StdDeserializer<ArgumentMap> {
    private static final long serialVersionUID = 1L;

    ArgumentMapDeserializer() {
        super(ArgumentMap.class);
    }

    @Override
    public ArgumentMap deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name = sourceName(p);
        Transcript transcript = new Transcript();
        boolean complete;
        try {
            complete = transcript.copy(p);
        } catch (StreamReadException | StreamConstraintsException e) {
            throw refuse(p, transcript, name, "", syntaxError(name, e), e);
        } catch (CharConversionException e) {
            // Bytes that are no Unicode encoding Jackson detects: a plain IOException from its decoders.
            JsonLocation where = Transcript.end(p);
            Problem problem = problem(name, where == null ? ONE_ONE : where,
                    JsonSyntax.notText(firstLine(e.getMessage())));
            throw refuse(p, transcript, name, "", problem, e);
        }
        if (!complete) {
            // A buffer or tree that stops inside the value (a JSON parser throws instead).
            Problem problem = problem(name, Transcript.end(p), JsonSyntax.truncated("nothing follows"));
            throw refuse(p, transcript, name, "", problem, null);
        }
        if (p.getParsingContext().inRoot()) {
            refuseTrailingContent(p, transcript, name);
        }
        try {
            return JsonMapReader.read(transcript.json(""), name);
        } catch (InvalidMapException e) {
            throw new ArgmapMappingException(p, transcript.relocate(e.problems(), name), e);
        }
    }

    /**
     * Refuses the input for a problem found after the transcript's last token, together with the
     * problems argmap's reader finds before that point, as the reader does: it reports what it found
     * wrong so far, then the error that stopped it. Those are found by reading the transcript with
     * {@code ending} appended, which stops the reader just there, and replacing its last problem
     * (its own complaint about that ending) with the real one.
     */
    private static ArgmapMappingException refuse(JsonParser p, Transcript transcript, String name, String ending,
            Problem stop, Throwable cause) {
        List<Problem> problems = new ArrayList<>();
        try {
            JsonMapReader.read(transcript.json(ending), name);
        } catch (InvalidMapException e) {
            List<Problem> before = transcript.relocate(e.problems(), name);
            problems.addAll(before.subList(0, before.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        problems.add(stop);
        return new ArgmapMappingException(p, problems, cause);
    }

    /**
     * As in a map file, a root map is all of the input: one more token, or something that is not
     * even a token, is refused (after what the map itself has wrong, and before the model's rules,
     * as argmap's reader does).
     */
    private static void refuseTrailingContent(JsonParser p, Transcript transcript, String name) throws JsonMappingException {
        JsonToken next;
        // After the map, "\n0" is trailing content to argmap's reader: it stops there as at the real one.
        String ending = "\n0";
        try {
            next = p.nextToken();
        } catch (StreamReadException | StreamConstraintsException e) {
            throw refuse(p, transcript, name, ending, syntaxError(name, e), e);
        } catch (IOException e) {
            return; // The input failed after the map; the map itself is complete.
        }
        if (next != null) {
            throw refuse(p, transcript, name, ending, problem(name, p.currentTokenLocation(), JsonSyntax.trailingContent()), null);
        }
    }

    /** A root {@code null} is a document argmap's reader refuses; a nested one is a null reference. */
    @Override
    public ArgumentMap getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        JsonParser p = ctxt == null ? null : ctxt.getParser();
        if (p != null && p.currentToken() == JsonToken.VALUE_NULL && p.getParsingContext().inRoot()) {
            Transcript transcript = new Transcript();
            try {
                transcript.copy(p);
            } catch (IOException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
            String name = sourceName(p);
            try {
                return JsonMapReader.read(transcript.json(""), name);
            } catch (InvalidMapException e) {
                throw new ArgmapMappingException(p, transcript.relocate(e.problems(), name), e);
            } catch (IOException e) {
                throw new UncheckedIOException("reading from memory cannot fail", e);
            }
        }
        return null;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }

    /** A JSON syntax error found while copying, with the message argmap's reader gives it. */
    private static Problem syntaxError(String name, JsonProcessingException e) {
        // The same three cases, and words, as argmap's reader.
        String message;
        if (e instanceof StreamConstraintsException) {
            // Jackson names its own configuration method, which tells a user nothing.
            message = JsonSyntax.tooLarge(
                    firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`\\)", ")"));
        } else if (e instanceof JsonEOFException
                || firstLine(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            message = JsonSyntax.truncated(JsonSyntax.reason(e.getOriginalMessage()));
        } else {
            message = JsonSyntax.notJson(JsonSyntax.reason(e.getOriginalMessage()));
        }
        return problem(name, e.getLocation(), message);
    }

    private static final JsonLocation ONE_ONE = new JsonLocation(null, -1L, -1L, 1, 1);

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Problem problem(String name, JsonLocation where, String message) {
        Problem problem = Problem.at("", message).inFile(name);
        return where == null || where.getLineNr() < 1
                ? problem
                : problem.atPosition(where.getLineNr(), Math.max(1, where.getColumnNr()));
    }

    /**
     * The input's name when the parser reports it (a file or URL, with Jackson's
     * {@code INCLUDE_SOURCE_IN_LOCATION} enabled), else empty: problems then print as
     * {@code LINE:COLUMN: message}.
     */
    private static String sourceName(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        ContentReference ref = l == null ? null : l.contentReference();
        Object raw = ref == null ? null : ref.getRawContent();
        if (raw instanceof File f) {
            return f.getPath();
        }
        if (raw instanceof Path path) {
            return path.toString();
        }
        if (raw instanceof URL url) {
            return url.toString();
        }
        return "";
    }
}
