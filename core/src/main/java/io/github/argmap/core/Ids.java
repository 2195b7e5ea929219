package io.github.argmap.core;

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

    private Ids() {}

    /**
     * Tells whether a string is a valid id.
     *
     * @param id the candidate, may be {@code null}
     * @return {@code true} when {@code id} follows the rule
     */
    public static boolean isValid(String id) {
        // A loop rather than the pattern: every id of a million-claim map passes through here.
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
