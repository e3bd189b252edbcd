package org.parallax.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 20MB}, {@code 512k}, {@code 1.5 GiB}, {@code 1000}. */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b?)", Pattern.CASE_INSENSITIVE);

    private ByteSize() {
    }

    /** Parses a size; units are binary (1 MB = 1024 × 1024 bytes), as disk tools show them. */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (expected e.g. 20MB, 512KB, 1GB)");
        }
        double value = Double.parseDouble(matcher.group(1));
        int power = "kmgt".indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1;
        return (long) (value * Math.pow(1024, power));
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
