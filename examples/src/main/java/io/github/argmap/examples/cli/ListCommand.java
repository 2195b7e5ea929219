package io.github.argmap.examples.cli;

import io.github.argmap.examples.ExampleMaps;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code argmap list}: the bundled example maps. */
final class ListCommand implements Callable<Integer> {
    /** The command, which takes no parameters and only the options every command has. */
    static final CommandSpec SPEC = new CommandSpec("list", Argmap.summary("list"), List.of(), List.of(), List.of());

    private final Argmap top;

    /**
     * A run of the command.
     *
     * @param top the running command line, for its streams
     */
    ListCommand(Argmap top) {
        this.top = top;
    }

    @Override
    public Integer call() {
        for (ExampleMaps.Example e : ExampleMaps.all()) {
            top.out.printf("%-8s  %s%n", e.name(), e.description());
        }
        return 0;
    }
}
