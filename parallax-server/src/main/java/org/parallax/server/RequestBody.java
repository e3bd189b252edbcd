package org.parallax.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A request's JSON object body, read with clear {@code bad_input} errors naming the field. */
final class RequestBody {

    private final JsonNode body;

    private RequestBody(JsonNode body) {
        this.body = body;
    }

    /** The body of {@code context}, which must be a JSON object sent as {@code application/json}. */
    static RequestBody of(Context context) {
        String type = context.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiException.badInput("the request body must be JSON, sent as Content-Type: application/json");
        }
        JsonNode node;
        try {
            node = JsonBodies.mapper().readTree(context.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badInput("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badInput("the request body must be a JSON object");
        }
        return new RequestBody(node);
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> ApiException.badInput("the field " + field + " is required (a string)"));
    }

    Optional<String> optionalText(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.badInput("the field " + field + " must be a string");
        }
        return Optional.of(value.asText().strip()).filter(text -> !text.isEmpty());
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> texts(String field) {
        JsonNode value = body.get(field);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isTextual()) {
            values.add(value.asText());
            return values;
        }
        if (!value.isArray()) {
            throw ApiException.badInput("the field " + field + " must be a list of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ApiException.badInput("the field " + field + " must be a list of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** A nested object (empty when absent). */
    RequestBody object(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return new RequestBody(JsonBodies.mapper().createObjectNode());
        }
        if (!value.isObject()) {
            throw ApiException.badInput("the field " + field + " must be a JSON object");
        }
        return new RequestBody(value);
    }

    Optional<Integer> integer(String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw ApiException.badInput("the field " + field + " must be a whole number from " + min + " to " + max);
        }
        return Optional.of(value.asInt());
    }
}
