package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.api.semantics.ArgumentationFramework;
import io.github.argmap.api.semantics.iccma.Answer;
import io.github.argmap.api.semantics.iccma.ApxFormat;
import io.github.argmap.api.semantics.iccma.IccmaFormat;
import io.github.argmap.api.semantics.iccma.Solver;
import io.github.argmap.api.semantics.iccma.Task;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * {@code argmap solve -p TASK -f FILE -fo i23|apx [-a ARG]}: the ICCMA 2023 solver interface.
 *
 * <p>Output as the ICCMA 2023 rules have it: {@code DC-*} prints {@code YES} and a {@code w} line
 * with an extension containing the argument, or {@code NO}; {@code DS-*} prints {@code NO} and a
 * {@code w} line with an extension lacking it, or {@code YES}; {@code SE-*} a {@code w} line or
 * {@code NO}; {@code EE-*} one {@code w} line per extension, printed as they are found. Arguments
 * are written as numbers for {@code i23} files and by id for APX. Without any option it prints
 * the solver's name and version, as ICCMA asks of a solver called without arguments.
 */
final class SolveCommand implements Callable<Integer> {
    /** The command's parameters and options. */
    static final CommandSpec SPEC = new CommandSpec("solve", Argmap.summary("solve"),
            List.of("The ICCMA 2023 solver interface. FILE is an ICCMA 2023 file ('p af N', then one attack 'i j' per "
                    + "line; -fo i23) or an APX file (arg(a). att(a,b).; -fo apx). TASK is MODE-SEMANTICS: DC (is ARG in "
                    + "some extension?), DS (in every extension?), SE (some extension), EE (every extension), with GR, "
                    + "CO, PR, ST or SST (grounded, complete, preferred, stable, semi-stable); --problems lists them.",
                    "DC prints YES and 'w' with an extension containing ARG, or NO; DS prints NO and 'w' with an "
                    + "extension without ARG, or YES; SE prints 'w' and an extension, or NO; EE prints one 'w' line per "
                    + "extension as it is found. Arguments are numbers for i23 and ids for apx. With no option at all "
                    + "the solver's name and version are printed, as ICCMA asks."),
            List.of(),
            List.of(OptionSpec.value("-p", "--task", "TASK", "The task, such as DC-CO, DS-PR or SE-ST."),
                    OptionSpec.value("-f", "--file", "FILE", "The framework's file."),
                    new OptionSpec(List.of("-fo", "--format"), "FORMAT",
                            "i23 or apx; by default apx for .apx files, else i23.", null, false),
                    OptionSpec.value("-a", "--argument", "ARG", "The argument DC and DS tasks ask about: its number "
                            + "(i23) or id (apx)."),
                    OptionSpec.flag("--problems", "Print the supported tasks and exit."),
                    OptionSpec.flag("--formats", "Print the supported file formats and exit.")));

    private static final String MISSING = "%s needs %s";
    private static final String UNKNOWN_TASK = "unknown task '%s'; argmap solve --problems lists the tasks";
    private static final String UNKNOWN_FORMAT = "unknown format '%s'; use i23 or apx";
    private static final String NO_ARGUMENT = "%s takes no argument; -a is for DC and DS tasks";
    private static final String NOT_A_NUMBER = "-a must be an argument's number for an i23 file, not '%s'";
    private static final String NUMBER_RANGE = "%s: there is no argument %s: the framework's arguments are 1 to %d";
    private static final String UNKNOWN_ARGUMENT = "%s: there is no argument '%s' in the framework";

    private final Argmap top;
    private final ParsedArgs args;

    /**
     * Reads the command's arguments.
     *
     * @param top the running command line, for its streams
     * @param args the parsed arguments
     */
    SolveCommand(Argmap top, ParsedArgs args) {
        this.top = top;
        this.args = args;
    }

    @Override
    public Integer call() throws IOException {
        if (args.flag("--problems")) {
            List<String> codes = new ArrayList<>();
            for (Task t : Task.values()) {
                codes.add(t.code());
            }
            top.out.print("[" + String.join(",", codes) + "]\n");
            top.out.flush();
            return 0;
        }
        if (args.flag("--formats")) {
            top.out.print("[i23,apx]\n");
            top.out.flush();
            return 0;
        }
        if (!args.given("--task") && !args.given("--file") && !args.given("--format") && !args.given("--argument")) {
            top.out.print(Argmap.version().get(0) + "\n");
            top.out.flush();
            return 0;
        }
        String code = require("--task", "-p TASK");
        Task task = Task.parse(code).orElseThrow(() -> new UsageException(SPEC, format(UNKNOWN_TASK, ArgsParser.shown(code))));
        String file = require("--file", "-f FILE");
        boolean apx = apx(file);
        String argument = args.value("--argument");
        if (task.needsArgument() && argument == null) {
            throw new UsageException(SPEC, format(MISSING, task.code(), "-a ARG"));
        }
        if (!task.needsArgument() && argument != null) {
            throw new UsageException(SPEC, format(NO_ARGUMENT, task.code()));
        }
        if (argument != null && !apx && !argument.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new UsageException(SPEC, format(NOT_A_NUMBER, ArgsParser.shown(argument)));
        }
        ArgumentationFramework af = read(file, apx);
        IntFunction<String> name = apx ? af::id : numbers(af.size());
        Writer out = new BufferedWriter(new OutputStreamWriter(top.out, StandardCharsets.UTF_8), 1 << 16);
        switch (task.mode()) {
            case DC:
            case DS:
                Solver.solve(task, af, index(af, file, apx, argument)).write(out, name);
                break;
            case SE:
                Solver.solve(task, af).write(out, name);
                break;
            default:
                try {
                    enumerate(task, af, out, name, top.out);
                } catch (OutputClosed e) {
                    top.err.print("argmap solve: standard output was closed; the enumeration stopped\n");
                    top.err.flush();
                    return 1;
                }
                break;
        }
        out.flush();
        top.out.flush();
        return 0;
    }

    /**
     * Prints each extension as it comes; the buffer is flushed when full, and at least every
     * tenth of a second while extensions come, so that a slow enumeration shows its progress.
     */
    private static void enumerate(Task task, ArgumentationFramework af, Writer out, IntFunction<String> name,
            PrintStream stdout) {
        long[] lastFlush = {System.nanoTime()};
        Solver.enumerate(task, af, e -> {
            try {
                Answer.writeCertificate(e, out, name);
                long now = System.nanoTime();
                if (now - lastFlush[0] > 100_000_000L) {
                    out.flush();
                    // A PrintStream never throws; without this check, "argmap solve ... | head"
                    // went on enumerating into the closed pipe for as long as there were
                    // extensions (minutes, on a sparse framework of 10^4 arguments).
                    if (stdout.checkError()) {
                        throw new OutputClosed();
                    }
                    lastFlush[0] = now;
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
    }

    private String require(String key, String shown) {
        String value = args.value(key);
        if (value == null) {
            throw new UsageException(SPEC, format(MISSING, "argmap solve", shown));
        }
        return value;
    }

    private boolean apx(String file) {
        String formatName = args.value("--format");
        if (formatName == null) {
            return file.toLowerCase(Locale.ROOT).endsWith(".apx");
        }
        switch (formatName.toLowerCase(Locale.ROOT)) {
            case "apx":
                return true;
            case "i23":
                return false;
            default:
                throw new UsageException(SPEC, format(UNKNOWN_FORMAT, ArgsParser.shown(formatName)));
        }
    }

    private static ArgumentationFramework read(String file, boolean apx) {
        Path path = Path.of(file);
        try {
            return apx ? ApxFormat.read(path) : IccmaFormat.read(path);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new CliException(format(CliMessages.NOT_A_FILE, file), e);
            }
            throw new CliException(format(CliMessages.CANNOT_READ, file, MapInput.reason(e)), e);
        }
    }

    /**
     * ICCMA 2023 names (the index plus one), each made once on first use: an enumeration prints
     * the same few numbers millions of times, and making each anew was a fifth of the time of
     * EE-ST on random 100 4 0.5 (JFR).
     */
    private static IntFunction<String> numbers(int size) {
        String[] made = new String[size];
        return a -> {
            String s = made[a];
            if (s == null) {
                s = Integer.toString(a + 1);
                made[a] = s;
            }
            return s;
        };
    }

    /** The index of the argument asked about: its number (i23, from 1) or its id (apx). */
    private static int index(ArgumentationFramework af, String file, boolean apx, String argument) {
        if (apx) {
            return af.indexOf(argument).orElseThrow(() -> new CliException(format(UNKNOWN_ARGUMENT, file,
                    ArgsParser.shown(argument))));
        }
        String digits = argument.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 9 || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > af.size()) {
            throw new CliException(format(NUMBER_RANGE, file, ArgsParser.shown(argument), af.size()));
        }
        return Integer.parseInt(digits) - 1;
    }

    /** Thrown from the enumeration's sink when standard output is closed, to stop it. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }
}
