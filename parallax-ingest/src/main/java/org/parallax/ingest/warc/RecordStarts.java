package org.parallax.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import org.parallax.ingest.Input;

/**
 * Finds where the next WARC record may start after a break, so that reading can go on past a
 * broken record: in a gzipped archive (one gzip member per record, as the WARC standard advises),
 * the next gzip member header ({@code 1f 8b 08}); in a plain archive, the next line that starts
 * with {@code WARC/1.}. jwarc reads a stream and has no such recovery, hence this scanner.
 */
final class RecordStarts {

    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 0x08};
    private static final byte[] VERSION_LINE = {'W', 'A', 'R', 'C', '/', '1', '.'};

    private RecordStarts() {
    }

    /** The offset of the first record start after {@code after}, if any. */
    static OptionalLong next(Input input, long after, boolean gzipped) throws IOException {
        byte[] signature = gzipped ? GZIP_MEMBER : VERSION_LINE;
        try (InputStream in = new BufferedInputStream(input.openRaw(), 1 << 16)) {
            long position = skip(in, after + 1);
            int previous = gzipped ? -1 : '\n';
            int matched = 0;
            long start = -1;
            for (int next = in.read(); next >= 0; next = in.read(), position++) {
                if (matched > 0 && next == (signature[matched] & 0xff)) {
                    matched++;
                } else if ((gzipped || previous == '\n') && next == (signature[0] & 0xff)) {
                    matched = 1;
                    start = position;
                } else {
                    matched = 0;
                }
                if (matched == signature.length) {
                    return OptionalLong.of(start);
                }
                previous = next;
            }
            return OptionalLong.empty();
        }
    }

    /** A stream of the archive from {@code offset} on. */
    static InputStream from(Input input, long offset) throws IOException {
        InputStream in = input.openRaw();
        try {
            if (skip(in, offset) < offset) {
                throw new IOException("the archive ends before byte " + offset);
            }
            return in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static long skip(InputStream in, long count) throws IOException {
        long skipped = 0;
        while (skipped < count) {
            long step = in.skip(count - skipped);
            if (step <= 0) {
                if (in.read() < 0) {
                    return skipped;
                }
                step = 1;
            }
            skipped += step;
        }
        return skipped;
    }
}
