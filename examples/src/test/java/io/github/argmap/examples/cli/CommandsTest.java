package io.github.argmap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandsTest {
    @Test
    void everyRegisteredCommand_hasASpecOfItsOwnName_andAFactory_exceptHelp() {
        assertThat(Commands.names()).doesNotHaveDuplicates().contains("help", "demo", "summary");
        for (String name : Commands.names()) {
            Commands.Entry e = Commands.find(name);
            assertThat(e.spec().get().name()).as(name).isEqualTo(name);
            assertThat(e.spec().get().summary()).as(name).isEqualTo(e.summary());
            assertThat(e.factory() == null).as(name).isEqualTo(name.equals("help"));
        }
        assertThat(Commands.find("frobnicate")).isNull();
    }

    @Test
    void theProgram_listsExactlyTheRegisteredCommands_inRegistryOrder() {
        assertThat(Argmap.COMMANDS).isEqualTo(Commands.names());
    }
}
