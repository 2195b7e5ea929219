package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help of the argmap command: the layout on a small command declared here, worked out by
 * hand, and then what every real command's help must show.
 */
class HelpFormatterTest {
    private static final CommandSpec TEST = new CommandSpec("test", "Test the formatter.", List.of("A second paragraph."),
            List.of(ParameterSpec.optional("MAP", "The map."), ParameterSpec.required("CLAIM", "The claim.")),
            List.of(OptionSpec.value("-o", "--output", "FILE", "Where to write."),
                    OptionSpec.value("--depth", "N", "How far.").withDefault("2"),
                    OptionSpec.flag("--strength", "Show strength."),
                    OptionSpec.value("--to", "FORMAT", "The format.").asRequired()));

    /** Joins wrapped lines, so that a description can be found whole whatever its wrapping. */
    private static String unwrapped(String text) {
        return text.replaceAll(" *\n *", " ");
    }

    @Test
    void synopsis_listsCommonOptionsFlagsValuesRequiredThenParametersAndWrapsUnderTheName() {
        // One line would be 93 characters: --to=FORMAT would end at column 81, so it starts the
        // second line, under the first option (column 20).
        assertThat(HelpFormatter.synopsis(TEST)).isEqualTo("""
                Usage: argmap test [-hV] [--debug] [--strength] [-o FILE] [--depth=N]
                                   --to=FORMAT [MAP] CLAIM
                """);
    }

    @Test
    void help_alignsTwoColumnsInSections() {
        assertThat(HelpFormatter.help(TEST, List.of("Footer line."))).isEqualTo("""
                Usage: argmap test [-hV] [--debug] [--strength] [-o FILE] [--depth=N]
                                   --to=FORMAT [MAP] CLAIM

                Test the formatter.
                A second paragraph.

                Parameters:
                  [MAP]               The map.
                  CLAIM               The claim.

                Options:
                  -o, --output=FILE   Where to write.
                      --depth=N       How far.
                      --strength      Show strength.
                      --to=FORMAT     The format.
                      --debug         Show stack traces of errors.
                  -h, --help          Show this help message and exit.
                  -V, --version       Print version information and exit.

                Footer line.
                """);
    }

    @Test
    void help_putsTheDescriptionOfAVeryLongNameOnTheNextLine() {
        CommandSpec spec = new CommandSpec("long", "Long names.", List.of(), List.of(),
                List.of(OptionSpec.value("--a-very-long-option-name", "SOMETHING", "Its description.")));
        // The first column stops growing at 30; "      --a-very-long-option-name=SOMETHING" is 41 wide.
        assertThat(HelpFormatter.help(spec, List.of())).isEqualTo("""
                Usage: argmap long [-hV] [--debug] [--a-very-long-option-name=SOMETHING]

                Long names.

                Options:
                      --a-very-long-option-name=SOMETHING
                                              Its description.
                      --debug                 Show stack traces of errors.
                  -h, --help                  Show this help message and exit.
                  -V, --version               Print version information and exit.
                """);
    }

    @Test
    void wrap_breaksAtSpacesAndNeverCutsAWord() {
        StringBuilder out = new StringBuilder();
        String word = "w".repeat(100);
        HelpFormatter.wrap(out, "short " + word + " end", 0, 4);
        assertThat(out).hasToString("short\n    " + word + "\n    end\n");
        StringBuilder sentence = new StringBuilder("ab");
        HelpFormatter.wrap(sentence, "one two", 3, 5);
        assertThat(sentence).hasToString("ab   one two\n");
    }

    @Test
    void help_listsEveryOptionOfTheCommand() {
        for (String name : Argmap.COMMANDS) {
            CommandSpec spec = Argmap.spec(name);
            CliRun r = CliRun.run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.err()).as(name).isEmpty();
            String help = r.out();
            String options = help.substring(help.indexOf("\nOptions:\n"));
            for (OptionSpec o : spec.allOptions()) {
                String label = (o.shortName() == null ? "      " : "  " + o.shortName() + ", ") + o.key()
                        + (o.isFlag() ? "" : "=" + o.paramLabel());
                assertThat(options).as(name + " " + o.key()).contains("\n" + label + " ");
                assertThat(unwrapped(options)).as(name + " " + o.key()).contains(o.description());
            }
            for (ParameterSpec p : spec.parameters()) {
                String parameters = help.substring(help.indexOf("\nParameters:\n"), help.indexOf("\nOptions:\n"));
                assertThat(parameters).as(name + " " + p.label()).contains("\n  " + p.synopsis() + " ");
                assertThat(unwrapped(parameters)).as(name + " " + p.label()).contains(p.description());
            }
            assertThat(unwrapped(help)).as(name).contains(Argmap.summary(name));
            for (String detail : spec.details()) {
                assertThat(unwrapped(help)).as(name).contains(detail);
            }
        }
    }

    @Test
    void help_topLevelListsEveryCommandInOrder() {
        CliRun r = CliRun.run("--help");
        assertThat(r.code()).isZero();
        String help = r.out();
        assertThat(help).startsWith("""
                Usage: argmap [-hV] [--debug] COMMAND

                Argument maps of debates: summarise them, draw them, and find which claims
                stand.
                """);
        String section = help.substring(help.indexOf("\nCommands:\n") + "\nCommands:\n".length());
        section = section.substring(0, section.indexOf("\n\n") + 1);
        List<String> names = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (line.charAt(2) != ' ') {
                names.add(line.substring(2, line.indexOf(' ', 2)));
            }
        }
        assertThat(names).isEqualTo(Argmap.COMMANDS);
        for (String name : Argmap.COMMANDS) {
            // Each summary whole: a sentence, never cut at the end of its first line.
            assertThat(Argmap.summary(name)).as(name).endsWith(".");
            assertThat(unwrapped(section)).as(name).contains(name + " ".repeat(12 - name.length()) + Argmap.summary(name));
        }
        assertThat(help).endsWith("\n" + String.join("\n", Argmap.FOOTER) + "\n");
    }

    @Test
    void help_isTheSameHoweverItIsAskedFor() {
        String dot = CliRun.run("dot", "--help").out();
        assertThat(CliRun.run("dot", "-h").out()).isEqualTo(dot);
        assertThat(CliRun.run("help", "dot").out()).isEqualTo(dot);
        assertThat(CliRun.run("--help", "dot").out()).isEqualTo(dot);
        assertThat(CliRun.run("dot", "--frob", "--help").out()).isEqualTo(dot);
        String top = CliRun.run("--help").out();
        assertThat(CliRun.run("-h").out()).isEqualTo(top);
        assertThat(CliRun.run("help").out()).isEqualTo(top);
        assertThat(CliRun.run("--help", "frobnicate").out()).isEqualTo(top);
        assertThat(CliRun.run("help", "--help").out()).startsWith("Usage: argmap help [-hV] [--debug] [COMMAND]\n");
    }

    @Test
    void help_everyLineFitsInEightyColumns() {
        List<String> helps = new ArrayList<>();
        helps.add(CliRun.run("--help").out());
        for (String name : Argmap.COMMANDS) {
            helps.add(CliRun.run(name, "--help").out());
        }
        for (String help : helps) {
            assertThat(help.lines()).as(help.lines().findFirst().orElseThrow())
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(HelpFormatter.WIDTH));
        }
    }

    @Test
    void help_explainsMapOnlyForCommandsThatReadOne() {
        assertThat(CliRun.run("dot", "--help").out()).endsWith("\n" + String.join("\n", Argmap.FOOTER) + "\n");
        assertThat(CliRun.run("extensions", "--help").out()).contains("MAP is a file");
        String list = CliRun.run("list", "--help").out();
        assertThat(list).doesNotContain("MAP").endsWith("\nExit codes: 0 success, 1 invalid input, 2 usage error.\n");
    }

    @Test
    void usageError_showsTheSameSynopsisAsTheHelp() {
        for (String name : Argmap.COMMANDS) {
            String help = CliRun.run(name, "--help").out();
            String synopsis = help.substring(0, help.indexOf("\n\n") + 1);
            CliRun r = CliRun.run(name, "--frob");
            assertThat(r.err()).as(name).isEqualTo("argmap: Unknown option: '--frob'\n" + synopsis
                    + "Try 'argmap " + name + " --help' for more.\n");
        }
    }
}
