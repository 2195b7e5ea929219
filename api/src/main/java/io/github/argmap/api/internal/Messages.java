package io.github.argmap.api.internal;

import java.util.Locale;

/**
 * Every message argmap's api shows a user, as a template in one place.
 *
 * <p>Each says what is wrong and how to fix it. Arguments are filled with {@link #format}.
 */
public final class Messages {
    private Messages() {}

    // Abstract argumentation frameworks.
    public static final String BIPOLAR_TOO_MANY_ATTACKS =
            "the bipolar reading of map '%s' derives more than %,d attacks: its rebuttals are carried along "
            + "long chains of supports; use the attack-only reading, which has one attack per rebuttal";
    public static final String AF_INVALID_ID =
            "argument id %s is not valid: use at least one character, no control characters and no leading or trailing space";
    public static final String AF_DUPLICATE_ID =
            "duplicate argument id '%s' (already argument %d); give each argument its own id";
    public static final String AF_UNKNOWN_ID =
            "attack %s -> %s names argument '%s', which the framework does not define; add it first or fix the attack";
    public static final String AF_INDEX_RANGE =
            "attack %d -> %d: argument index %d is out of range; the framework has %d arguments (0 to %d)";
    public static final String UNKNOWN_ARGUMENT =
            "no argument has id '%s'; list the arguments' ids with ids()";
    public static final String APX_BAD_ESCAPE =
            "unknown escape '\\%s' in a quoted id; only \\\" and \\\\ are allowed";

    // ICCMA readers.
    public static final String APX_UNKNOWN_STATEMENT =
            "unknown statement '%s'; an apx file holds only arg(X). and att(X,Y). facts";
    public static final String APX_EXPECTED = "expected %s but found %s";
    public static final String APX_UNTERMINATED_STRING =
            "the quoted id is not closed before the end of the line; add the closing '\"'";
    public static final String APX_UNKNOWN_ARGUMENT =
            "att(%s,%s) names argument '%s', which no arg(%s). declares; declare it or fix the attack";
    public static final String DUPLICATE_ARGUMENT =
            "argument '%s' is declared twice (first at line %d); declare each argument once";
    public static final String ICCMA_MISSING_HEADER =
            "the file has no 'p af N' header; an ICCMA 2023 file starts with 'p af N' giving the number of arguments";
    public static final String ICCMA_BAD_HEADER =
            "bad header '%s'; write 'p af N' with N the number of arguments, a whole number from 0 to %d";
    public static final String ICCMA_SECOND_HEADER =
            "a second 'p af' header (the first is at line %d); a file holds one framework";
    public static final String ICCMA_BAD_ATTACK =
            "bad attack line '%s'; write two argument numbers 'i j' separated by a space";
    public static final String ICCMA_NOT_A_NUMBER =
            "'%s' is not an argument number; arguments are numbered 1 to %d";
    public static final String ICCMA_INDEX_RANGE =
            "argument %s is out of range; this framework has arguments 1 to %d (see the 'p af' header)";
    public static final String ICCMA_BAD_NAME =
            "bad id comment '%s'; argmap writes '# id N NAME' with N an argument number and NAME its id";
    public static final String ICCMA_DUPLICATE_NAME =
            "argument %d is named twice (first at line %d); name each argument once";
    public static final String ICCMA_NAME_CLASH =
            "two arguments end up with id '%s' (arguments %d and %d); give each its own '# id' name";
    public static final String TOO_MANY_PROBLEMS = "more than %d problems; stopped reading";
    public static final String NOT_UTF8 =
            "the file is not UTF-8 text: byte 0x%02X here cannot start or continue a UTF-8 character; save the file as UTF-8";
    public static final String ICCMA_TOO_MANY =
            "the header declares %s arguments; argmap reads at most %d, as each argument costs memory whether attacked or not";
    public static final String UNKNOWN_CLAIM = "no claim has id '%s'; list the ids with %s";
    // Traversal.
    public static final String NEGATIVE_BOUND =
            "%s is %d; give a number of steps from 0 upwards";
    public static final String NO_KINDS =
            "no relation kind to walk along; pass at least one of SUPPORT and REBUTTAL";

    // Summary options.
    public static final String UNKNOWN_CLAIM_IN_OVERLAY =
            "the %s map names claim '%s', which map '%s' does not have; compute the %s on this map";
    public static final String BAD_STRENGTH =
            "claim '%s' has strength %s; a strength is a number from 0 to 1";
    public static final String BAD_OPTION = "%s is %d; it must be at least %d";
    public static final String DEPTH_TOO_DEEP =
            "depth is %d; it must be at most %d, as a digest nested deeper is unreadable";

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
