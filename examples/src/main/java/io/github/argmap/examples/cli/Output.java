package io.github.argmap.examples.cli;

import static io.github.argmap.examples.cli.CliMessages.format;

import io.github.argmap.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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

    /**
     * Streams a large text to standard output, or through {@code toFile} (which writes atomically)
     * to a file: a diagram or digest of a big map is never built as one string.
     *
     * @param file the file, or null for standard output
     * @param out standard output
     * @param toStream writes the text as bytes to a stream
     * @param toFile writes the text to a file, atomically
     */
    static void stream(Path file, PrintStream out, AtomicFiles.Content toStream, FileWriter toFile) {
        if (file != null) {
            writeFile(file, toFile);
            return;
        }
        try {
            toStream.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintStream reports failure through checkError, never by throwing
        }
        out.flush();
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
