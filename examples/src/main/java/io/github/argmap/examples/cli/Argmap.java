package io.github.argmap.examples.cli;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The {@code argmap} command: run the example maps, summarise debates and draw them from the shell.
 *
 * <p>Exit codes: 0 success, 1 invalid input (the message names the file and the place), 2 usage
 * error. {@code --debug} shows stack traces. Tests and other programs run it in-process:
 *
 * <pre>{@code
 * int code = Argmap.run(new String[] {"validate", "map.json"}, System.in, System.out, System.err);
 * }</pre>
 *
 * <p>Arguments are read by {@link ArgsParser} from each command's {@link CommandSpec} table, with
 * no reflection: the command is timed as a whole process, and a parser that reads annotations
 * cost more start-up than the JVM itself.
 */
public final class Argmap {
    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 1;
    /** The process's own standard error, so that progress is shown only there. */
    static final PrintStream STDERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    /** The commands, in the order help lists them: see {@link Commands}, where each is registered. */
    static final List<String> COMMANDS = Commands.names();

    /** Printed at the end of argmap's help and of every command's that reads a map. */
    static final List<String> FOOTER = List.of(
            "MAP is a file (.json, .aif.json, .graphml, .argdown), '-' for standard input,",
            "or a bundled map's name (see 'argmap list'); with no MAP the panel map is used.",
            "Exit codes: 0 success, 1 invalid input, 2 usage error.");
    /** The footer of the commands that read no map, where what MAP means would only puzzle. */
    private static final List<String> EXIT_CODES = FOOTER.subList(2, 3);

    /** {@code argmap} itself: only the options every command has, then a command. */
    static final CommandSpec SPEC = new CommandSpec("",
            "Argument maps of debates: summarise them, draw them, and find which claims stand.", List.of(),
            List.of(ParameterSpec.required("COMMAND", "The command to run.")), List.of());

    /** {@code argmap help [COMMAND]}. */
    static final CommandSpec HELP = new CommandSpec("help", summary("help"),
            List.of("With no COMMAND, the help of argmap itself, which lists the commands."),
            List.of(ParameterSpec.optional("COMMAND", "The command to describe.")), List.of());

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    /** Whether {@code --debug} was given, before or after the command's name. */
    boolean debug;

    private Argmap(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * A command's one-sentence summary: the first line of its help and its line in the list of
     * commands. Registered in {@link Commands}, so that the list loads none of them.
     *
     * @param name the command's name
     * @return the summary
     * @throws IllegalArgumentException for a name not in {@link #COMMANDS}
     */
    static String summary(String name) {
        Commands.Entry e = Commands.find(name);
        if (e == null) {
            throw new IllegalArgumentException(name);
        }
        return e.summary();
    }

    /**
     * A command's table of parameters and options; only the command asked for is loaded.
     *
     * @param name the command's name
     * @return its spec, or null when no command has that name
     */
    static CommandSpec spec(String name) {
        Commands.Entry e = Commands.find(name);
        return e == null ? null : e.spec().get();
    }

    /** A new instance of a command, reading its arguments; only the command created is loaded. */
    private Callable<Integer> command(String name, ParsedArgs args) {
        Commands.Entry e = Commands.find(name);
        if (e == null || e.factory() == null) {
            throw new IllegalArgumentException(name);
        }
        return e.factory().create(this, args);
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = STDERR;
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments
     * @param in standard input, read by {@code -}
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Argmap top = new Argmap(in, out, err);
        try {
            return top.execute(args);
        } catch (UsageException e) {
            return top.usageError(e);
        } catch (StackOverflowError | OutOfMemoryError | ExceptionInInitializerError e) {
            // An Error must not reach the user raw either.
            return failure(top, new IllegalStateException(e.getCause() != null ? e.getCause().getMessage() : e.toString(), e));
        } catch (Exception e) {
            return failure(top, e);
        }
    }

    /** Reads argmap's options, then the command's name and its arguments, and runs it. */
    private int execute(String[] args) throws Exception {
        // argmap's own options are all flags, so the command's name is the first argument that is
        // not an option, or the one after "--".
        int name = 0;
        boolean dashes = false;
        while (name < args.length && !dashes) {
            String arg = args[name];
            if (arg == null || arg.length() < 2 || arg.charAt(0) != '-') {
                break;
            }
            dashes = arg.equals("--");
            name++;
        }
        ParsedArgs own = ArgsParser.parseOptions(SPEC, args, 0, name);
        debug = own.flag("--debug");
        String commandName = name < args.length ? args[name] : null;
        if (own.flag("--help")) {
            // 'argmap --help dot' is read as 'argmap dot --help', as git does.
            CommandSpec asked = commandName == null ? null : spec(commandName);
            return printHelp(asked == null || asked == HELP ? SPEC : asked);
        }
        if (own.flag("--version")) {
            return printVersion();
        }
        if (commandName == null) {
            throw new UsageException(SPEC, CliMessages.COMMAND_REQUIRED);
        }
        CommandSpec spec = spec(commandName);
        if (spec == null) {
            throw unknownCommand(commandName);
        }
        ParsedArgs parsed = ArgsParser.parse(spec, args, name + 1, args.length);
        debug |= parsed.flag("--debug");
        if (parsed.flag("--help")) {
            return printHelp(spec);
        }
        if (parsed.flag("--version")) {
            return printVersion();
        }
        if (spec == HELP) {
            String asked = parsed.positional("COMMAND");
            if (asked == null) {
                return printHelp(SPEC);
            }
            CommandSpec about = spec(asked);
            if (about == null) {
                throw unknownCommand(asked);
            }
            return printHelp(about);
        }
        return command(commandName, parsed).call();
    }

    private static UsageException unknownCommand(String name) {
        String near = ArgsParser.closest(name, COMMANDS);
        String shown = ArgsParser.shown(name);
        return new UsageException(SPEC, near == null
                ? CliMessages.format(CliMessages.UNKNOWN_COMMAND, shown)
                : CliMessages.format(CliMessages.UNKNOWN_COMMAND_NEAR, shown, near));
    }

    private int printHelp(CommandSpec spec) {
        if (spec == SPEC) {
            List<String> summaries = new ArrayList<>();
            for (String name : COMMANDS) {
                summaries.add(summary(name));
            }
            out.print(HelpFormatter.help(SPEC, COMMANDS, summaries, FOOTER));
        } else {
            boolean readsMap = false;
            for (ParameterSpec p : spec.parameters()) {
                readsMap |= p.label().equals("MAP") || p.label().equals("FILE");
            }
            out.print(HelpFormatter.help(spec, readsMap ? FOOTER : EXIT_CODES));
        }
        out.flush();
        return 0;
    }

    private int printVersion() {
        for (String line : version()) {
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private int usageError(UsageException e) {
        err.println("argmap: " + e.getMessage());
        err.print(HelpFormatter.synopsis(e.command()));
        err.println("Try '" + e.command().qualifiedName() + " --help' for more.");
        err.flush();
        return USAGE;
    }

    private static int failure(Argmap top, Exception e) {
        if (top.debug) {
            e.printStackTrace(top.err);
        }
        if (e instanceof InvalidMapException) {
            for (Problem p : ((InvalidMapException) e).problems()) {
                top.err.println(p);
            }
        } else if (e instanceof CliException) {
            top.err.println(e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            // The library's documented answer to a request the input cannot meet (an unknown
            // claim, a framework too large for a reading): the message says what to do.
            top.err.println(CliMessages.format(CliMessages.CANNOT_DO, e.getMessage()));
        } else {
            top.err.println(CliMessages.format(CliMessages.INTERNAL_ERROR, e));
        }
        top.err.flush();
        return INVALID_INPUT;
    }

    /**
     * What {@code --version} prints: argmap's version from the jar's manifest, and Java's.
     *
     * @return the two lines
     */
    static List<String> version() {
        String v = Argmap.class.getPackage().getImplementationVersion();
        // Not through String.format, whose parser would be most of what --version loads.
        return List.of("argmap " + (v == null ? "(development build)" : v), "Java " + System.getProperty("java.version"));
    }
}
