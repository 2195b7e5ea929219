package io.github.argmap.core.internal;

import java.util.regex.Pattern;

/**
 * Turns Jackson's parse messages into text for people who write maps, not for Jackson users.
 *
 * <p>Jackson's messages name its own configuration ({@code [Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1]}) and its token
 * names; the position of the problem itself is given separately by every reader, so only the
 * reason is kept, with any other position it mentions said plainly.
 */
public final class JacksonText {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern UNCLOSED =
            Pattern.compile("expected close marker for (Object|Array) \\(start marker at line (\\d+), column (\\d+)\\)");
    private static final Pattern END_OF_INPUT = Pattern.compile("^Unexpected end-of-input(: | )?");

    private JacksonText() {}

    /**
     * The reason in one of Jackson's messages, in plain words.
     *
     * @param message Jackson's original message (without its location suffix), may be null
     * @return the first line, with Jackson's source descriptions and jargon replaced
     */
    public static String reason(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        line = SOURCE.matcher(line).replaceAll("line $1, column $2");
        line = UNCLOSED.matcher(line).replaceAll(m -> (m.group(1).equals("Object") ? "the object" : "the array")
                + " opened at line " + m.group(2) + ", column " + m.group(3) + " is not closed");
        String rest = END_OF_INPUT.matcher(line).replaceFirst("");
        if (rest.length() != line.length()) {
            return switch (rest) {
                case "" -> "nothing follows";
                case "in VALUE_STRING", "in a String value" -> "inside a string";
                case "in FIELD_NAME", "in field name" -> "inside a field name";
                case "in VALUE_NUMBER_INT", "in VALUE_NUMBER_FLOAT" -> "inside a number";
                case "within/between Object entries" -> "between the fields of an object";
                case "within/between Array entries" -> "between the items of an array";
                default -> rest;
            };
        }
        return line;
    }
}
