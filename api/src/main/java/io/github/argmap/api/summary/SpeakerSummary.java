package io.github.argmap.api.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one speaker contributed and how the others answered.
 *
 * <p>"Given" counts relations leaving the speaker's claims, "received" relations entering them,
 * including relations between two claims of the same speaker.
 *
 * @param id the speaker's id
 * @param name the display name
 * @param role the speaker's role
 * @param affiliation the affiliation, if known
 * @param claims how many claims the speaker makes
 * @param supportsGiven supports from the speaker's claims
 * @param rebuttalsGiven rebuttals from the speaker's claims
 * @param supportsReceived supports of the speaker's claims
 * @param rebuttalsReceived rebuttals of the speaker's claims
 * @param rebuts ids of the other speakers some claim of this speaker rebuts, in map order
 * @param rebuttedBy ids of the other speakers who rebut some claim of this speaker, in map order
 * @param theses the speaker's claims that support or rebut nothing, in map order
 */
public record SpeakerSummary(String id, String name, String role, Optional<String> affiliation, int claims,
        int supportsGiven, int rebuttalsGiven, int supportsReceived, int rebuttalsReceived,
        List<String> rebuts, List<String> rebuttedBy, List<ClaimRef> theses) {
    /**
     * Copies the lists and checks that no component is {@code null}.
     *
     * @param id the speaker's id
     * @param name the display name
     * @param role the speaker's role
     * @param affiliation the affiliation, if known
     * @param claims how many claims the speaker makes
     * @param supportsGiven supports from the speaker's claims
     * @param rebuttalsGiven rebuttals from the speaker's claims
     * @param supportsReceived supports of the speaker's claims
     * @param rebuttalsReceived rebuttals of the speaker's claims
     * @param rebuts ids of the other speakers some claim of this speaker rebuts, in map order
     * @param rebuttedBy ids of the other speakers who rebut some claim of this speaker, in map order
     * @param theses the speaker's claims that support or rebut nothing, in map order
     * @throws NullPointerException when a component is {@code null}
     */
    public SpeakerSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
        rebuts = List.copyOf(rebuts);
        rebuttedBy = List.copyOf(rebuttedBy);
        theses = List.copyOf(theses);
    }
}
