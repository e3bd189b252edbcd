package org.parallax.evaluation.coreference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.evaluation.ecbplus.EcbMarkable;
import org.parallax.evaluation.ecbplus.EcbSentenceFilter;
import org.parallax.evaluation.ecbplus.EcbText;
import org.parallax.evaluation.ecbplus.EcbToken;
import org.parallax.model.Span;

/**
 * The gold mentions of ECB+ that the coreference benchmark scores, as the standard protocol takes them:
 * only those in the fully annotated sentences ({@link EcbSentenceFilter}), each with its gold chain
 * ({@link EcbDocument#chains()}, a mention in no chain a singleton).
 *
 * <ul>
 *   <li>events: the {@code ACTION_*} and {@code NEG_ACTION_*} mentions;</li>
 *   <li>named entities: participant and location mentions ({@code HUMAN_PART_*}, {@code NON_HUMAN_PART*},
 *       {@code LOC_*}) that hold a name: a token written with a capital letter that is not a pronoun or
 *       determiner, where a sentence's first word counts only when the document also writes it
 *       capitalised inside a sentence ("Police" opening a sentence is not a name, "Obama" is).</li>
 * </ul>
 */
public final class EcbGold {

    private static final Set<String> NOT_NAMES = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her", "its",
            "their", "our", "my", "your", "him", "them", "us", "me", "the", "a", "an", "this", "that", "these", "those",
            "who", "which", "whom", "whose", "what", "some", "all", "both", "each", "another", "one", "mr", "mrs", "ms", "dr");

    private EcbGold() {
    }

    /**
     * One gold mention.
     *
     * @param id       unique in the corpus: {@code <document>#<m_id>}
     * @param document the document's name (the article id)
     * @param topic    the document's topic
     * @param chain    its gold chain id (its own id when it is a singleton)
     * @param tokens   its tokens' characters in the document's text, in order
     * @param words    its tokens' words, in order
     */
    public record GoldMention(String id, String document, int topic, String chain, List<Span> tokens, List<String> words) {

        public GoldMention {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(chain, "chain");
            tokens = List.copyOf(tokens);
            words = List.copyOf(words);
            if (tokens.isEmpty() || tokens.size() != words.size()) {
                throw new IllegalArgumentException(id + ": a mention needs tokens, as many as words");
            }
        }
    }

    /** The gold event mentions of a document. */
    public static List<GoldMention> events(EcbDocument document, EcbText text, EcbSentenceFilter sentences) {
        return mentions(document, text, sentences, true);
    }

    /** The gold named participant and location mentions of a document. */
    public static List<GoldMention> namedEntities(EcbDocument document, EcbText text, EcbSentenceFilter sentences) {
        return mentions(document, text, sentences, false);
    }

    private static List<GoldMention> mentions(EcbDocument document, EcbText text, EcbSentenceFilter sentences,
            boolean events) {
        Map<Integer, String> chains = document.chains();
        Map<Integer, EcbToken> tokens = new java.util.HashMap<>();
        document.tokens().forEach(token -> tokens.put(token.id(), token));
        Set<String> capitalisedInside = new HashSet<>();
        for (EcbToken token : document.tokens()) {
            if (token.number() > 0 && capitalised(token.text())) {
                capitalisedInside.add(token.text());
            }
        }
        List<GoldMention> result = new ArrayList<>();
        for (EcbMarkable markable : document.mentions()) {
            boolean wanted = events ? markable.type().isEvent() : markable.type().isParticipant() || markable.type().isLocation();
            if (!wanted || !sentences.annotated(document, markable)) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int id : markable.tokens()) {
                EcbToken token = tokens.get(id);
                if (token != null && text.span(id).isPresent()) {
                    spans.add(text.span(id).get());
                    words.add(token.text());
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            if (!events && !named(markable, tokens, capitalisedInside)) {
                continue;
            }
            String id = document.name() + "#" + markable.id();
            result.add(new GoldMention(id, document.name(), document.topic(), chains.getOrDefault(markable.id(), id), spans, words));
        }
        return result;
    }

    private static boolean named(EcbMarkable markable, Map<Integer, EcbToken> tokens, Set<String> capitalisedInside) {
        for (int id : markable.tokens()) {
            EcbToken token = tokens.get(id);
            if (token == null || !capitalised(token.text()) || NOT_NAMES.contains(token.text().toLowerCase(Locale.ROOT)
                    .replace(".", ""))) {
                continue;
            }
            if (token.number() > 0 || capitalisedInside.contains(token.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
