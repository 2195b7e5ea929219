package io.github.argmap.examples.cli;

import io.github.argmap.examples.ExampleMaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code argmap list}: the bundled example maps. */
@Command(name = "list", description = "List the bundled example maps.")
final class ListCommand implements Runnable {
    @ParentCommand
    Argmap top;

    @Override
    public void run() {
        for (ExampleMaps.Example e : ExampleMaps.all()) {
            top.out.printf("%-8s  %s%n", e.name(), e.description());
        }
    }
}
