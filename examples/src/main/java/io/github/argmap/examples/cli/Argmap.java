package io.github.argmap.examples.cli;

import io.github.argmap.core.InvalidMapException;
import io.github.argmap.core.Problem;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code argmap} command: run the example maps, summarise debates and draw them from the shell.
 *
 * <p>Exit codes: 0 success, 1 invalid input (the message names the file and the place), 2 usage
 * error. {@code --debug} shows stack traces. Tests and other programs run it in-process:
 *
 * <pre>{@code
 * int code = Argmap.run(new String[] {"validate", "map.json"}, System.in, System.out, System.err);
 * }</pre>
 */
@Command(name = "argmap",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Argmap.Version.class,
        description = "Argument maps of debates: summarise them, draw them, and find which claims stand.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"",
            "MAP is a file (.json, .aif.json, .graphml, .argdown), '-' for standard input,",
            "or a bundled map's name (see 'argmap list'); with no MAP the panel map is used.",
            "Exit codes: 0 success, 1 invalid input, 2 usage error."})
public final class Argmap implements Runnable {
    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 1;
    /** The process's own standard error, so that progress is shown only there. */
    static final PrintStream STDERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    /**
     * The commands, in the order help lists them. They are registered with picocli on demand:
     * reading one command's annotations costs a few milliseconds at start-up, and a run needs
     * only the command it was asked for.
     */
    private static final List<String> COMMANDS = List.of("demo", "summary", "dot", "render", "show", "validate",
            "convert", "extensions", "strength", "list", "help");

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    boolean debug;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;

    private Argmap(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.COMMAND_REQUIRED);
    }

    /** A new instance of a command; a switch, so that only the command created is loaded. */
    private static Object command(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand();
            case "summary" -> new SummaryCommand();
            case "dot" -> new DotCommand();
            case "render" -> new RenderCommand();
            case "show" -> new ShowCommand();
            case "validate" -> new ValidateCommand();
            case "convert" -> new ConvertCommand();
            case "extensions" -> new ExtensionsCommand();
            case "strength" -> new StrengthCommand();
            case "list" -> new ListCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The command a run asks for: the first argument that is not an option (the top level has
     * no option that takes a value), or null when there is none or it is {@code help}, which
     * needs every command to describe them.
     */
    static String requestedCommand(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return COMMANDS.contains(arg) && !arg.equals("help") ? arg : null;
            }
        }
        return null;
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
        CommandLine cli = new CommandLine(top);
        // Every command when the run needs to list them (help, a misspelt command); otherwise
        // only the one asked for. Added before the handlers below, which picocli copies to
        // the subcommands that exist when they are set.
        String requested = requestedCommand(args);
        for (String name : COMMANDS) {
            if (requested == null || requested.equals(name)) {
                cli.addSubcommand(name, command(name));
            }
        }
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> failure(top, e));
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine c = e.getCommandLine();
            err.println("argmap: " + e.getMessage());
            err.print(c.getHelp().fullSynopsis());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
            return USAGE;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError | ExceptionInInitializerError e) {
            // picocli hands only Exceptions to the handler; an Error must not reach the user raw either.
            return failure(top, new IllegalStateException(e.getCause() != null ? e.getCause().getMessage() : e.toString(), e));
        }
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
        return INVALID_INPUT;
    }

    /** Reads the version from the jar's manifest, falling back to the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Argmap.class.getPackage().getImplementationVersion();
            return new String[] {"argmap " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
