package org.parallax.evaluation.ecbplus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A coreference relation of an ECB+ document: its source mentions corefer.
 *
 * @param type    cross-document or within-document
 * @param id      its {@code r_id}
 * @param note    the corpus-wide instance id of a cross-document chain ({@code note}), where given
 * @param sources the {@code m_id}s of the mentions it joins
 * @param target  the {@code m_id} of the instance descriptor it points to, where given
 */
public record EcbRelation(RelationType type, String id, Optional<String> note, List<Integer> sources,
        Optional<Integer> target) {

    public EcbRelation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
        Objects.requireNonNull(target, "target");
    }
}
