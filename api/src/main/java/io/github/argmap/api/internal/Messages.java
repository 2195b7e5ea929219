package io.github.argmap.api.internal;

import java.util.Locale;

/**
 * Every message argmap's api shows a user, as a template in one place.
 *
 * <p>Each says what is wrong and how to fix it. Arguments are filled with {@link #format}.
 */
public final class Messages {
    private Messages() {}

    // Traversal.
    public static final String NEGATIVE_BOUND =
            "%s is %d; give a number of steps from 0 upwards";
    public static final String NO_KINDS =
            "no relation kind to walk along; pass at least one of SUPPORT and REBUTTAL";

    // Summary options.
    public static final String UNKNOWN_CLAIM_IN_OVERLAY =
            "the %s map names claim '%s', which map '%s' does not have; compute the %s on this map";
    public static final String UNKNOWN_STATUS =
            "claim '%s' has status '%s'; a status is ACCEPTED, REJECTED or UNDECIDED";
    public static final String BAD_STRENGTH =
            "claim '%s' has strength %s; a strength is a number from 0 to 1";
    public static final String BAD_OPTION = "%s is %d; it must be at least %d";

    /**
     * Fills a template.
     *
     * @param template one of the constants
     * @param args the values
     * @return the message
     */
    public static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
