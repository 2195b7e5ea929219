package io.github.argmap.core.dot;

import io.github.argmap.core.Speaker;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fill colours of speakers: Paul Tol's colour-blind-safe "light" scheme, light enough for
 * black text.
 *
 * <p>A speaker's preferred colour comes from a fixed hash of its id (32-bit FNV-1a over the UTF-8
 * bytes), so the same speaker gets the same colour in every map and every view of a map. Two
 * speakers of one map that would share a colour look like one speaker, which misleads more than
 * a colour that differs between maps; so, walking the map's speakers in order, a speaker whose
 * preferred colour is already taken moves on to the next free one. Collisions are resolved over
 * all the map's speakers, not just those drawn, so a focused or filtered view of a map colours
 * each speaker as the full diagram does. Only a map with more speakers than colours repeats one;
 * the name printed in every claim still tells them apart.
 */
final class Palette {
    /**
     * Paul Tol's "light" scheme, ordered so that neighbours differ clearly (light blue and light
     * cyan, pear and olive, pear and light yellow are never adjacent): a speaker moved to the next
     * free colour then gets one that looks unlike the colour it was denied.
     */
    static final List<String> SPEAKER_FILLS = List.of(
            "#77AADD", // light blue
            "#EE8866", // orange
            "#BBCC33", // pear
            "#99DDFF", // light cyan
            "#FFAABB", // pink
            "#EEDD88", // light yellow
            "#44BB99", // mint
            "#AAAA00"); // olive

    /** Claims without a speaker: Tol's pale grey. */
    static final String NO_SPEAKER_FILL = "#DDDDDD";

    private Palette() {}

    /**
     * The 32-bit FNV-1a hash of a string's UTF-8 bytes.
     *
     * @param id any string
     * @return the hash, as a signed int
     */
    static int fnv1a(String id) {
        int hash = 0x811C9DC5;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash;
    }

    /**
     * The colour a speaker gets when no other speaker of its map has taken it.
     *
     * @param speakerId the id
     * @return an index into {@link #SPEAKER_FILLS}
     */
    static int preferred(String speakerId) {
        return Integer.remainderUnsigned(fnv1a(speakerId), SPEAKER_FILLS.size());
    }

    /**
     * Gives each speaker of a map its fill colour.
     *
     * @param speakers the map's speakers, in map order
     * @return fill colour by speaker id (look-ups only)
     */
    static Map<String, String> assign(List<Speaker> speakers) {
        int n = SPEAKER_FILLS.size();
        boolean[] taken = new boolean[n];
        int takenCount = 0;
        Map<String, String> fills = new HashMap<>();
        for (Speaker speaker : speakers) {
            int index = preferred(speaker.id());
            if (takenCount < n) {
                while (taken[index]) {
                    index = (index + 1) % n;
                }
                taken[index] = true;
                takenCount++;
            }
            fills.put(speaker.id(), SPEAKER_FILLS.get(index));
        }
        return fills;
    }
}
