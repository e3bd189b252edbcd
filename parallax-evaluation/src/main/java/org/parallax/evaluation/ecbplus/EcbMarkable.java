package org.parallax.evaluation.ecbplus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A markable of an ECB+ document: a mention (anchored to tokens) or, without tokens, an instance
 * descriptor that a coreference relation's {@code target} names.
 *
 * @param id         its {@code m_id}, unique in the document
 * @param type       its tag
 * @param tokens     the {@code t_id}s of its tokens, in document order; empty for a descriptor
 * @param descriptor a descriptor's {@code TAG_DESCRIPTOR} (e.g. {@code t2b_host_oscars})
 * @param instance   a descriptor's corpus-wide {@code instance_id}, where it has one
 */
public record EcbMarkable(int id, MarkableType type, List<Integer> tokens, Optional<String> descriptor,
        Optional<String> instance) {

    public EcbMarkable {
        Objects.requireNonNull(type, "type");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(instance, "instance");
    }

    /** Whether it is a mention in the text rather than an instance descriptor. */
    public boolean isMention() {
        return !tokens.isEmpty();
    }
}
