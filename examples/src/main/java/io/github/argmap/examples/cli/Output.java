package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Sends a command's text to standard output or, atomically, to a file. */
final class Output {
    private Output() {}

    static void write(Path file, String text, PrintStream out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        writeFile(file, text);
    }

    static void writeFile(Path file, String text) {
        writeFile(file, target -> AtomicFiles.writeString(target, text));
    }

    /** Runs a writer that creates {@code file} itself (atomically), turning its failure into one line. */
    static void writeFile(Path file, FileWriter writer) {
        try {
            writer.write(file);
        } catch (IOException e) {
            throw new CliException(format(CliMessages.CANNOT_WRITE, file, MapInput.reason(e)), e);
        }
    }

    /** Something that writes a whole file, such as {@code DotWriter.write(map, options, path)}. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file) throws IOException;
    }
}
