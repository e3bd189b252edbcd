package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A page of a list, as the API answers one: {@code {"total", "offset", "limit", "<items>": [...]}}. */
final class Page {

    /** Writes one item. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(T item, JsonGenerator json) throws IOException;
    }

    private Page() {
    }

    /** The items of {@code all} from {@code offset}, at most {@code limit} of them. */
    static <T> List<T> of(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
    }

    /**
     * The whole answer for the items {@code source} gives, one at a time (only the page's are kept):
     * an object of the fields {@code total, offset, limit} and {@code field}.
     */
    static <T> JsonBodies.Body body(Consumer<Consumer<T>> source, Parameters parameters, int defaultLimit, String field,
            ItemWriter<T> writer) {
        int offset = parameters.offset();
        int limit = parameters.limit(defaultLimit);
        List<T> page = new ArrayList<>();
        long[] total = {0};
        source.accept(item -> {
            if (total[0] >= offset && page.size() < limit) {
                page.add(item);
            }
            total[0]++;
        });
        return body(total[0], page, parameters, defaultLimit, field, writer);
    }

    /** The answer for a page the store read already: {@code page} holds the items from the offset, {@code total} counts all. */
    static <T> JsonBodies.Body body(long total, List<T> page, Parameters parameters, int defaultLimit, String field,
            ItemWriter<T> writer) {
        int offset = parameters.offset();
        int limit = parameters.limit(defaultLimit);
        return json -> write(json, total, offset, limit, field, page, writer, null);
    }

    /**
     * The same, with the address of the next page ({@code next}: {@code listing} with the next offset and this limit) when
     * there are items after this page.
     *
     * @param listing the list's address, with its own query parameters if any ({@code /api/v1/quotes?speaker=e1})
     */
    static <T> JsonBodies.Body body(long total, List<T> page, Parameters parameters, int defaultLimit, String field,
            ItemWriter<T> writer, String listing) {
        int offset = parameters.offset();
        int limit = parameters.limit(defaultLimit);
        return json -> write(json, total, offset, limit, field, page, writer, listing);
    }

    /**
     * Writes a page as an object: {@code {"total", "offset", "limit", "<field>": [...], "next"}}, where {@code page} holds
     * the items from {@code offset} (those past {@code limit} are left out) and {@code next}, written only when
     * {@code listing} is given and items follow the page, is the address of the next page of {@code listing}.
     */
    static <T> void write(JsonGenerator json, long total, int offset, int limit, String field, List<T> page, ItemWriter<T> writer,
            String listing) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total", total);
        json.writeNumberField("offset", offset);
        json.writeNumberField("limit", limit);
        json.writeArrayFieldStart(field);
        for (T item : page.subList(0, Math.min(page.size(), limit))) {
            writer.write(item, json);
        }
        json.writeEndArray();
        long following = (long) offset + Math.min(page.size(), limit);
        if (listing != null && limit > 0 && following < total) {
            json.writeStringField("next", listing + (listing.contains("?") ? "&" : "?") + "offset=" + following + "&limit=" + limit);
        }
        json.writeEndObject();
    }

    /** The same for the items of a list. */
    static <T> JsonBodies.Body body(List<T> all, Parameters parameters, int defaultLimit, String field, ItemWriter<T> writer) {
        return body(all::forEach, parameters, defaultLimit, field, writer);
    }
}
