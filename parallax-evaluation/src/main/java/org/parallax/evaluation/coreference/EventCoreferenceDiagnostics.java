package org.parallax.evaluation.coreference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.crossarticle.events.EventFamilies;
import org.parallax.evaluation.coreference.EcbGold.GoldMention;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.EventMention;
import org.parallax.model.Story;

/**
 * Where the event coreference of {@link EventCoreferenceBenchmark} is lost (issue 8): how many gold mentions the
 * language layer finds and how many a Parallax event covers, the precision and recall of coreference links within one
 * document and across documents, and the response scored again with its events cut by gold topic, by gold subtopic and by
 * Parallax story, which says what a wrong story or topic split would cost.
 */
final class EventCoreferenceDiagnostics {

    private EventCoreferenceDiagnostics() {
    }

    /**
     * Link counts of one kind of pair (within one document, or across documents).
     *
     * @param keyLinks      pairs of gold mentions of one gold chain
     * @param responseLinks pairs of gold mentions the response puts in one cluster
     * @param correct       pairs in both
     */
    record Links(long keyLinks, long responseLinks, long correct) {

        double precision() {
            return responseLinks == 0 ? 0 : (double) correct / responseLinks;
        }

        double recall() {
            return keyLinks == 0 ? 0 : (double) correct / keyLinks;
        }

        String line() {
            return String.format(Locale.ROOT, "gold links %d, Parallax links %d, correct %d (precision %.3f, recall %.3f)",
                    keyLinks, responseLinks, correct, precision(), recall());
        }
    }

    /** The diagnostic lines for one set. */
    static String report(List<EcbDocument> documents, List<GoldMention> gold, Map<String, String> response,
            List<GoldMention> found, List<AnalyzedArticle> analyzed, CrossArticle result) {
        Objects.requireNonNull(result, "result");
        Partition key = EventCoreferenceBenchmark.key(gold);
        Partition aligned = new Partition(response).over(key.mentions());
        StringBuilder text = new StringBuilder();
        long goldSingletons = key.groups().stream().filter(group -> group.size() == 1).count();
        text.append(String.format(Locale.ROOT, "    diagnostics: %d gold mentions (%d gold singletons), %d found by the language"
                + " layer, %d in a Parallax event%n", gold.size(), goldSingletons, found.size(), response.size()));
        Set<String> foundIds = new java.util.HashSet<>();
        found.forEach(mention -> foundIds.add(mention.id()));
        long missedInChains = gold.stream().filter(mention -> !foundIds.contains(mention.id()))
                .filter(mention -> key.groups().stream().anyMatch(group -> group.size() > 1 && group.contains(mention.id())))
                .count();
        text.append(String.format(Locale.ROOT, "    not found and in a gold chain of two or more: %d%n", missedInChains));
        Map<String, GoldMention> byId = new HashMap<>();
        gold.forEach(mention -> byId.put(mention.id(), mention));
        Links within = links(gold, key, aligned, true);
        Links across = links(gold, key, aligned, false);
        text.append("    links within one document: ").append(within.line()).append('\n');
        text.append("    links across documents:    ").append(across.line()).append('\n');
        Set<String> dated = new java.util.HashSet<>();
        result.events().stream().filter(event -> event.date().isPresent()).forEach(event -> dated.add(event.id()));
        long inDated = response.values().stream().filter(dated::contains).count();
        Map<String, String> datedOnly = new HashMap<>();
        response.forEach((mention, event) -> {
            if (dated.contains(event)) {
                datedOnly.put(mention, event);
            }
        });
        Partition datedPartition = new Partition(datedOnly).over(key.mentions());
        Links datedLinks = links(gold, key, datedPartition, true);
        Links datedAcross = links(gold, key, datedPartition, false);
        text.append(String.format(Locale.ROOT, "    in dated events: %d mentions; their links within one document: %s; across: %s%n",
                inDated, datedLinks.line(), datedAcross.line()));
        Map<String, String> subtopics = new HashMap<>();
        documents.forEach(document -> subtopics.put(document.name(), document.subtopicId()));
        Map<String, String> stories = new HashMap<>();
        for (Story story : result.stories()) {
            story.articles().forEach(article -> stories.putIfAbsent(article, story.id()));
        }
        text.append("    events cut by gold topic:     ").append(CoreferenceScores.score(key,
                cut(response, byId, mention -> Integer.toString(mention.topic()))).line()).append('\n');
        text.append("    events cut by gold subtopic:  ").append(CoreferenceScores.score(key,
                cut(response, byId, mention -> subtopics.getOrDefault(mention.document(), mention.document()))).line()).append('\n');
        text.append("    events cut by Parallax story: ").append(CoreferenceScores.score(key,
                cut(response, byId, mention -> stories.getOrDefault(mention.document(), mention.document()))).line()).append('\n');
        text.append("    gold chains cut by Parallax story (best within stories): ").append(CoreferenceScores.score(key,
                cut(key.clusters(), byId, mention -> stories.getOrDefault(mention.document(), mention.document()))).line())
                .append('\n');
        Map<String, String> lemmas = lemmas(found, analyzed);
        Map<String, String> chainFamily = new HashMap<>();
        lemmas.forEach((mention, lemma) -> chainFamily.put(mention, key.clusterOf(mention) + "|" + EventFamilies.of(lemma)));
        text.append("    gold chains over the found mentions cut by word family (the best clustering within families): ")
                .append(CoreferenceScores.score(key, new Partition(chainFamily)).line()).append('\n');
        Map<String, String> storyLemma = new HashMap<>();
        lemmas.forEach((mention, lemma) -> storyLemma.put(mention,
                stories.getOrDefault(byId.get(mention).document(), byId.get(mention).document()) + "|" + lemma));
        text.append("    what if: same lemma per Parallax story over the found mentions: ")
                .append(CoreferenceScores.score(key, new Partition(storyLemma)).line()).append('\n');
        Map<String, String> subtopicLemma = new HashMap<>();
        lemmas.forEach((mention, lemma) -> subtopicLemma.put(mention,
                subtopics.getOrDefault(byId.get(mention).document(), "") + "|" + lemma));
        text.append("    what if: same lemma per gold subtopic over the found mentions: ")
                .append(CoreferenceScores.score(key, new Partition(subtopicLemma)).line()).append('\n');
        Map<String, String> fallback = new HashMap<>();
        Map<String, Map<String, Integer>> eventsOfKey = new HashMap<>();
        response.forEach((mention, event) -> eventsOfKey.computeIfAbsent(storyLemma.getOrDefault(mention, mention),
                k -> new HashMap<>()).merge(event, 1, Integer::sum));
        for (Map.Entry<String, String> entry : storyLemma.entrySet()) {
            String event = response.get(entry.getKey());
            if (event == null) {
                Map<String, Integer> candidates = eventsOfKey.getOrDefault(entry.getValue(), Map.of());
                event = candidates.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse("lemma:" + entry.getValue());
            }
            fallback.put(entry.getKey(), event);
        }
        text.append("    what if: Parallax events, the other found mentions by lemma per story: ")
                .append(CoreferenceScores.score(key, new Partition(fallback)).line()).append('\n');
        return text.toString();
    }

    /** The lemma of the language layer's event mention covering each found gold mention. */
    private static Map<String, String> lemmas(List<GoldMention> found, List<AnalyzedArticle> analyzed) {
        Map<String, List<EventMention>> byArticle = new HashMap<>();
        analyzed.forEach(article -> byArticle.put(article.article().id(), article.annotations().events()));
        Map<String, String> lemmas = new HashMap<>();
        for (GoldMention mention : found) {
            outer:
            for (org.parallax.model.Span token : mention.tokens()) {
                for (EventMention event : byArticle.getOrDefault(mention.document(), List.of())) {
                    if (event.span().overlaps(token)) {
                        lemmas.put(mention.id(), event.lemma());
                        break outer;
                    }
                }
            }
        }
        return lemmas;
    }

    static Partition cut(Map<String, String> clusters, Map<String, GoldMention> byId,
            java.util.function.Function<GoldMention, String> part) {
        Map<String, String> result = new HashMap<>();
        clusters.forEach((mention, cluster) -> result.put(mention, cluster + "|" + part.apply(byId.get(mention))));
        return new Partition(result);
    }

    static Links links(List<GoldMention> gold, Partition key, Partition response, boolean sameDocument) {
        long keyLinks = 0;
        long responseLinks = 0;
        long correct = 0;
        List<GoldMention> mentions = new ArrayList<>(gold);
        for (int i = 0; i < mentions.size(); i++) {
            GoldMention a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                GoldMention b = mentions.get(j);
                if (a.document().equals(b.document()) != sameDocument) {
                    continue;
                }
                boolean inKey = key.clusterOf(a.id()).equals(key.clusterOf(b.id()));
                boolean inResponse = response.clusterOf(a.id()).equals(response.clusterOf(b.id()));
                keyLinks += inKey ? 1 : 0;
                responseLinks += inResponse ? 1 : 0;
                correct += inKey && inResponse ? 1 : 0;
            }
        }
        return new Links(keyLinks, responseLinks, correct);
    }
}
