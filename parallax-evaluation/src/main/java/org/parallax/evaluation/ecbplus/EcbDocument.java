package org.parallax.evaluation.ecbplus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Span;

/**
 * One ECB+ document ({@code <topic>_<n>ecb.xml} or {@code <topic>_<n>ecbplus.xml}): its tokens,
 * markables and coreference relations as the corpus gives them.
 *
 * @param name      the file name without {@code .xml}, e.g. {@code 2_10ecbplus}
 * @param topic     its topic number
 * @param subtopic  which of the topic's two events it reports
 * @param tokens    its tokens, in document order
 * @param markables its mentions and instance descriptors
 * @param relations its coreference relations
 */
public record EcbDocument(String name, int topic, Subtopic subtopic, List<EcbToken> tokens, List<EcbMarkable> markables,
        List<EcbRelation> relations) {

    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[.,;:!?%)\\]}]+|'(s|re|ve|ll|d|m)|n't|''",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");

    public EcbDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtopic, "subtopic");
        tokens = List.copyOf(tokens);
        markables = List.copyOf(markables);
        relations = List.copyOf(relations);
    }

    /** The gold subtopic, unique in the corpus: {@code <topic>.<1|2>}, e.g. {@code 2.2}. */
    public String subtopicId() {
        return topic + "." + subtopic.number();
    }

    /** Whether its sentence 0 is the page's URL, as in every {@code ecbplus} document. */
    public boolean hasUrlSentence() {
        return subtopic == Subtopic.ECB_PLUS;
    }

    /** The page's URL: sentence 0 of an {@code ecbplus} document, its tokens joined; none for {@code ecb} ones. */
    public Optional<String> url() {
        if (!hasUrlSentence()) {
            return Optional.empty();
        }
        StringBuilder url = new StringBuilder();
        tokens.stream().filter(token -> token.sentence() == 0).forEach(token -> url.append(token.text()));
        return url.isEmpty() ? Optional.empty() : Optional.of(url.toString());
    }

    /** The text sentences (the URL sentence left out), each with its tokens in order, by sentence number. */
    public Map<Integer, List<EcbToken>> sentences() {
        Map<Integer, List<EcbToken>> sentences = new LinkedHashMap<>();
        for (EcbToken token : tokens) {
            if (!(hasUrlSentence() && token.sentence() == 0)) {
                sentences.computeIfAbsent(token.sentence(), key -> new ArrayList<>()).add(token);
            }
        }
        return sentences;
    }

    /** The document as plain text, one sentence a line, with where each token lies in it. */
    public EcbText text() {
        StringBuilder text = new StringBuilder();
        Map<Integer, Span> spans = new HashMap<>();
        for (List<EcbToken> sentence : sentences().values()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String previous = null;
            for (EcbToken token : sentence) {
                if (previous != null && !NO_SPACE_AFTER.contains(previous)
                        && !NO_SPACE_BEFORE.matcher(token.text()).matches()) {
                    text.append(' ');
                }
                spans.put(token.id(), new Span(text.length(), text.length() + token.text().length()));
                text.append(token.text());
                previous = token.text();
            }
        }
        return new EcbText(text.toString(), spans);
    }

    /** The markable with this {@code m_id}. */
    public Optional<EcbMarkable> markable(int id) {
        return markables.stream().filter(markable -> markable.id() == id).findFirst();
    }

    /** The mentions (markables anchored to tokens), in the corpus's order. */
    public List<EcbMarkable> mentions() {
        return markables.stream().filter(EcbMarkable::isMention).toList();
    }

    /** The sentence a mention lies in (that of its first token). */
    public int sentenceOf(EcbMarkable mention) {
        if (!mention.isMention()) {
            throw new IllegalArgumentException(name + ": markable " + mention.id() + " is a descriptor, not a mention");
        }
        int first = mention.tokens().get(0);
        return tokens.stream().filter(token -> token.id() == first).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + ": markable " + mention.id()
                        + " is anchored to missing token " + first))
                .sentence();
    }

    /**
     * Each mention's gold coreference chain, by {@code m_id}: a cross-document chain's instance id
     * ({@code note}, else {@code <name>#<r_id>}), a within-document chain's {@code <name>#<r_id>}.
     * A mention in no chain is a singleton and is not in the map.
     */
    public Map<Integer, String> chains() {
        Map<Integer, String> chains = new HashMap<>();
        for (EcbRelation relation : relations) {
            String chain = relation.type() == RelationType.CROSS_DOC_COREF
                    ? relation.note().orElse(name + "#" + relation.id()) : name + "#" + relation.id();
            relation.sources().forEach(source -> chains.put(source, chain));
        }
        return chains;
    }
}
