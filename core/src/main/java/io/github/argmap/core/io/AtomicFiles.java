package io.github.argmap.core.io;

import io.github.argmap.core.internal.Messages;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a failure never leaves a half-written file behind.
 *
 * <p>The content goes to a temporary file in the target's directory, is forced to disk, and is
 * then moved over the target in one atomic step. When anything fails, the temporary file is
 * removed and the previous target, if any, is untouched.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("panel.dot"), out -> out.write(dot.getBytes(StandardCharsets.UTF_8)));
 * }</pre>
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes bytes to a stream; may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically.
     *
     * @param target the file to create or replace
     * @param content what to write
     * @throws IOException when the target is a directory, the directory cannot be written, the content
     *     fails, or the move fails;
     *     the target is then as it was before
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Found only at the final move otherwise, after all the work, with the temporary file's name.
        if (Files.isDirectory(absolute)) {
            throw new IOException(Messages.format(Messages.CANNOT_WRITE, target, "it is a directory"));
        }
        Path dir = absolute.getParent();
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    // Temporary files are created owner-only; a written map or diagram should be as readable as
    // the file it replaces, or as an ordinary new file.
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /**
     * Writes a string as UTF-8 atomically.
     *
     * @param target the file to create or replace
     * @param text the text
     * @throws IOException as {@link #write(Path, Content)}
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
