package io.github.argmap.examples.cli;

import java.util.Locale;

/** Every message the argmap command shows, as a template in one place. */
final class CliMessages {
    private CliMessages() {}

    static final String NO_SUCH_MAP =
            "%s: no such file, and no bundled map has that name; 'argmap list' shows the bundled maps";
    static final String CANNOT_READ = "%s: cannot read: %s";
    static final String CANNOT_WRITE = "%s: cannot write: %s; the previous file, if any, is unchanged";
    static final String NOT_A_FILE = "%s: is a directory, not a map file";
    static final String UNKNOWN_CLAIM = "%s: no claim has id '%s'; 'argmap summary %s' or the map file lists the ids";
    static final String UNKNOWN_FORMAT = "%s: cannot tell the format from the file name; use one of %s";
    static final String FORMAT_CANNOT_READ = "%s: argmap cannot read %s files; it reads %s";
    static final String VALID = "%s: valid (%d claims, %d relations%s)";
    static final String QUOTES_CHECKED = ", every quote found in %s";
    static final String QUOTES_NOT_CHECKED = "; quotes not checked: source %s not found";
    static final String INTERNAL_ERROR = "argmap: internal error: %s (run again with --debug for details, and please report it)";
    static final String GRAPHVIZ_MISSING =
            "Graphviz's dot is not on the PATH, so no SVG was rendered; install it (apt-get install graphviz) and run again";
    static final String WROTE = "wrote %s";
    static final String CANNOT_DO = "argmap: %s";
    static final String NO_STANDING = "argmap: which claims stand cannot be worked out: %s; or leave it out with --no-standing";

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
