package io.github.argmap.core;

import java.util.regex.Pattern;

/**
 * The rule every id in a map follows: claims, speakers, sections and tags.
 *
 * <p>An id is 1 to {@value #MAX_LENGTH} characters from ASCII letters, digits, {@code -},
 * {@code _} and {@code .}. The rule keeps ids safe to use unquoted in file names, Argdown
 * references, ICCMA {@code apx} atoms and shell arguments.
 *
 * <p>{@code Ids.isValid("toygur-sdp-2024")} is {@code true}; {@code Ids.isValid("a b")} is not.
 */
public final class Ids {
    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private Ids() {}

    /**
     * Tells whether a string is a valid id.
     *
     * @param id the candidate, may be {@code null}
     * @return {@code true} when {@code id} follows the rule
     */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
