package io.github.argmap.core.internal;

import java.util.Locale;

/**
 * Every message argmap's core shows a user, as a template in one place.
 *
 * <p>Each says what is wrong and how to fix it. Arguments are filled with {@link #format}.
 */
public final class Messages {
    private Messages() {}

    // Model rules, checked by ArgumentMap.Builder.build().
    public static final String INVALID_ID =
            "%s id '%s' is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String DUPLICATE_ID =
            "duplicate %s id '%s' (already used at %s); give each %s its own id";
    public static final String BLANK_TEXT = "%s is blank; give it some text";
    public static final String UNKNOWN_SPEAKER =
            "claim '%s' names speaker '%s', which the map does not define; add it to \"speakers\" or fix the claim";
    public static final String UNKNOWN_SECTION =
            "claim '%s' names section '%s', which the map does not define; add it to \"sections\" or fix the claim";
    public static final String INVALID_TAG =
            "claim '%s' has tag '%s', which is not valid: use 1 to 128 ASCII letters, digits, '-', '_' or '.'";
    public static final String WEIGHT_RANGE =
            "claim '%s' has weight %s; a weight is a number from 0 to 1";
    public static final String DANGLING_ENDPOINT =
            "%s %s -> %s: no claim has id '%s'; add that claim or fix the relation's \"%s\"";
    public static final String SELF_RELATION =
            "%s from claim '%s' to itself; a claim cannot support or rebut itself, so remove the relation";
    public static final String DUPLICATE_PAIR =
            "a second relation from '%s' to '%s' (already a %s at %s); keep at most one relation per ordered pair of claims";

    // File reading.
    public static final String EMPTY_FILE =
            "the file is empty; an argument map is a JSON object such as {\"argmap\": 1, \"title\": \"...\", ...}";
    public static final String NOT_JSON = "not valid JSON: %s";
    public static final String NOT_TEXT =
            "not readable as UTF-8, UTF-16 or UTF-32 text (%s); save the file as UTF-8";
    public static final String TRUNCATED =
            "the JSON ends before it is complete (%s); the file may be truncated";
    public static final String TOO_LARGE =
            "refused: %s; no argument map comes near this limit, so the file is broken or is not a map";
    public static final String TRAILING_CONTENT =
            "unexpected content after the map's closing '}'; a file holds exactly one map";
    public static final String WRONG_TYPE = "%s must be %s, not %s";
    public static final String MISSING_FIELD = "%s is missing the required field \"%s\"";
    public static final String UNKNOWN_FIELD = "unknown field \"%s\" in %s; the allowed fields are %s";
    public static final String DUPLICATE_FIELD = "field \"%s\" appears twice in %s; keep one";
    public static final String UNSUPPORTED_VERSION =
            "unsupported format version %s; this library reads \"argmap\": 1";
    public static final String UNKNOWN_KIND =
            "unknown relation kind '%s'; use \"support\" or \"rebuttal\"";
    public static final String NOT_A_NUMBER = "%s must be a finite number, not %s";
    public static final String QUOTE_NOT_IN_SOURCE =
            "the quote of claim '%s' does not occur verbatim in %s; copy the exact span from the source";
    public static final String CANNOT_READ = "cannot read the file: %s";
    public static final String CANNOT_WRITE = "cannot write %s: %s; the previous file, if any, is unchanged";

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
