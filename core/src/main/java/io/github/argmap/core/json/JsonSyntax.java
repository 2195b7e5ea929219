package io.github.argmap.core.json;

import io.github.argmap.core.internal.JacksonText;
import io.github.argmap.core.internal.Messages;

/**
 * The messages {@link JsonMapReader} gives for a file that is not JSON at all, for other readers of
 * argmap's JSON (such as the argmap-jackson module) to refuse the same input in the same words.
 *
 * <p>Only strings cross this API, so no Jackson type is part of core's public surface.
 *
 * <pre>{@code
 * String message = JsonSyntax.notJson(JsonSyntax.reason(e.getOriginalMessage()));
 * }</pre>
 */
public final class JsonSyntax {
    private JsonSyntax() {}

    /**
     * A Jackson parser message cut to the part a user can act on: without Jackson's source
     * description and with its wording of the expected token kept.
     *
     * @param jacksonMessage the parser's original message, may be {@code null}
     * @return the reason, for {@link #notJson} or {@link #truncated}
     */
    public static String reason(String jacksonMessage) {
        return JacksonText.reason(jacksonMessage);
    }

    /**
     * The message for content that is not JSON.
     *
     * @param reason what the parser found, as {@link #reason} gives it
     * @return the message
     */
    public static String notJson(String reason) {
        return Messages.format(Messages.NOT_JSON, reason);
    }

    /**
     * The message for JSON that ends before it is complete.
     *
     * @param reason what is missing
     * @return the message
     */
    public static String truncated(String reason) {
        return Messages.format(Messages.TRUNCATED, reason);
    }

    /**
     * The message for bytes that are no Unicode text.
     *
     * @param detail the decoder's first line
     * @return the message
     */
    public static String notText(String detail) {
        return Messages.format(Messages.NOT_TEXT, detail);
    }

    /**
     * The message for a value beyond the reader's limits (nesting, string or number length).
     *
     * @param why which limit, in words
     * @return the message
     */
    public static String tooLarge(String why) {
        return Messages.format(Messages.TOO_LARGE, why);
    }

    /**
     * The message for content after the map's closing brace.
     *
     * @return the message
     */
    public static String trailingContent() {
        return Messages.TRAILING_CONTENT;
    }
}
