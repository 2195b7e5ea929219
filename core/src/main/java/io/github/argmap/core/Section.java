package io.github.argmap.core;

import java.util.Objects;

/**
 * A part of the debate, such as a presentation or a round of questions.
 *
 * <p>Sections are ordered by their position in the map; {@link ArgumentMap#sections()} returns
 * them in that order.
 *
 * @param id the section's id (see {@link Ids})
 * @param title the heading a reader sees
 */
public record Section(String id, String title) {
    /**
     * Checks that no component is {@code null}.
     *
     * @param id the section's id (see {@link Ids})
     * @param title the heading a reader sees
     * @throws NullPointerException when a component is {@code null}
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
