package io.github.argmap.core.argdown;

/** The Argdown reader's own messages. */
final class ArgdownMessages {
    static final String EMPTY = "the file is empty; an Argdown map has at least one statement (the Argdown CLI refuses an"
            + " empty file as well)";
    static final String DANGLING_ESCAPE = "a line ends with a lone '\\'; escape a backslash as '\\\\'";
    static final String NO_END = "the file ends before argmap's last line '%s': it was cut short";

    static final String UNCLOSED_FRONT_MATTER = "the front matter opened here is never closed with '==='";

    private ArgdownMessages() {}
}
