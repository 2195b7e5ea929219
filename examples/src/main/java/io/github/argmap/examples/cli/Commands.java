package io.github.argmap.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The one registry of argmap's commands: adding a command is one class and one line here.
 *
 * <p>Each line gives the command's name, its one-sentence summary (its first line of help and its
 * line in the list of commands), its {@link CommandSpec} and how to create it. The spec and the
 * command are behind lambdas, so a run loads only the command it runs, and the help that lists
 * them all loads none of them. Help, exit codes and error printing live once, in {@link Argmap}.
 *
 * <pre>{@code
 * command("solve", "Answer an ICCMA task on a framework.", () -> SolveCommand.SPEC, SolveCommand::new),
 * }</pre>
 */
final class Commands {
    private Commands() {}

    /** Creates a command from the running program and its parsed arguments. */
    @FunctionalInterface
    interface Factory {
        /**
         * Creates the command, reading its arguments.
         *
         * @param top the running program: its streams and its options
         * @param args the command's parsed arguments
         * @return the command, ready to run
         */
        Callable<Integer> create(Argmap top, ParsedArgs args);
    }

    /**
     * One command.
     *
     * @param name what a user types
     * @param summary one whole sentence
     * @param spec the command's table of parameters and options
     * @param factory creates the command; null for {@code help}, which {@link Argmap} answers itself
     */
    record Entry(String name, String summary, Supplier<CommandSpec> spec, Factory factory) {}

    /** The commands, in the order help lists them. */
    private static final List<Entry> ALL = List.of(
            command("demo", "The main job: print the panel's summary, and write its diagram as DIR/panel.dot "
                    + "(and DIR/panel.svg when Graphviz is installed).", () -> DemoCommand.SPEC,
                    (top, args) -> new DemoCommand(top, args)),
            command("summary", "Summarise a debate: who argued what, where they disagreed, and which claims stand.",
                    () -> SummaryCommand.SPEC, (top, args) -> new SummaryCommand(top, args)),
            command("dot", "Write the map as a Graphviz DOT diagram (render it with 'argmap render' or dot -Tsvg).",
                    () -> DotCommand.SPEC, (top, args) -> new DotCommand(top, args)),
            command("render", "Draw the map as SVG, PNG or PDF with Graphviz's dot (which must be installed).",
                    () -> RenderCommand.SPEC, (top, args) -> new RenderCommand(top, args)),
            command("html", "Write the map as one self-contained interactive page: pan, zoom, search, filter, click a claim.",
                    () -> HtmlCommand.SPEC, (top, args) -> new HtmlCommand(top, args)),
            command("show", "Show a claim with its quote and speaker, and the case for and against it.",
                    () -> ShowCommand.SPEC, (top, args) -> new ShowCommand(top, args)),
            command("validate", "Check maps: every problem is printed as FILE:LINE:COLUMN: message on standard error.",
                    () -> ValidateCommand.SPEC, (top, args) -> new ValidateCommand(top, args)),
            command("convert", "Write a map as json, aif, argdown, graphml, apx or iccma.",
                    () -> ConvertCommand.SPEC, (top, args) -> new ConvertCommand(top, args)),
            command("extensions", "Print every extension under Dung semantics, as JSON.",
                    () -> ExtensionsCommand.SPEC, (top, args) -> new ExtensionsCommand(top, args)),
            command("solve", "Answer an ICCMA 2023 task (DC, DS, SE or EE under GR, CO, PR, ST or SST) on a framework.",
                    () -> SolveCommand.SPEC, (top, args) -> new SolveCommand(top, args)),
            command("strength", "Print each claim's strength in [0, 1], one line per claim in map order: strength, id, text.",
                    () -> StrengthCommand.SPEC, (top, args) -> new StrengthCommand(top, args)),
            command("list", "List the bundled example maps.", () -> ListCommand.SPEC, (top, args) -> new ListCommand(top)),
            command("help", "Display help information about the specified command.", () -> Argmap.HELP, null));

    private static final Map<String, Entry> BY_NAME = byName();

    private static Entry command(String name, String summary, Supplier<CommandSpec> spec, Factory factory) {
        return new Entry(name, summary, spec, factory);
    }

    private static Map<String, Entry> byName() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : ALL) {
            if (out.put(e.name(), e) != null) {
                throw new IllegalStateException("command " + e.name() + " registered twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The names of the commands, in the order help lists them.
     *
     * @return the names, immutable
     */
    static List<String> names() {
        List<String> out = new ArrayList<>(ALL.size());
        for (Entry e : ALL) {
            out.add(e.name());
        }
        return List.copyOf(out);
    }

    /**
     * A registered command.
     *
     * @param name what the user typed
     * @return the entry, or null when no command has that name
     */
    static Entry find(String name) {
        return BY_NAME.get(name);
    }
}
