package org.parallax.evaluation.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Span;

/**
 * Reads PolNeAR's brat standoff: {@code T} lines ({@code T3\tContent 315 448;463 553\ttext}) and the
 * {@code E} lines that tie them into attributions ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1};
 * {@code Attribution-no-source} events have no source; {@code Content2} is a further content piece).
 * Events without content are skipped; other line kinds (notes, relations) are ignored.
 */
final class BratAttributions {

    private BratAttributions() {
    }

    static List<GoldAttribution> parse(String ann) {
        Map<String, List<Span>> textBounds = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            if (fields[0].startsWith("T")) {
                String[] typeAndSpans = fields[1].split(" ", 2);
                if (typeAndSpans.length == 2) {
                    textBounds.put(fields[0], spans(typeAndSpans[1]));
                }
            } else if (fields[0].startsWith("E")) {
                events.add(fields[1].trim().split(" "));
            }
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (String[] arguments : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String argument : arguments) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = argument.substring(0, colon);
                List<Span> spans = textBounds.getOrDefault(argument.substring(colon + 1), List.of());
                if (role.startsWith("Content")) {
                    content.addAll(spans);
                } else if (role.startsWith("Source")) {
                    source.addAll(spans);
                } else if (role.startsWith("Cue")) {
                    cue.addAll(spans);
                }
            }
            if (!content.isEmpty()) {
                attributions.add(new GoldAttribution(content, source, cue));
            }
        }
        return attributions;
    }

    private static List<Span> spans(String field) {
        List<Span> spans = new ArrayList<>();
        for (String piece : field.split(";")) {
            String[] bounds = piece.trim().split(" ");
            spans.add(new Span(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])));
        }
        return spans;
    }
}
