package io.github.argmap.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of values by their JSON pointers, in a second scan of a document's
 * bytes. The first pass keeps no positions (a pointer per value costs about 130 bytes, over a
 * gigabyte for a million-claim map); the few that problems need are found here.
 */
final class JsonPositions {
    private JsonPositions() {}

    /**
     * Finds where the values at the given pointers, and their ancestors, start; walks the tokens
     * with an explicit stack and skips every container no pointer leads into.
     */
    static Map<String, int[]> scan(byte[] bytes, List<String> pointers) {
        Set<String> wanted = new HashSet<>();
        for (String pointer : pointers) {
            // The pointer and each ancestor up to the root "", stopping at one already added.
            String at = pointer;
            while (wanted.add(at) && !at.isEmpty()) {
                at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
            }
        }
        Map<String, int[]> found = new HashMap<>();
        ArrayDeque<Frame> open = new ArrayDeque<>();
        try (JsonParser q = JsonMapReader.FACTORY.createParser(bytes)) {
            JsonToken token;
            while ((token = q.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    open.peek().field = q.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                Frame parent = open.peek();
                String at = parent == null ? "" : parent.pointer + "/" + (parent.array ? String.valueOf(parent.next++) : parent.field);
                if (!wanted.contains(at)) {
                    q.skipChildren();
                    continue;
                }
                JsonLocation l = q.currentTokenLocation();
                found.putIfAbsent(at, new int[] {l.getLineNr(), Math.max(1, l.getColumnNr())});
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Frame(at, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The bytes parsed once already; should a second scan fail, problems keep their pointers.
        }
        return found;
    }

    /** An open object or array during {@link #scan}. */
    private static final class Frame {
        final String pointer;
        final boolean array;
        int next;
        String field = "";

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }

    /** The position of the value at a pointer, or of its nearest ancestor that has one. */
    static int[] locate(Map<String, int[]> positions, String pointer) {
        String at = pointer;
        while (true) {
            int[] position = positions.get(at);
            if (position != null || at.isEmpty()) {
                return position;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
