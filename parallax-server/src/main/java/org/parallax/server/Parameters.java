package org.parallax.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A request's query parameters, read with clear {@code bad_input} errors naming the parameter. */
final class Parameters {

    /** The most items one page may hold; paging itself has no cap. */
    static final int MAX_PAGE = 1000;

    private final Context context;

    Parameters(Context context) {
        this.context = context;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(context.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Every value of a repeatable parameter; comma-separated values count as several. */
    List<String> list(String name) {
        List<String> values = new ArrayList<>();
        for (String value : context.queryParams(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> given = text(name);
        if (given.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(given.get());
            if (value < min || value > max) {
                throw ApiException.badInput("parameter " + name + " must be from " + min + " to " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badInput("parameter " + name + " must be a whole number, not '" + given.get() + "'");
        }
    }

    int offset() {
        return integer("offset", 0, 0, Integer.MAX_VALUE);
    }

    int limit(int fallback) {
        return integer("limit", fallback, 0, MAX_PAGE);
    }

    Optional<LocalDate> date(String name) {
        Optional<String> given = text(name);
        try {
            return given.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("parameter " + name + " must be a date (yyyy-mm-dd), not '" + given.get() + "'");
        }
    }

    <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String value : list(name)) {
            values.add(constant(name, value, type));
        }
        return values;
    }

    <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        return text(name).map(value -> constant(name, value, type));
    }

    /** A constant by its JSON name ({@code json-lines}) or its Java name. */
    static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        List<String> known = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            known.add(JsonBodies.lower(constant));
        }
        throw ApiException.badInput("parameter " + name + " must be one of " + String.join(", ", known) + ", not '" + value + "'");
    }
}
