package org.parallax.ingest.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without holding more than one line,
 * and no more than a set number of bytes of it, in memory. Not thread-safe: one per stream.
 */
final class LineSplitter {

    /**
     * One line.
     *
     * @param bytes  its bytes without the line end, empty when it was too long
     * @param length its full length in bytes
     * @param tooLong whether it passed the limit (its bytes were then dropped)
     */
    record Line(byte[] bytes, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;
    private boolean first = true;

    LineSplitter(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or empty at the end of the stream. */
    Optional<Line> next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? Optional.of(finish(line, length)) : Optional.empty();
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            length += count;
            if (length <= limit) {
                line.write(buffer, start, count);
            } else if (line.size() > 0) {
                line.reset();
            }
            if (position < filled) {
                position++;
                return Optional.of(finish(line, length));
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        byte[] bytes = line.toByteArray();
        int begin = 0;
        int end = bytes.length;
        if (first && end >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            begin = 3;
        }
        first = false;
        if (end > begin && bytes[end - 1] == '\r') {
            end--;
        }
        if (length > limit) {
            return new Line(new byte[0], length, true);
        }
        byte[] trimmed = begin == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, begin, end);
        return new Line(trimmed, length, false);
    }
}
