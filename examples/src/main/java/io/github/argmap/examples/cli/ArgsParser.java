package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a command's arguments against its {@link CommandSpec}: plain Java, one pass, no reflection.
 *
 * <p>The syntax is the usual one: {@code --name value}, {@code --name=value}, {@code -o FILE},
 * {@code -oFILE} and {@code -o=FILE}; one-letter flags may be clustered ({@code -hV}); a flag
 * takes no value; {@code --} ends the options; {@code -} alone is a positional argument (standard
 * input); options and positional arguments come in any order. The next argument is an option's
 * value unless it is {@code --} or one of the command's option names, so {@code --depth -1} reads
 * {@code -1}. Positional arguments fill the required parameters first, then the optional ones from
 * the left: {@code show A} is the claim {@code A}, {@code show M A} the map {@code M} and claim {@code A}.
 *
 * <p>{@code --help} and {@code --version} win over every other problem, so that a user who asks
 * for help gets it; otherwise the first problem is reported.
 */
final class ArgsParser {
    /** How much of an argument a message shows: a 10 MB argument must not become a 10 MB message. */
    static final int SHOWN_LENGTH = 200;

    private ArgsParser() {}

    /**
     * Parses {@code args[from..to)} for a command.
     *
     * @param command the command the arguments are for
     * @param args the command line
     * @param from the first argument to read, after the command's name
     * @param to one past the last argument to read
     * @return the parsed arguments; when {@code --help} or {@code --version} was given, whatever
     *     else could be read, without further checks
     * @throws UsageException for the first problem: an unknown option, a missing or unexpected
     *     value, an option given twice, an empty string, a missing required option or parameter,
     *     or too many positional arguments
     */
    static ParsedArgs parse(CommandSpec command, String[] args, int from, int to) {
        return parse(command, args, from, to, true);
    }

    /**
     * Parses options only, in {@code args[from..to)}: {@code argmap}'s own, which come before the
     * command's name and so never include a positional argument.
     *
     * @param command the command whose options these are; its parameters are not checked
     * @param args the command line
     * @param from the first argument to read
     * @param to one past the last argument to read
     * @return the parsed options
     * @throws UsageException for the first problem with an option, unless help or the version was asked for
     */
    static ParsedArgs parseOptions(CommandSpec command, String[] args, int from, int to) {
        return parse(command, args, from, to, false);
    }

    private static ParsedArgs parse(CommandSpec command, String[] args, int from, int to, boolean withParameters) {
        Map<String, OptionSpec> byName = new HashMap<>();
        for (OptionSpec o : command.allOptions()) {
            for (String name : o.names()) {
                byName.put(name, o);
            }
        }
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        UsageException first = null;
        boolean optionsEnded = false;
        int i = from;
        // A loop, never recursion: a million arguments take a million steps and no stack.
        while (i < to) {
            String arg = args[i++];
            UsageException problem = null;
            if (arg == null) {
                problem = new UsageException(command, format(CliMessages.NULL_ARGUMENT, i));
            } else if (optionsEnded || arg.length() < 2 || arg.charAt(0) != '-') {
                positionals.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                OptionSpec o = byName.get(name);
                if (o == null) {
                    problem = unknownOption(command, arg, name);
                } else if (o.isFlag()) {
                    problem = eq < 0 ? set(command, o, name, null, values, flags)
                            : new UsageException(command, format(CliMessages.FLAG_WITH_VALUE, name, name));
                } else if (eq >= 0) {
                    problem = set(command, o, name, arg.substring(eq + 1), values, flags);
                } else if (i < to && isValue(args[i], byName)) {
                    problem = set(command, o, name, args[i++], values, flags);
                } else {
                    problem = missingValue(command, o, name, i < to ? args[i] : null);
                }
            } else if (byName.containsKey(arg)) {
                // A declared name of several letters after one dash, such as ICCMA's -fo, is that
                // option rather than a cluster of one-letter ones.
                OptionSpec o = byName.get(arg);
                if (o.isFlag()) {
                    problem = set(command, o, arg, null, values, flags);
                } else if (i < to && isValue(args[i], byName)) {
                    problem = set(command, o, arg, args[i++], values, flags);
                } else {
                    problem = missingValue(command, o, arg, i < to ? args[i] : null);
                }
            } else {
                // One or more one-letter options: flags, then at most one that takes the rest as its value.
                for (int j = 1; j < arg.length() && problem == null; j++) {
                    String name = "-" + arg.charAt(j);
                    OptionSpec o = byName.get(name);
                    if (o == null) {
                        problem = unknownOption(command, arg, j == 1 ? arg : name);
                    } else if (o.isFlag()) {
                        problem = set(command, o, name, null, values, flags);
                    } else {
                        String rest = arg.substring(j + 1);
                        if (!rest.isEmpty()) {
                            problem = set(command, o, name, rest.startsWith("=") ? rest.substring(1) : rest, values, flags);
                        } else if (i < to && isValue(args[i], byName)) {
                            problem = set(command, o, name, args[i++], values, flags);
                        } else {
                            problem = missingValue(command, o, name, i < to ? args[i] : null);
                        }
                        break;
                    }
                }
            }
            if (first == null) {
                first = problem;
            }
        }
        if (flags.contains("--help") || flags.contains("--version")) {
            return new ParsedArgs(command, values, flags, Map.of(), positionals);
        }
        if (first != null) {
            throw first;
        }
        for (OptionSpec o : command.options()) {
            if (o.required() && !values.containsKey(o.key())) {
                throw new UsageException(command, format(CliMessages.MISSING_OPTION, o.key() + "=" + o.paramLabel()));
            }
        }
        return new ParsedArgs(command, values, flags, withParameters ? assign(command, positionals) : Map.of(), positionals);
    }

    /** Whether the argument after an option that takes a value is that value, rather than the next option. */
    private static boolean isValue(String next, Map<String, OptionSpec> byName) {
        if (next == null || next.equals("--")) {
            return false;
        }
        int eq = next.startsWith("--") ? next.indexOf('=') : -1;
        return !byName.containsKey(eq < 0 ? next : next.substring(0, eq));
    }

    /** Records an option, or says why it cannot be: given twice, or an empty value. */
    private static UsageException set(CommandSpec command, OptionSpec o, String name, String value,
            Map<String, String> values, Set<String> flags) {
        if (flags.contains(o.key()) || values.containsKey(o.key())) {
            return new UsageException(command, format(CliMessages.OPTION_TWICE, name));
        }
        if (value == null) {
            flags.add(o.key());
            return null;
        }
        if (value.isEmpty()) {
            return new UsageException(command, format(CliMessages.EMPTY_VALUE, name, o.paramLabel()));
        }
        values.put(o.key(), value);
        return null;
    }

    private static UsageException missingValue(CommandSpec command, OptionSpec o, String name, String next) {
        String example = name.startsWith("--") ? name + "=" + o.paramLabel() : name + " " + o.paramLabel();
        return next == null || next.equals("--")
                ? new UsageException(command, format(CliMessages.MISSING_VALUE, name, o.paramLabel(), example))
                : new UsageException(command, format(CliMessages.OPTION_NOT_VALUE, name, o.paramLabel(), example, shown(next)));
    }

    private static UsageException unknownOption(CommandSpec command, String arg, String name) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : command.allOptions()) {
            names.addAll(o.names());
        }
        String near = closest(name, names);
        return new UsageException(command, near == null
                ? format(CliMessages.UNKNOWN_OPTION, shown(arg))
                : format(CliMessages.UNKNOWN_OPTION_NEAR, shown(arg), near));
    }

    /**
     * Hands the positional arguments to the parameters: each required one first, then the optional
     * ones from the left, in the order the arguments came.
     */
    private static Map<String, List<String>> assign(CommandSpec command, List<String> positionals) {
        List<ParameterSpec> parameters = command.parameters();
        int required = 0;
        for (ParameterSpec p : parameters) {
            required += p.min();
        }
        int n = positionals.size();
        if (n < required) {
            int left = n;
            for (ParameterSpec p : parameters) {
                if (left < p.min()) {
                    throw new UsageException(command, format(CliMessages.MISSING_PARAMETER, p.label()));
                }
                left -= p.min();
            }
        }
        Map<String, List<String>> assigned = new LinkedHashMap<>();
        int extra = n - required;
        int next = 0;
        for (ParameterSpec p : parameters) {
            int take = p.min() + Math.min(extra, p.max() - p.min());
            extra -= take - p.min();
            List<String> mine = positionals.subList(next, next + take);
            for (String arg : mine) {
                if (arg.isEmpty()) {
                    throw new UsageException(command, format(CliMessages.EMPTY_PARAMETER, p.label(), p.label()));
                }
            }
            assigned.put(p.label(), List.copyOf(mine));
            next += take;
        }
        if (next < n) {
            String arg = shown(positionals.get(next));
            if (parameters.isEmpty()) {
                throw new UsageException(command, format(CliMessages.NO_PARAMETERS, arg, command.qualifiedName()));
            }
            StringBuilder atMost = new StringBuilder();
            for (ParameterSpec p : parameters) {
                atMost.append(atMost.length() == 0 ? "" : " and ").append("a ").append(p.label());
            }
            throw new UsageException(command, format(CliMessages.EXTRA_PARAMETER, arg, atMost));
        }
        return assigned;
    }

    /**
     * An argument as a one-line message may show it: control and invisible format characters
     * escaped, and cut after {@value #SHOWN_LENGTH} characters with the length said.
     *
     * @param arg the argument as given
     * @return the text to put between the message's quotes
     */
    static String shown(String arg) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < arg.length() && i < SHOWN_LENGTH) {
            char c = arg.charAt(i);
            int type = Character.getType(c);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < arg.length() && Character.isLowSurrogate(arg.charAt(i + 1));
            if (paired) {
                out.append(c).append(arg.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                // A newline would break the one-line message; a bidi override would reorder it on screen.
                String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
                out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
                out.append(c);
            }
            i++;
        }
        if (i < arg.length()) {
            out.append("… (").append(arg.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * The name a mistyped one was probably meant to be: the only name it begins (at least two
     * characters in), or the nearest within one edit for names of up to four letters and two for
     * longer ones, ignoring case; a one-letter option only by case ({@code -v} for {@code -V}).
     *
     * @param typed what the user typed, such as {@code sumary} or {@code --foucs}
     * @param names the names it may have meant, in order of preference
     * @return the closest name, or null when none is close
     */
    static String closest(String typed, List<String> names) {
        if (typed.length() > 40) {
            return null; // no name is that long; and the edit distance of a huge argument would be slow
        }
        String t = typed.toLowerCase(Locale.ROOT);
        String prefixOf = null;
        int prefixes = 0;
        for (String name : names) {
            if (name.startsWith(t) && t.length() >= (t.startsWith("--") ? 4 : 2) && t.length() < name.length()) {
                prefixOf = name;
                prefixes++;
            }
        }
        if (prefixes == 1) {
            return prefixOf;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(t, name.toLowerCase(Locale.ROOT));
            int length = name.replace("-", "").length();
            // One letter is a whole short option: '-x' is not a typing slip for '-o', only '-v' for '-V'.
            int allowed = length == 1 ? 0 : length <= 4 ? 1 : 2;
            if (d <= allowed && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
