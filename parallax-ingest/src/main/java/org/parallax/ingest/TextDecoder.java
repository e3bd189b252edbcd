package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text, with a clear refusal of what is not text.
 *
 * <p>Order of decisions: empty input and binary content are refused; a byte-order mark wins; then
 * a charset the document declares (an HTML {@code <meta charset>}, an HTTP header); then strict
 * UTF-8. Bytes that are not UTF-8 are handed to juniversalchardet (Mozilla's detector) only when
 * they hold no valid multi-byte UTF-8 sequence at all, i.e. when the file is plainly in a legacy
 * single-byte or CJK encoding; a file that is UTF-8 in places and broken in others is refused as
 * invalid UTF-8 with the byte offset, because guessing would silently corrupt its text.
 */
public final class TextDecoder {

    /** How much of the start of a file is examined for binary content and declared charsets. */
    private static final int SNIFF_BYTES = 8 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** Decodes a document that declares no charset of its own (plain text, JSON). */
    public static String decode(byte[] bytes) throws BadInputException {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes bytes to text.
     *
     * @param declared a charset named by the document or its transport, tried before detection
     * @throws BadInputException when the input is empty, binary, or invalid UTF-8
     */
    public static String decode(byte[] bytes, Optional<String> declared) throws BadInputException {
        return decode(bytes, declared, false);
    }

    /**
     * Decodes a web page as browsers do: like {@link #decode(byte[], Optional)}, except that a page in
     * UTF-8 with a few stray bytes of another charset (a page edited in two editors) is read with each
     * stray byte as U+FFFD, and a page that declares UTF-8 without holding any is read in the charset
     * detected, instead of being refused: the user saved it and saw it whole.
     *
     * @param declared a charset named by the page or its transport, tried before detection
     * @throws BadInputException when the input is empty or binary
     */
    public static String decodePage(byte[] bytes, Optional<String> declared) throws BadInputException {
        return decode(bytes, declared, true);
    }

    private static String decode(byte[] bytes, Optional<String> declared, boolean lenient) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return checkNotBlank(new String(bytes, skip, bytes.length - skip, bom.get()));
        }
        refuseBinary(bytes);
        Optional<Charset> charset = declared.flatMap(TextDecoder::charset);
        if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)
                && !charset.get().name().equalsIgnoreCase("US-ASCII")) {
            return checkNotBlank(new String(bytes, charset.get()));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes));
            return checkNotBlank(decoded.toString());
        } catch (CharacterCodingException e) {
            int invalidAt = firstInvalidUtf8(bytes);
            boolean multiByte = hasMultiByteUtf8(bytes);
            if (lenient && multiByte) {
                return checkNotBlank(new String(bytes, StandardCharsets.UTF_8));
            }
            if (!lenient && (charset.isPresent() || multiByte)) {
                throw new BadInputException("invalid UTF-8: byte 0x"
                        + String.format(Locale.ROOT, "%02X", bytes[invalidAt] & 0xff)
                        + " does not fit the UTF-8 text around it", "byte " + invalidAt);
            }
            Charset detected = detect(bytes).orElse(Charset.forName("windows-1252"));
            return checkNotBlank(new String(bytes, detected));
        }
    }

    /** The charset an HTML page declares in its first bytes, if any. */
    public static Optional<String> declaredHtmlCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the bytes look like binary data rather than text. */
    public static boolean looksBinary(byte[] bytes) {
        try {
            refuseBinary(bytes);
            return false;
        } catch (BadInputException e) {
            return true;
        }
    }

    private static void refuseBinary(byte[] bytes) throws BadInputException {
        Optional<String> kind = knownBinaryKind(bytes);
        if (kind.isPresent()) {
            throw new BadInputException("binary file (" + kind.get() + "), not text, HTML, a feed or an archive");
        }
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new BadInputException("binary file (NUL byte), not text", "byte " + i);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        if (control > limit / 10) {
            throw new BadInputException("binary file (" + control + " control bytes in its first " + limit + "), not text");
        }
    }

    private static Optional<String> knownBinaryKind(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return Optional.of("PDF");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return Optional.of("ZIP archive");
        }
        if (startsWith(bytes, "\u0089PNG")) {
            return Optional.of("PNG image");
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of("JPEG image");
        }
        if (startsWith(bytes, "GIF8")) {
            return Optional.of("GIF image");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset()).flatMap(TextDecoder::charset);
    }

    /** Whether the bytes hold at least one well-formed UTF-8 multi-byte sequence. */
    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int length = utf8SequenceLength(bytes, i);
            if (length > 1) {
                return true;
            }
        }
        return false;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int length = utf8SequenceLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return bytes.length - 1;
    }

    /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if none starts there. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xff;
        int length;
        if (lead < 0x80) {
            return 1;
        } else if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private static String checkNotBlank(String text) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException("empty file (only white space)");
        }
        return text;
    }
}
