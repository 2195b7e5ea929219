package io.github.argmap.api.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes pieces of text to a byte stream as UTF-8, through one reused buffer.
 *
 * <p>For the writers that stream a large document in chunks (DOT, Markdown). A stream writer's
 * general-purpose encoder is what a short-lived process mostly runs interpreted, and {@code
 * toString().getBytes()} makes two fresh copies of every chunk; this is a plain loop. A lone
 * surrogate becomes {@code '?'}, as {@link String#getBytes} makes it.
 *
 * <p>api's own copy of core's class of the same name: core exports no internal package, so api
 * keeps the few helpers it shares with core's writers. The summary golden files (RenderTest) pin
 * that both still write the same layout.
 */public final class Utf8Chunks {
    private final OutputStream out;
    private byte[] bytes = new byte[1 << 16];
    private char[] chars = new char[1 << 16];

    /**
     * Writes to a stream.
     *
     * @param out where the bytes go; not flushed or closed here
     */
    public Utf8Chunks(OutputStream out) {
        this.out = out;
    }

    /**
     * Encodes and writes {@code text[start, end)}.
     *
     * @param text the text
     * @param start the first char
     * @param end after the last char
     * @throws IOException when the stream fails
     */
    public void write(CharSequence text, int start, int end) throws IOException {
        int n = end - start;
        if (bytes.length < 3L * n) {
            bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 16, 3L * n)];
        }
        if (chars.length < n) {
            chars = new char[n];
        }
        // One bulk copy, then plain array reads: charAt per char costs twice as much in a
        // process too short for the JIT to inline it well (measured with C1 on 5 MB of DOT).
        char[] cs = chars;
        if (text instanceof StringBuilder sb) {
            sb.getChars(start, end, cs, 0);
        } else if (text instanceof String str) {
            str.getChars(start, end, cs, 0);
        } else {
            for (int i = 0; i < n; i++) {
                cs[i] = text.charAt(start + i);
            }
        }
        byte[] b = bytes;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80) {
                b[k++] = (byte) c;
            } else if (c < 0x800) {
                b[k++] = (byte) (0xC0 | c >> 6);
                b[k++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? cs[i + 1] : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(c, low);
                    b[k++] = (byte) (0xF0 | cp >> 18);
                    b[k++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                    b[k++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                    b[k++] = (byte) (0x80 | (cp & 0x3F));
                    i++;
                } else {
                    b[k++] = '?';
                }
            } else {
                b[k++] = (byte) (0xE0 | c >> 12);
                b[k++] = (byte) (0x80 | (c >> 6 & 0x3F));
                b[k++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out.write(b, 0, k);
    }
}
