package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input file, as the user named it, with the size limit that applies to what is read from it.
 *
 * @param path     where the file is
 * @param name     how messages name it: the path as the user gave it, or as found under a folder they gave
 * @param maxBytes the most bytes one document read from it may have (after decompression)
 */
public record Input(Path path, String name, long maxBytes) {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    public Input {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** The file's bytes as stored, compressed or not. */
    public InputStream openRaw() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path));
    }

    /** Whether the file starts with the gzip magic bytes, whatever its name says. */
    public boolean gzipped() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        }
    }

    /** The file's content, decompressed when it is gzip. */
    public InputStream open() throws IOException {
        return open(gzipped());
    }

    private InputStream open(boolean gzipped) throws IOException {
        InputStream raw = openRaw();
        return gzipped ? new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024)) : raw;
    }

    /**
     * The whole decompressed content, at most {@link #maxBytes()} of it.
     *
     * @throws BadInputException when it is larger than the limit, or its gzip data is truncated or corrupt
     */
    public byte[] readAll() throws IOException, BadInputException {
        boolean gzipped = gzipped();
        long size = Files.size(path);
        if (!gzipped && size > maxBytes) {
            throw BadInputException.tooLarge(size, maxBytes);
        }
        try (InputStream in = open(gzipped)) {
            return readLimited(in, maxBytes);
        } catch (EOFException e) {
            throw new BadInputException("truncated gzip: the compressed data ends before its end marker");
        } catch (ZipException e) {
            throw new BadInputException("corrupt gzip data (" + e.getMessage() + ")");
        }
    }

    /** Reads a stream to its end, failing once it passes {@code limit} bytes. */
    public static byte[] readLimited(InputStream in, long limit) throws IOException, BadInputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw BadInputException.tooLarge(total, limit);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
