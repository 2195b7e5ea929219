package io.github.argmap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The text a map was built from.
 *
 * @param path where the source text lies, relative to the map file
 * @param title the source's title
 * @param date the date of the event or publication, as ISO {@code yyyy-mm-dd} where known
 */
public record Source(Optional<String> path, Optional<String> title, Optional<String> date) {
    /** A source about which nothing is known. */
    public static final Source NONE = new Source(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks that no component is {@code null}.
     *
     * @param path where the source text lies, relative to the map file
     * @param title the source's title
     * @param date the date of the event or publication, as ISO {@code yyyy-mm-dd} where known
     * @throws NullPointerException when a component is {@code null}
     */
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Tells whether any component is present.
     *
     * @return {@code false} for {@link #NONE}
     */
    public boolean isKnown() {
        return path.isPresent() || title.isPresent() || date.isPresent();
    }
}
