package io.github.argmap.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The one registry of argmap's commands: adding a command is one class and one constant here.
 *
 * <p>Each constant gives the command's name, its one-sentence summary (its first line of help and
 * its line in the list of commands), its {@link CommandSpec} and how to create it. The spec and
 * the command are named only inside the constant's methods, so a run loads only the command it
 * runs, and the help that lists them all loads none of them. Help, exit codes and error printing
 * live once, in {@link Argmap}.
 *
 * <p>Constants with bodies rather than a table of lambdas: each of the table's 25 lambdas was
 * bootstrapped at every start, and {@code argmap --version} went from 145 to 139 ms (medians of 40
 * alternating runs; docs/benchmarks.md, "Start-up").
 *
 * <pre>{@code
 * SOLVE("solve", "Answer an ICCMA task on a framework.") {
 *     CommandSpec spec() { return SolveCommand.SPEC; }
 *     Callable<Integer> create(Argmap top, ParsedArgs args) { return new SolveCommand(top, args); }
 * },
 * }</pre>
 */
enum Commands {
    DEMO("demo", "The main job: print the panel's summary, and write its diagram as DIR/panel.dot "
            + "(and DIR/panel.svg when Graphviz is installed).") {
        @Override
        CommandSpec spec() {
            return DemoCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new DemoCommand(top, args);
        }
    },
    SUMMARY("summary", "Summarise a debate: who argued what, where they disagreed, and which claims stand.") {
        @Override
        CommandSpec spec() {
            return SummaryCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new SummaryCommand(top, args);
        }
    },
    DOT("dot", "Write the map as a Graphviz DOT diagram (render it with 'argmap render' or dot -Tsvg).") {
        @Override
        CommandSpec spec() {
            return DotCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new DotCommand(top, args);
        }
    },
    RENDER("render", "Draw the map as SVG, PNG or PDF with Graphviz's dot (which must be installed).") {
        @Override
        CommandSpec spec() {
            return RenderCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new RenderCommand(top, args);
        }
    },
    HTML("html", "Write the map as one self-contained interactive page: pan, zoom, search, filter, click a claim.") {
        @Override
        CommandSpec spec() {
            return HtmlCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new HtmlCommand(top, args);
        }
    },
    SHOW("show", "Show a claim with its quote and speaker, and the case for and against it.") {
        @Override
        CommandSpec spec() {
            return ShowCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new ShowCommand(top, args);
        }
    },
    VALIDATE("validate", "Check maps: every problem is printed as FILE:LINE:COLUMN: message on standard error.") {
        @Override
        CommandSpec spec() {
            return ValidateCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new ValidateCommand(top, args);
        }
    },
    CONVERT("convert", "Write a map as json, aif, argdown, graphml, apx or iccma.") {
        @Override
        CommandSpec spec() {
            return ConvertCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new ConvertCommand(top, args);
        }
    },
    EXTENSIONS("extensions", "Print every extension under Dung semantics, as JSON.") {
        @Override
        CommandSpec spec() {
            return ExtensionsCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new ExtensionsCommand(top, args);
        }
    },
    SOLVE("solve", "Answer an ICCMA 2023 task (DC, DS, SE or EE under GR, CO, PR, ST or SST) on a framework.") {
        @Override
        CommandSpec spec() {
            return SolveCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new SolveCommand(top, args);
        }
    },
    STRENGTH("strength", "Print each claim's strength in [0, 1], one line per claim in map order: strength, id, text.") {
        @Override
        CommandSpec spec() {
            return StrengthCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new StrengthCommand(top, args);
        }
    },
    LIST("list", "List the bundled example maps.") {
        @Override
        CommandSpec spec() {
            return ListCommand.SPEC;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return new ListCommand(top);
        }
    },
    HELP("help", "Display help information about the specified command.") {
        @Override
        CommandSpec spec() {
            return Argmap.HELP;
        }

        @Override
        Callable<Integer> create(Argmap top, ParsedArgs args) {
            return null;
        }
    };

    private final String name;
    private final String summary;

    Commands(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    /**
     * What a user types.
     *
     * @return the command's name
     */
    String commandName() {
        return name;
    }

    /**
     * One whole sentence: the command's first line of help and its line in the list of commands.
     *
     * @return the summary
     */
    String summary() {
        return summary;
    }

    /**
     * The command's table of parameters and options; loads the command's class.
     *
     * @return the spec
     */
    abstract CommandSpec spec();

    /**
     * Creates the command, reading its arguments.
     *
     * @param top the running program: its streams and its options
     * @param args the command's parsed arguments
     * @return the command, ready to run; null for {@code help}, which {@link Argmap} answers itself
     */
    abstract Callable<Integer> create(Argmap top, ParsedArgs args);

    /**
     * The commands' names, in the order help lists them.
     *
     * @return the names
     */
    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Commands c : values()) {
            out.add(c.name);
        }
        return List.copyOf(out);
    }

    /**
     * The command a user named.
     *
     * @param name what the user typed
     * @return the command, or null when none has that name
     */
    static Commands find(String name) {
        for (Commands c : values()) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
