package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsTest {
    @Test
    void everyRegisteredCommand_hasASpecOfItsOwnName_andHelpIsAnsweredByTheProgram() {
        assertThat(Commands.names()).doesNotHaveDuplicates().contains("help", "demo", "summary");
        for (String name : Commands.names()) {
            Commands e = Commands.find(name);
            assertThat(e.commandName()).isEqualTo(name);
            assertThat(e.spec().name()).as(name).isEqualTo(name);
            assertThat(e.spec().summary()).as(name).isEqualTo(e.summary());
            if (!name.equals("help")) {
                // Its own options are read: an unknown one is refused with its usage line.
                assertThat(CliRun.run(name, "--no-such-option").err()).as(name).contains("argmap " + name);
            }
        }
        assertThat(Commands.HELP.create(null, null)).as("help is answered by Argmap").isNull();
        assertThat(Commands.find("frobnicate")).isNull();
    }

    @Test
    void theProgram_listsExactlyTheRegisteredCommands_inRegistryOrder() {
        assertThat(Argmap.COMMANDS).isEqualTo(Commands.names());
    }
}
