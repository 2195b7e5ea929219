package io.github.argmap.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a command's help from its {@link CommandSpec}: the synopsis, the description, then the
 * parameters and options in two aligned columns, wrapped at {@value #WIDTH} columns.
 */
final class HelpFormatter {
    /** The width help is wrapped to: a terminal's default. */
    static final int WIDTH = 80;
    /** The widest the first column grows; a longer name puts its description on the next line. */
    private static final int MAX_COLUMN = 30;

    private HelpFormatter() {}

    /**
     * The usage line: {@code Usage: argmap dot [-hV] [--debug] ... [MAP]}, wrapped under the
     * command's name when it is longer than a line.
     *
     * @param command the command
     * @return the synopsis, ending in a line break
     */
    static String synopsis(CommandSpec command) {
        List<String> tokens = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        List<OptionSpec> common = List.of(CommandSpec.HELP, CommandSpec.VERSION, CommandSpec.DEBUG);
        // The options every command has come first, then the command's own: flags, optional
        // options with values, required options, and last the positional parameters.
        List<OptionSpec> ordered = new ArrayList<>(common);
        ordered.addAll(command.options());
        for (OptionSpec o : ordered) {
            if (o.isFlag() && o.shortName() != null) {
                letters.append(o.shortName().charAt(1));
            }
        }
        if (letters.length() > 0) {
            tokens.add("[-" + letters + "]");
        }
        for (OptionSpec o : ordered) {
            if (o.isFlag() && o.shortName() == null) {
                tokens.add("[" + o.key() + "]");
            }
        }
        for (OptionSpec o : ordered) {
            if (!o.isFlag() && !o.required()) {
                tokens.add("[" + withValue(o) + "]");
            }
        }
        for (OptionSpec o : ordered) {
            if (o.required()) {
                tokens.add(withValue(o));
            }
        }
        for (ParameterSpec p : command.parameters()) {
            tokens.add(p.synopsis());
        }
        String prefix = "Usage: " + command.qualifiedName();
        String indent = " ".repeat(Math.min(prefix.length() + 1, WIDTH / 2));
        StringBuilder out = new StringBuilder(prefix);
        int lineLength = prefix.length();
        for (String token : tokens) {
            if (lineLength + 1 + token.length() > WIDTH && lineLength > indent.length()) {
                out.append('\n').append(indent).append(token);
                lineLength = indent.length() + token.length();
            } else {
                out.append(' ').append(token);
                lineLength += 1 + token.length();
            }
        }
        return out.append('\n').toString();
    }

    /**
     * A command's whole help: synopsis, description, parameters, options and footer.
     *
     * @param command the command
     * @param footer lines printed as they are after everything else
     * @return the help text, each line ending in a line break
     */
    static String help(CommandSpec command, List<String> footer) {
        return help(command, List.of(), List.of(), footer);
    }

    /**
     * {@code argmap}'s own help, which lists the commands instead of parameters.
     *
     * @param command the top command's spec
     * @param names the commands' names, in the order to list them
     * @param summaries each command's one-sentence summary, in the same order
     * @param footer lines printed as they are after everything else
     * @return the help text, each line ending in a line break
     */
    static String help(CommandSpec command, List<String> names, List<String> summaries, List<String> footer) {
        StringBuilder out = new StringBuilder(synopsis(command)).append('\n');
        wrap(out, command.summary(), 0, 0);
        for (String paragraph : command.details()) {
            wrap(out, paragraph, 0, 0);
        }
        List<String> labels = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        if (names.isEmpty()) {
            for (ParameterSpec p : command.parameters()) {
                labels.add("  " + p.synopsis());
                descriptions.add(p.description());
            }
        }
        int parameterRows = labels.size();
        for (OptionSpec o : command.allOptions()) {
            String label = o.shortName() == null ? "      " + o.key()
                    : o.names().size() == 1 ? "  " + o.shortName() : "  " + o.shortName() + ", " + o.key();
            labels.add(o.isFlag() ? label : label + (o.key().startsWith("--") ? "=" : " ") + o.paramLabel());
            descriptions.add(o.description());
        }
        int column = 0;
        for (String label : labels) {
            column = Math.max(column, label.length() + 3);
        }
        column = Math.min(column, MAX_COLUMN);
        if (parameterRows > 0) {
            out.append("\nParameters:\n");
            rows(out, labels.subList(0, parameterRows), descriptions.subList(0, parameterRows), column);
        }
        out.append("\nOptions:\n");
        rows(out, labels.subList(parameterRows, labels.size()), descriptions.subList(parameterRows, labels.size()), column);
        if (!names.isEmpty()) {
            out.append("\nCommands:\n");
            int width = 0;
            for (String name : names) {
                width = Math.max(width, name.length());
            }
            List<String> commandLabels = new ArrayList<>();
            for (String name : names) {
                commandLabels.add("  " + name);
            }
            rows(out, commandLabels, summaries, width + 4);
        }
        if (!footer.isEmpty()) {
            out.append('\n');
            for (String line : footer) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String withValue(OptionSpec o) {
        String name = o.shortName() != null ? o.shortName() : o.key();
        return name.startsWith("--") ? name + "=" + o.paramLabel() : name + " " + o.paramLabel();
    }

    /** Two columns: each label, then its description wrapped to start at {@code column}. */
    private static void rows(StringBuilder out, List<String> labels, List<String> descriptions, int column) {
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            out.append(label);
            if (label.length() + 2 > column) {
                out.append('\n');
                wrap(out, descriptions.get(i), column, column);
            } else {
                wrap(out, descriptions.get(i), column - label.length(), column);
            }
        }
    }

    /**
     * Appends text wrapped at {@value #WIDTH} columns at word boundaries; a word longer than a line
     * stands on a line of its own rather than being cut.
     *
     * @param out where to append
     * @param text the text, whose spaces may become line breaks
     * @param firstIndent spaces before the first line's text
     * @param indent spaces before every other line's text
     */
    static void wrap(StringBuilder out, String text, int firstIndent, int indent) {
        out.append(" ".repeat(firstIndent));
        int lineLength = out.length() - lineStart(out);
        int start = lineLength;
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf(' ', i);
            if (end < 0) {
                end = text.length();
            }
            if (end > i) {
                int wordLength = end - i;
                if (lineLength > start && lineLength + 1 + wordLength > WIDTH) {
                    out.append('\n').append(" ".repeat(indent));
                    lineLength = indent;
                    start = indent;
                } else if (lineLength > start) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(text, i, end);
                lineLength += wordLength;
            }
            i = end + 1;
        }
        out.append('\n');
    }

    private static int lineStart(StringBuilder out) {
        return out.lastIndexOf("\n") + 1;
    }
}
