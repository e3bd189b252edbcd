package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A search page's cursor: the sort values of its last hit (score, date, article id, as the sort of
 * {@link SearchSort} has them), written as an opaque URL-safe string. Because every sort ends with
 * the article id, no two hits tie, so the next page starts right after that hit even when articles
 * were indexed in between (by relevance, scores shift as the index grows: the order is the one at
 * the time of each page).
 */
final class SearchCursor {

    private static final String VERSION = "1";

    private SearchCursor() {
    }

    static String encode(FieldDoc last, SearchSort sort) {
        StringBuilder text = new StringBuilder(VERSION).append('|').append(sort.name()).append('|').append(last.doc);
        for (Object value : last.fields) {
            text.append('|');
            if (value instanceof Float number) {
                text.append('f').append(Float.floatToIntBits(number));
            } else if (value instanceof Long number) {
                text.append('l').append(number);
            } else if (value instanceof Integer number) {
                text.append('i').append(number);
            } else if (value instanceof BytesRef bytes) {
                text.append('s').append(Base64.getUrlEncoder().withoutPadding().encodeToString(BytesRef.deepCopyOf(bytes).bytes));
            } else {
                throw new IllegalStateException("a sort value of an unexpected kind: " + value);
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The hit a cursor names, for a query sorted by {@code sort}; a cursor that cannot be read, or of another sort, is a bad request. */
    static FieldDoc decode(String cursor, SearchSort sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw bad(cursor, "it is not a cursor this store gave");
        }
        if (parts.length < 4 || !parts[0].equals(VERSION)) {
            throw bad(cursor, "it is not a cursor this store gave");
        }
        if (!parts[1].equals(sort.name())) {
            throw bad(cursor, "it belongs to a search sorted by " + parts[1].toLowerCase(Locale.ROOT)
                    + ", not " + sort.name().toLowerCase(Locale.ROOT));
        }
        try {
            int doc = Integer.parseInt(parts[2]);
            List<Object> values = new ArrayList<>();
            for (int i = 3; i < parts.length; i++) {
                String value = parts[i].substring(1);
                values.add(switch (parts[i].charAt(0)) {
                    case 'f' -> Float.intBitsToFloat(Integer.parseInt(value));
                    case 'l' -> Long.parseLong(value);
                    case 'i' -> Integer.parseInt(value);
                    case 's' -> new BytesRef(Base64.getUrlDecoder().decode(value));
                    default -> throw bad(cursor, "it is not a cursor this store gave");
                });
            }
            float score = values.get(0) instanceof Float number ? number : Float.NaN;
            return new FieldDoc(doc, score, values.toArray());
        } catch (RuntimeException e) {
            if (e instanceof StoreException) {
                throw e;
            }
            throw bad(cursor, "it is not a cursor this store gave");
        }
    }

    private static StoreException bad(String cursor, String why) {
        return new StoreException(StoreException.Kind.BAD_REQUEST, "the cursor '" + cursor + "' cannot be used: " + why);
    }
}
