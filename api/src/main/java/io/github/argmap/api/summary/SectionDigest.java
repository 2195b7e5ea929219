package io.github.argmap.api.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the debate with its main points.
 *
 * @param id the section's id; empty for the claims that name no section
 * @param title the heading
 * @param claims how many claims the section holds
 * @param points the main points, in map order, with their replies nested
 */
public record SectionDigest(Optional<String> id, String title, int claims, List<Point> points) {
    /**
     * Copies the list and checks that no component is {@code null}.
     *
     * @param id the section's id; empty for the claims that name no section
     * @param title the heading
     * @param claims how many claims the section holds
     * @param points the main points, in map order, with their replies nested
     * @throws NullPointerException when a component is {@code null}
     */
    public SectionDigest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
    }
}
