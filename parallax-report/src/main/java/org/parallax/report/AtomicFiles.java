package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes outputs so that a failed run leaves the earlier ones whole: a file is written beside its
 * target and moved into place; a folder is filled beside its target and swapped in.
 */
public final class AtomicFiles {

    /** Writes to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream stream) throws IOException;
    }

    /** Fills a folder. */
    @FunctionalInterface
    public interface FolderWriter {
        void write(Path folder) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes a file to a temporary file beside the target, then moves it into place. */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            // Temporary files are private (rw-------); outputs are ordinary files others may read.
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                writer.write(stream);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Fills a temporary folder beside the target, then puts it in the target's place: the earlier
     * folder is moved aside, the new one moved in, the earlier one deleted. A failure while filling
     * leaves the earlier folder untouched.
     */
    public static void replaceFolder(Path target, FolderWriter writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        Path earlier = null;
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            writer.write(temporary);
            if (Files.exists(target)) {
                earlier = Files.createTempDirectory(parent, "." + target.getFileName() + "-old-");
                Files.delete(earlier);
                move(target, earlier);
            }
            move(temporary, target);
        } finally {
            deleteTree(temporary);
            if (earlier != null) {
                deleteTree(earlier);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            // Not atomic on this file system (or a non-empty folder in the way): the move is still whole.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
