package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the argmap command's argument syntax, on a small command declared here, and then
 * through {@link Argmap#run}; every expected answer is worked out by hand from the rule.
 */
class ArgsParserTest {
    /** {@code argmap test [-hVs] [--debug] [--strength] [-o FILE] [--depth=N] [MAP] CLAIM}. */
    private static final CommandSpec TEST = new CommandSpec("test", "Test the parser.", List.of(),
            List.of(ParameterSpec.optional("MAP", "The map."), ParameterSpec.required("CLAIM", "The claim.")),
            List.of(OptionSpec.value("-o", "--output", "FILE", "Where to write."),
                    OptionSpec.value("--depth", "N", "How far.").withDefault("2"),
                    OptionSpec.flag("--strength", "Show strength."),
                    OptionSpec.flag("-s", "--short", "A one-letter flag.")));

    /** {@code argmap req --to=FORMAT FILE...}: a required option and any number of files. */
    private static final CommandSpec REQUIRED = new CommandSpec("req", "Require things.", List.of(),
            List.of(ParameterSpec.oneOrMore("FILE", "The files.")),
            List.of(OptionSpec.value("--to", "FORMAT", "The format.").asRequired()));

    /** {@code argmap none}: no parameters at all. */
    private static final CommandSpec NONE = new CommandSpec("none", "Take nothing.", List.of(), List.of(), List.of());

    private static ParsedArgs parse(CommandSpec spec, String... args) {
        return ArgsParser.parse(spec, args, 0, args.length);
    }

    /** The message of the usage error the arguments give, checking that it is about {@code spec}. */
    private static String problem(CommandSpec spec, String... args) {
        try {
            ParsedArgs parsed = parse(spec, args);
            throw new AssertionError("no usage error for " + Arrays.toString(args) + ": " + parsed);
        } catch (UsageException e) {
            assertThat(e.command()).isSameAs(spec);
            return e.getMessage();
        }
    }

    @Test
    void parse_acceptsOptionSpaceValue() {
        ParsedArgs p = parse(TEST, "--output", "out.dot", "--depth", "5", "c");
        assertThat(p.value("--output")).isEqualTo("out.dot");
        assertThat(p.wholeNumber("--depth")).isEqualTo(5);
        assertThat(p.positional("CLAIM")).isEqualTo("c");
    }

    @Test
    void parse_acceptsOptionEqualsValue() {
        ParsedArgs p = parse(TEST, "--output=out.dot", "--depth=5", "c");
        assertThat(p.value("--output")).isEqualTo("out.dot");
        assertThat(p.value("--depth")).isEqualTo("5");
        // Only the first '=' separates: the value may hold more.
        assertThat(parse(TEST, "--output=a=b", "c").value("--output")).isEqualTo("a=b");
    }

    @Test
    void parse_acceptsShortOptionWithValueSeparateAttachedOrAfterEquals() {
        assertThat(parse(TEST, "-o", "out.dot", "c").value("--output")).isEqualTo("out.dot");
        assertThat(parse(TEST, "-oout.dot", "c").value("--output")).isEqualTo("out.dot");
        assertThat(parse(TEST, "-o=out.dot", "c").value("--output")).isEqualTo("out.dot");
    }

    @Test
    void parse_clustersOneLetterFlagsAndEndsTheClusterAtAnOptionWithAValue() {
        ParsedArgs p = parse(TEST, "-sh");
        assertThat(p.flag("--short")).isTrue();
        assertThat(p.flag("--help")).isTrue();
        assertThat(parse(TEST, "-Vs").flags()).containsExactlyInAnyOrder("--version", "--short");
        ParsedArgs withValue = parse(TEST, "-soFILE", "c");
        assertThat(withValue.flag("--short")).isTrue();
        assertThat(withValue.value("--output")).isEqualTo("FILE");
        assertThat(parse(TEST, "-so", "FILE", "c").value("--output")).isEqualTo("FILE");
    }

    @Test
    void parse_flagTakesNoValue() {
        // The argument after a flag is not its value but a positional argument.
        ParsedArgs p = parse(TEST, "--strength", "c");
        assertThat(p.flag("--strength")).isTrue();
        assertThat(p.positional("CLAIM")).isEqualTo("c");
        assertThat(problem(TEST, "--strength=true", "c"))
                .isEqualTo("option '--strength' takes no value; give '--strength' alone");
    }

    @Test
    void parse_treatsDashAsPositional() {
        ParsedArgs p = parse(TEST, "-", "c");
        assertThat(p.positional("MAP")).isEqualTo("-");
        assertThat(p.positional("CLAIM")).isEqualTo("c");
        assertThat(parse(TEST, "-o", "-", "c").value("--output")).isEqualTo("-");
    }

    @Test
    void parse_doubleDashEndsOptions() {
        ParsedArgs p = parse(TEST, "--strength", "--", "--depth", "-s");
        assertThat(p.flag("--strength")).isTrue();
        assertThat(p.given("--depth")).isFalse();
        assertThat(p.flag("--short")).isFalse();
        assertThat(p.positionals()).containsExactly("--depth", "-s");
        assertThat(p.positional("MAP")).isEqualTo("--depth");
        assertThat(p.positional("CLAIM")).isEqualTo("-s");
        // A second "--" after the first is an argument like any other.
        assertThat(parse(TEST, "--", "--").positional("CLAIM")).isEqualTo("--");
    }

    @Test
    void parse_takesOptionsAndPositionalsInAnyOrder() {
        ParsedArgs p = parse(TEST, "m", "--depth", "3", "c", "-s");
        assertThat(p.positionals()).containsExactly("m", "c");
        assertThat(p.value("--depth")).isEqualTo("3");
        assertThat(p.flag("--short")).isTrue();
    }

    @Test
    void parse_takesANegativeNumberAsAValue() {
        // "-1" is no option of the command, so it is --depth's value, not an unknown option.
        assertThat(parse(TEST, "--depth", "-1", "c").wholeNumber("--depth")).isEqualTo(-1);
    }

    @Test
    void parse_rejectsMissingValue() {
        assertThat(problem(TEST, "c", "--depth")).isEqualTo("option '--depth' needs a value (N), as in '--depth=N'");
        assertThat(problem(TEST, "c", "-o")).isEqualTo("option '-o' needs a value (FILE), as in '-o FILE'");
        assertThat(problem(TEST, "c", "--output", "--")).isEqualTo("option '--output' needs a value (FILE), as in '--output=FILE'");
    }

    @Test
    void parse_rejectsAnOptionInPlaceOfAValue() {
        assertThat(problem(TEST, "--depth", "--strength", "c"))
                .isEqualTo("option '--depth' needs a value (N), as in '--depth=N'; '--strength' is an option, not a value");
        assertThat(problem(TEST, "-o", "--depth=3", "c"))
                .isEqualTo("option '-o' needs a value (FILE), as in '-o FILE'; '--depth=3' is an option, not a value");
    }

    @Test
    void parse_rejectsOptionGivenTwice() {
        assertThat(problem(TEST, "--depth", "1", "--depth=2", "c")).isEqualTo("option '--depth' is given twice; give it once");
        // Two names of one option are one option.
        assertThat(problem(TEST, "-o", "a", "--output", "b", "c")).isEqualTo("option '--output' is given twice; give it once");
        assertThat(problem(TEST, "--strength", "c", "--strength")).isEqualTo("option '--strength' is given twice; give it once");
    }

    @Test
    void parse_rejectsUnknownOptionAndSuggestsANearName() {
        assertThat(problem(TEST, "--frob", "c")).isEqualTo("Unknown option: '--frob'");
        assertThat(problem(TEST, "--frob=3", "c")).isEqualTo("Unknown option: '--frob=3'");
        assertThat(problem(TEST, "--dpeth", "3", "c")).isEqualTo("Unknown option: '--dpeth'; did you mean '--depth'?");
        assertThat(problem(TEST, "--strenght", "c")).isEqualTo("Unknown option: '--strenght'; did you mean '--strength'?");
        assertThat(problem(TEST, "--=", "c")).isEqualTo("Unknown option: '--='");
        assertThat(problem(TEST, "---depth", "c")).isEqualTo("Unknown option: '---depth'; did you mean '--depth'?");
        // A one-letter option is only suggested for a slip of case, not for any other letter.
        assertThat(problem(TEST, "-x", "c")).isEqualTo("Unknown option: '-x'");
        assertThat(problem(TEST, "-v", "c")).isEqualTo("Unknown option: '-v'; did you mean '-V'?");
    }

    @Test
    void parse_rejectsUnknownLetterInACluster() {
        assertThat(problem(TEST, "-sx", "c")).isEqualTo("Unknown option: '-sx'");
    }

    @Test
    void parse_rejectsMissingRequiredOption() {
        assertThat(problem(REQUIRED, "f"))
                .isEqualTo("the required option '--to=FORMAT' is missing; add it, as the usage line below shows");
        assertThat(parse(REQUIRED, "f", "--to", "json").value("--to")).isEqualTo("json");
    }

    @Test
    void parse_rejectsMissingRequiredParameter() {
        assertThat(problem(TEST)).isEqualTo("the required parameter CLAIM is missing; add it, as the usage line below shows");
        assertThat(problem(REQUIRED, "--to", "json"))
                .isEqualTo("the required parameter FILE is missing; add it, as the usage line below shows");
    }

    @Test
    void parse_fillsRequiredParametersBeforeOptionalOnes() {
        ParsedArgs one = parse(TEST, "c");
        assertThat(one.positional("MAP")).isNull();
        assertThat(one.positional("CLAIM")).isEqualTo("c");
        ParsedArgs two = parse(TEST, "m", "c");
        assertThat(two.positional("MAP")).isEqualTo("m");
        assertThat(two.positional("CLAIM")).isEqualTo("c");
    }

    @Test
    void parse_rejectsTooManyPositionalParameters() {
        assertThat(problem(TEST, "m", "c", "extra")).isEqualTo("unmatched argument 'extra'; give at most a MAP and a CLAIM");
        assertThat(problem(NONE, "extra")).isEqualTo("unmatched argument 'extra'; 'argmap none' takes no parameters");
    }

    @Test
    void parse_givesEveryArgumentToAParameterOfAnyCount() {
        assertThat(parse(REQUIRED, "a", "--to", "json", "b", "-", "c").positionals("FILE")).containsExactly("a", "b", "-", "c");
    }

    @Test
    void parse_rejectsEmptyStrings() {
        assertThat(problem(TEST, "")).isEqualTo("the CLAIM given is an empty string; give a CLAIM (is a shell variable unset?)");
        assertThat(problem(TEST, "--output", "", "c"))
                .isEqualTo("option '--output' is given an empty string; give a FILE (is a shell variable unset?)");
        assertThat(problem(TEST, "--output=", "c"))
                .isEqualTo("option '--output' is given an empty string; give a FILE (is a shell variable unset?)");
        assertThat(problem(TEST, "-o=", "c"))
                .isEqualTo("option '-o' is given an empty string; give a FILE (is a shell variable unset?)");
    }

    @Test
    void parse_helpAndVersionWinOverOtherProblems() {
        assertThat(parse(TEST, "--frob", "--help").flag("--help")).isTrue();
        assertThat(parse(TEST, "--depth", "-h").flag("--help")).isTrue(); // no CLAIM, and "-h" is not a value
        assertThat(parse(REQUIRED, "--version").flag("--version")).isTrue(); // no --to, no FILE
        assertThat(parse(TEST, "-sx", "-V", "a", "b", "c").flag("--version")).isTrue();
    }

    @Test
    void parse_appliesDefaultsOnlyWhenNotGiven() {
        ParsedArgs p = parse(TEST, "c");
        assertThat(p.value("--depth")).isEqualTo("2");
        assertThat(p.given("--depth")).isFalse();
        assertThat(p.value("--output")).isNull();
        assertThat(p.path("--output")).isNull();
        assertThat(p.flag("--strength")).isFalse();
        assertThat(parse(TEST, "--depth", "2", "c").given("--depth")).isTrue();
    }

    @Test
    void parse_rejectsNullArgument() {
        assertThat(problem(TEST, "c", null)).isEqualTo("argument 2 is null; pass strings only");
    }

    @Test
    void wholeNumber_acceptsSignedAsciiDigitsOnly() {
        assertThat(parse(TEST, "--depth", "+7", "c").wholeNumber("--depth")).isEqualTo(7);
        assertThat(parse(TEST, "--depth", "007", "c").wholeNumber("--depth")).isEqualTo(7);
        assertThat(parse(TEST, "--depth", "-2147483648", "c").wholeNumber("--depth")).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> parse(TEST, "--depth", "x", "c").wholeNumber("--depth"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--depth: 'x' is not a whole number; write it in digits, as in '--depth=2'");
        // Integer.parseInt would read Arabic-Indic digits; a user typing them meant something else.
        assertThatThrownBy(() -> parse(TEST, "--depth", "\u0663", "c").wholeNumber("--depth"))
                .hasMessage("--depth: '\u0663' is not a whole number; write it in digits, as in '--depth=2'");
        assertThatThrownBy(() -> parse(TEST, "--depth", "-", "c").wholeNumber("--depth"))
                .hasMessage("--depth: '-' is not a whole number; write it in digits, as in '--depth=2'");
        assertThatThrownBy(() -> parse(TEST, "--depth", "1.5", "c").wholeNumber("--depth"))
                .hasMessage("--depth: '1.5' is not a whole number; write it in digits, as in '--depth=2'");
        assertThatThrownBy(() -> parse(TEST, "--depth", "2147483648", "c").wholeNumber("--depth"))
                .hasMessage("--depth: '2147483648' is too large; give a whole number from -2147483648 to 2147483647");
    }

    @Test
    void path_rejectsANameTheSystemCannotHold() {
        assertThat(parse(TEST, "-o", "out/a.dot", "c").path("--output")).isEqualTo(Path.of("out/a.dot"));
        assertThatThrownBy(() -> parse(TEST, "-o", "a\u0000b", "c").path("--output"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--output: 'a\\u0000b' is not a file name this system accepts: ");
    }

    @Test
    void parse_readsUnicodeArgumentsAsTheyAre() {
        ParsedArgs p = parse(TEST, "Türkiye-карта.json", "ζ-🙂", "-o", "اخراج.dot");
        assertThat(p.positional("MAP")).isEqualTo("Türkiye-карта.json");
        assertThat(p.positional("CLAIM")).isEqualTo("ζ-🙂");
        assertThat(p.value("--output")).isEqualTo("اخراج.dot");
        // A typographic dash is not an option dash: the argument is positional.
        assertThat(parse(TEST, "\u2014strength").positional("CLAIM")).isEqualTo("\u2014strength");
        assertThat(problem(TEST, "--stréngth", "c")).isEqualTo("Unknown option: '--stréngth'; did you mean '--strength'?");
    }

    @Test
    void parse_hundredThousandArgumentsTakeOnePass() {
        String[] many = new String[100_000];
        Arrays.fill(many, "f");
        many[0] = "--to=json";
        ParsedArgs p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(REQUIRED, many));
        assertThat(p.positionals("FILE")).hasSize(99_999);
        String[] flags = new String[100_000];
        Arrays.fill(flags, "--strength");
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problem(TEST, flags));
        assertThat(message).isEqualTo("option '--strength' is given twice; give it once");
        String[] extra = new String[100_000];
        Arrays.fill(extra, "x");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problem(TEST, extra)))
                .isEqualTo("unmatched argument 'x'; give at most a MAP and a CLAIM");
    }

    @Test
    void parse_tenMegabyteArgumentGivesAShortMessage() {
        String huge = "--" + "x".repeat(10_000_000);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problem(TEST, huge, "c"));
        assertThat(message).isEqualTo("Unknown option: '--" + "x".repeat(198) + "… (10000002 characters)'");
        String value = "v".repeat(10_000_000);
        assertThat(parse(TEST, "-o", value, "c").value("--output")).hasSize(10_000_000);
    }

    @Test
    void shown_escapesWhatWouldBreakOrReorderTheLine() {
        assertThat(ArgsParser.shown("a\nb\tc\rd")).isEqualTo("a\\nb\\tc\\rd");
        assertThat(ArgsParser.shown("\u001b[31mred")).isEqualTo("\\u001B[31mred");
        assertThat(ArgsParser.shown("abc\u202Edef")).isEqualTo("abc\\u202Edef"); // right-to-left override
        assertThat(ArgsParser.shown("x\uD800y")).isEqualTo("x\\uD800y"); // a lone surrogate
        assertThat(ArgsParser.shown("🙂é")).isEqualTo("🙂é");
        assertThat(ArgsParser.shown("")).isEmpty();
    }

    @Test
    void closest_suggestsOnlyNearNames() {
        assertThat(ArgsParser.closest("sumary", Argmap.COMMANDS)).isEqualTo("summary");
        assertThat(ArgsParser.closest("DOT", Argmap.COMMANDS)).isEqualTo("dot");
        assertThat(ArgsParser.closest("dto", Argmap.COMMANDS)).isEqualTo("dot");
        assertThat(ArgsParser.closest("ext", Argmap.COMMANDS)).isEqualTo("extensions");
        assertThat(ArgsParser.closest("validat", Argmap.COMMANDS)).isEqualTo("validate");
        assertThat(ArgsParser.closest("s", Argmap.COMMANDS)).isNull(); // summary, show or strength
        assertThat(ArgsParser.closest("frobnicate", Argmap.COMMANDS)).isNull();
        assertThat(ArgsParser.closest("x".repeat(1_000_000), Argmap.COMMANDS)).isNull();
    }

    @Test
    void aDeclaredNameOfSeveralLettersAfterOneDash_isThatOption_notACluster() {
        CommandSpec spec = new CommandSpec("x", "X.", List.of(), List.of(),
                List.of(OptionSpec.value("-f", "--file", "FILE", "F."), new OptionSpec(List.of("-fo", "--format"), "FORMAT",
                        "Format.", null, false), OptionSpec.flag("-o", "--other", "O.")));
        ParsedArgs parsed = ArgsParser.parse(spec, new String[] {"-f", "a.i23", "-fo", "i23"}, 0, 4);
        assertThat(parsed.value("--file")).isEqualTo("a.i23");
        assertThat(parsed.value("--format")).isEqualTo("i23");
        // Undeclared, -of is still the cluster -o -f with the value that follows.
        ParsedArgs cluster = ArgsParser.parse(spec, new String[] {"-of", "b.i23"}, 0, 2);
        assertThat(cluster.flag("--other")).isTrue();
        assertThat(cluster.value("--file")).isEqualTo("b.i23");
    }

    @Test
    void specs_refuseDeclarationsThatCouldNotBeParsed() {
        // Several letters after one dash are one option (ICCMA's -fo); anything else there is refused.
        assertThatThrownBy(() -> OptionSpec.flag("-a1", "a digit")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionSpec.flag("-a-b", "a dash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionSpec.flag("--a=b", "an equals sign")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionSpec.flag("--x", "a flag").withDefault("1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandSpec("x", "X.", List.of(), List.of(),
                List.of(OptionSpec.flag("-h", "--hide", "Clashes with -h, --help."))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommandSpec("x", "X.", List.of(),
                List.of(ParameterSpec.oneOrMore("A", "A."), ParameterSpec.oneOrMore("B", "B.")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCommandsTable_isValidAndNamesItsOptionsOnce() {
        for (String name : Argmap.COMMANDS) {
            CommandSpec spec = Argmap.spec(name);
            assertThat(spec).as(name).isNotNull();
            assertThat(spec.name()).isEqualTo(name);
            Set<String> keys = new HashSet<>();
            for (OptionSpec o : spec.allOptions()) {
                assertThat(keys.add(o.key())).as(name + " " + o.key()).isTrue();
            }
        }
        assertThat(Argmap.spec("frobnicate")).isNull();
    }

    // Through the whole command: argmap's own options, the command's name, and the command's arguments.

    @Test
    void run_debugHelpAndVersionWorkBeforeAndAfterTheCommand() {
        assertThat(CliRun.run("--debug", "list").code()).isZero();
        assertThat(CliRun.run("list", "--debug").code()).isZero();
        CliRun after = CliRun.run("summary", "no-such-map.json", "--debug");
        assertThat(after.code()).isEqualTo(1);
        assertThat(after.err()).contains("\tat ").contains("no-such-map.json: no such file");
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"dot", "--version"},
                new String[] {"show", "-V"}, new String[] {"help", "--version"})) {
            CliRun r = CliRun.run(args);
            assertThat(r.code()).as(Arrays.toString(args)).isZero();
            assertThat(r.out().lines().toList()).as(Arrays.toString(args)).hasSize(2)
                    .satisfies(lines -> assertThat(lines.get(0)).startsWith("argmap "))
                    .satisfies(lines -> assertThat(lines.get(1)).isEqualTo("Java " + System.getProperty("java.version")));
        }
    }

    @Test
    void run_doubleDashBeforeTheCommandEndsArgmapsOptions() {
        assertThat(CliRun.run("--", "list").code()).isZero();
        assertThat(CliRun.run("--debug", "--", "list").code()).isZero();
        CliRun r = CliRun.run("--");
        assertThat(r.code()).isEqualTo(Argmap.USAGE);
        assertThat(r.err()).startsWith("argmap: a command is required\n");
    }

    @Test
    void run_unknownCommandSaysWhereTheCommandsAreAndSuggestsANearOne() {
        assertThat(CliRun.run("frobnicate").err()).isEqualTo("""
                argmap: unknown command 'frobnicate'; 'argmap --help' lists the commands
                Usage: argmap [-hV] [--debug] COMMAND
                Try 'argmap --help' for more.
                """);
        assertThat(CliRun.run("sumary", "panel").err())
                .startsWith("argmap: unknown command 'sumary'; did you mean 'summary'? 'argmap --help' lists the commands\n");
        assertThat(CliRun.run("help", "sho").err())
                .startsWith("argmap: unknown command 'sho'; did you mean 'show'? 'argmap --help' lists the commands\n");
        assertThat(CliRun.run("-").err()).startsWith("argmap: unknown command '-'; 'argmap --help' lists the commands\n");
        assertThat(CliRun.run("").err()).startsWith("argmap: unknown command ''; 'argmap --help' lists the commands\n");
    }

    @Test
    void run_usageErrorIsMessageSynopsisAndPointerOnStandardError() {
        CliRun r = CliRun.run("show", "panel", "a", "b");
        assertThat(r.code()).isEqualTo(Argmap.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                argmap: unmatched argument 'b'; give at most a MAP and a CLAIM
                Usage: argmap show [-hV] [--debug] [MAP] CLAIM
                Try 'argmap show --help' for more.
                """);
        CliRun top = CliRun.run("--frob", "list");
        assertThat(top.err()).isEqualTo("""
                argmap: Unknown option: '--frob'
                Usage: argmap [-hV] [--debug] COMMAND
                Try 'argmap --help' for more.
                """);
    }

    @Test
    void run_badValuesAreUsageErrorsBeforeAnyMapIsRead() {
        // The map does not exist: a usage error first shows that the arguments were checked before reading it.
        CliRun r = CliRun.run("dot", "no-such-map.json", "--wrap", "wide");
        assertThat(r.code()).isEqualTo(Argmap.USAGE);
        assertThat(r.err()).startsWith("argmap: --wrap: 'wide' is not a whole number; write it in digits, as in '--wrap=34'\n");
        CliRun path = CliRun.run("summary", "-o", "a\u0000b");
        assertThat(path.code()).isEqualTo(Argmap.USAGE);
        assertThat(path.err()).startsWith("argmap: --output: 'a\\u0000b' is not a file name this system accepts:");
    }

    @Test
    void run_hostileArgumentsGiveAClearUsageErrorAndNoStackTrace() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"summary", "--="});
        cases.add(new String[] {"summary", "-="});
        cases.add(new String[] {"summary", ""});
        cases.add(new String[] {"dot", "--focus", ""});
        cases.add(new String[] {"validate", "--"});
        cases.add(new String[] {"--", "--"});
        cases.add(new String[] {"summary", "x".repeat(10_000_000), "y"});
        cases.add(new String[] {"show", "--" + "\n".repeat(1000)});
        cases.add(new String[] {null});
        cases.add(new String[] {"summary", null});
        String[] many = new String[100_000];
        Arrays.fill(many, "--debug");
        many[0] = "list";
        cases.add(many);
        for (String[] args : cases) {
            CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.run(args));
            String what = args.length > 3 ? args.length + " arguments" : ArgsParser.shown(Arrays.toString(args));
            assertThat(r.code()).as(what).isEqualTo(Argmap.USAGE);
            List<String> lines = r.err().lines().toList();
            assertThat(lines.get(0)).as(what).startsWith("argmap: ").hasSizeLessThan(700);
            assertThat(lines.get(lines.size() - 1)).as(what).startsWith("Try 'argmap");
            assertThat(r.err()).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void run_parsedValuesReachTheCommand() {
        // --output=FILE, -oFILE and options after the positional all reach summary.
        Map<String, String[]> forms = Map.of(
                "long", new String[] {"summary", "nixon", "--format=text", "--output=%s"},
                "attached", new String[] {"summary", "--format", "text", "-o%s", "nixon"},
                "dashes", new String[] {"summary", "--format", "text", "-o", "%s", "--", "nixon"});
        forms.forEach((name, template) -> {
            Path out;
            try {
                out = java.nio.file.Files.createTempFile("argmap-" + name, ".txt");
                String[] args = template.clone();
                for (int i = 0; i < args.length; i++) {
                    args[i] = args[i].replace("%s", out.toString());
                }
                CliRun r = CliRun.run(args);
                assertThat(r.code()).as(name + ": " + r.err()).isZero();
                assertThat(java.nio.file.Files.readString(out)).as(name).startsWith("The Nixon diamond");
                java.nio.file.Files.delete(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
