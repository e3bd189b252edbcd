package org.parallax.evaluation.attribution;

import java.util.List;
import org.parallax.model.Span;

/**
 * One attribution annotated in PolNeAR: what is attributed, to whom, through which words.
 *
 * @param content the attributed content's pieces (a discontinuous content has several); never empty
 * @param source  the source's pieces; empty for PolNeAR's {@code Attribution-no-source}
 * @param cue     the cue's pieces; may be empty
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {

    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** How many characters the content covers. */
    public int contentLength() {
        return content.stream().mapToInt(Span::length).sum();
    }
}
