package io.github.argmap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or body whose positions the map records.
 *
 * <p>The role is free text so that maps of other events can say {@code moderator} or
 * {@code witness}; the bundled maps use {@code chair}, {@code panellist}, {@code audience} and
 * {@code quoted} (reported without being present).
 *
 * <p>{@code new Speaker("toygur", "Ilke Toygür", "panellist", Optional.of("IE University Madrid"))}
 *
 * @param id the speaker's id (see {@link Ids})
 * @param name the display name
 * @param role the part the speaker plays in the debate
 * @param affiliation the speaker's institution, when the source gives one
 */
public record Speaker(String id, String name, String role, Optional<String> affiliation) {
    /**
     * Checks that no component is {@code null}; content is validated by {@link ArgumentMap.Builder#build()}.
     *
     * @param id the speaker's id (see {@link Ids})
     * @param name the display name
     * @param role the part the speaker plays in the debate
     * @param affiliation the speaker's institution, when the source gives one
     * @throws NullPointerException when a component is {@code null}
     */
    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
    }

    /**
     * A speaker with no affiliation.
     *
     * @param id the id
     * @param name the display name
     * @param role the role
     * @return the speaker
     */
    public static Speaker of(String id, String name, String role) {
        return new Speaker(id, name, role, Optional.empty());
    }
}
