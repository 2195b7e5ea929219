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
    static final String FORMAT_CANNOT_READ = "%s: argmap cannot read %s files; it reads %s";
    static final String VALID = "%s: valid (%d claims, %s%d relations%s%s)";
    static final String QUOTES_CHECKED = ", every quote found in %s";
    static final String QUOTES_NOT_CHECKED = "; quotes not checked: source %s not found";
    static final String INTERNAL_ERROR = "argmap: internal error: %s (run again with --debug for details, and please report it)";
    static final String GRAPHVIZ_MISSING =
            "Graphviz's dot is not on the PATH, so no SVG was rendered; install it (apt-get install graphviz) and run again";
    static final String WROTE = "wrote %s";
    static final String CANNOT_DO = "argmap: %s";
    static final String COMMAND_REQUIRED = "a command is required";
    static final String NO_STANDING = "argmap: which claims stand cannot be worked out: %s; or leave it out with --no-standing";
    static final String SOURCE_IS_DIRECTORY = "%s: is a directory; --source takes the source text's file";
    // Usage errors found by ArgsParser and ParsedArgs: each line says what is wrong and how to fix it.
    static final String UNKNOWN_COMMAND = "unknown command '%s'; 'argmap --help' lists the commands";
    static final String UNKNOWN_COMMAND_NEAR = "unknown command '%s'; did you mean '%s'? 'argmap --help' lists the commands";
    static final String UNKNOWN_OPTION = "Unknown option: '%s'";
    static final String UNKNOWN_OPTION_NEAR = "Unknown option: '%s'; did you mean '%s'?";
    static final String MISSING_VALUE = "option '%s' needs a value (%s), as in '%s'";
    static final String OPTION_NOT_VALUE = "option '%s' needs a value (%s), as in '%s'; '%s' is an option, not a value";
    static final String FLAG_WITH_VALUE = "option '%s' takes no value; give '%s' alone";
    static final String OPTION_TWICE = "option '%s' is given twice; give it once";
    static final String MISSING_OPTION = "the required option '%s' is missing; add it, as the usage line below shows";
    static final String MISSING_PARAMETER = "the required parameter %s is missing; add it, as the usage line below shows";
    // The first wording is the one `show` had before the parser; the others follow it.
    static final String EXTRA_PARAMETER = "unmatched argument '%s'; give at most %s";
    static final String NO_PARAMETERS = "unmatched argument '%s'; '%s' takes no parameters";
    static final String EMPTY_PARAMETER = "the %s given is an empty string; give a %s (is a shell variable unset?)";
    static final String EMPTY_VALUE = "option '%s' is given an empty string; give a %s (is a shell variable unset?)";
    static final String NOT_A_WHOLE_NUMBER = "%s: '%s' is not a whole number; write it in digits, as in '%s=%s'";
    static final String NUMBER_OUT_OF_RANGE = "%s: '%s' is too large; give a whole number from %d to %d";
    static final String NOT_A_PATH = "%s: '%s' is not a file name this system accepts: %s";
    static final String NULL_ARGUMENT = "argument %d is null; pass strings only";
    static final String DEPTH_WITHOUT_FOCUS =
            "--depth needs --focus: it bounds how far from the focus claim the diagram reaches";
    static final String NEGATIVE_DEPTH = "--depth is %d; give 0 or more";
    static final String WRAP_TOO_SMALL = "--wrap is %d; give at least %d";
    static final String UNKNOWN_VALUE = "unknown value '%s' for %s; use %s";
    static final String UNKNOWN_FOCUS = "no claim has id '%s' in this map; 'argmap summary' or the map file lists the ids";
    static final String UNKNOWN_TAG = "no claim has tag '%s' in this map";
    static final String UNKNOWN_SECTION = "this map has no section '%s'; its sections are %s";
    static final String UNKNOWN_SPEAKER = "this map has no speaker '%s'; its speakers are %s";
    static final String UNKNOWN_READING = "unknown reading '%s' for --reading; use bipolar or attack-only";
    static final String UNKNOWN_SEMANTICS = "unknown semantics '%s' for --semantics; use %s";
    static final String FORMAT_CONTRADICTS_NAME =
            "--format %s contradicts the output file %s, whose name says %s; drop --format or name the file .%s";
    static final String FORMAT_UNKNOWN_FROM_NAME =
            "cannot tell the picture's format from the file name %s; end it in .svg, .png or .pdf, or give --format (%s)";
    static final String UNKNOWN_OUTPUT_FORMAT = "unknown format '%s' for %s; use %s";

    // Why a file could not be read or written: the part after "cannot read: " or "cannot write: ".
    static final String REASON_NO_FILE = "no such file";
    static final String REASON_NO_DIRECTORY = "no such directory %s; create it first";
    static final String REASON_DENIED = "permission denied";
    static final String REASON_IS_DIRECTORY = "it is a directory";
    static final String REASON_NOT_A_DIRECTORY = "%s is a file, not a directory";

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
