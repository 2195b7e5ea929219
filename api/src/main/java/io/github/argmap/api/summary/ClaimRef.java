package io.github.argmap.api.summary;

import io.github.argmap.core.Status;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A claim as a summary shows it: its words, who said it and where, and its status when known.
 *
 * @param id the claim's id
 * @param text the claim
 * @param speakerId the speaker's id, if the claim names one
 * @param speakerName the speaker's display name, if the claim names a speaker
 * @param sectionId the section's id, if any
 * @param quote the verbatim source span, if any
 * @param status the status passed to the summary for this claim, if any
 * @param strength the strength in [0, 1] passed to the summary for this claim, if any
 */
public record ClaimRef(String id, String text, Optional<String> speakerId, Optional<String> speakerName,
        Optional<String> sectionId, Optional<String> quote, Optional<Status> status, OptionalDouble strength) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param id the claim's id
     * @param text the claim
     * @param speakerId the speaker's id, if the claim names one
     * @param speakerName the speaker's display name, if the claim names a speaker
     * @param sectionId the section's id, if any
     * @param quote the verbatim source span, if any
     * @param status the status passed to the summary for this claim, if any
     * @param strength the strength in [0, 1] passed to the summary for this claim, if any
     * @throws NullPointerException when a component is {@code null}
     */
    public ClaimRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(strength, "strength");
    }
}
