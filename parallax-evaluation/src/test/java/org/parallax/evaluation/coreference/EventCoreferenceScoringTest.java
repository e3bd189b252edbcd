package org.parallax.evaluation.coreference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.coreference.EcbGold.GoldMention;
import org.parallax.evaluation.ecbplus.EcbCorpus;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.evaluation.ecbplus.EcbSentenceFilter;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.CrossArticle;
import org.parallax.model.Event;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Evidence;
import org.parallax.model.Span;

/** The ECB+ coreference scoring on a hand-made two-document topic in the corpus's format. */
class EventCoreferenceScoringTest {

    /** "Gunmen attacked the Taj hotel in Mumbai. Police said." with the attack and the saying as events. */
    private static final String FIRST = """
            <Document doc_name="9_1ecb.xml" doc_id="DOC1">
            <token t_id="1" sentence="0" number="0">Gunmen</token>
            <token t_id="2" sentence="0" number="1">attacked</token>
            <token t_id="3" sentence="0" number="2">the</token>
            <token t_id="4" sentence="0" number="3">Taj</token>
            <token t_id="5" sentence="0" number="4">hotel</token>
            <token t_id="6" sentence="0" number="5">in</token>
            <token t_id="7" sentence="0" number="6">Mumbai</token>
            <token t_id="8" sentence="0" number="7">.</token>
            <token t_id="9" sentence="1" number="0">Police</token>
            <token t_id="10" sentence="1" number="1">said</token>
            <token t_id="11" sentence="1" number="2">.</token>
            <Markables>
            <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
            <LOC_FAC m_id="2"><token_anchor t_id="4"/><token_anchor t_id="5"/></LOC_FAC>
            <LOC_GEO m_id="3"><token_anchor t_id="7"/></LOC_GEO>
            <HUMAN_PART_ORG m_id="4"><token_anchor t_id="9"/></HUMAN_PART_ORG>
            <ACTION_REPORTING m_id="5"><token_anchor t_id="10"/></ACTION_REPORTING>
            <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="mumbai attack" instance_id="ACT9" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="100" note="ACT9"><source m_id="1" /><target m_id="20" /></CROSS_DOC_COREF>
            <CROSS_DOC_COREF r_id="101" note="LOC9"><source m_id="3" /><target m_id="21" /></CROSS_DOC_COREF>
            </Relations>
            </Document>
            """;

    /** "The attack in Mumbai shocked India." (an ECB+ document: sentence 0 is the URL). */
    private static final String SECOND = """
            <Document doc_name="9_2ecbplus.xml" doc_id="DOC2">
            <token t_id="1" sentence="0" number="0">example.com</token>
            <token t_id="2" sentence="1" number="0">The</token>
            <token t_id="3" sentence="1" number="1">attack</token>
            <token t_id="4" sentence="1" number="2">in</token>
            <token t_id="5" sentence="1" number="3">Mumbai</token>
            <token t_id="6" sentence="1" number="4">shocked</token>
            <token t_id="7" sentence="1" number="5">India</token>
            <token t_id="8" sentence="1" number="6">.</token>
            <Markables>
            <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
            <LOC_GEO m_id="2"><token_anchor t_id="5"/></LOC_GEO>
            <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
            <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="mumbai attack" instance_id="ACT9" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="200" note="ACT9"><source m_id="1" /><target m_id="20" /></CROSS_DOC_COREF>
            <CROSS_DOC_COREF r_id="201" note="LOC9"><source m_id="2" /><target m_id="21" /></CROSS_DOC_COREF>
            </Relations>
            </Document>
            """;

    @TempDir
    Path folder;

    private List<EcbDocument> documents;
    private List<GoldMention> events;
    private List<GoldMention> entities;

    private void read() throws IOException {
        Path topic = Files.createDirectories(folder.resolve("9"));
        Files.writeString(topic.resolve("9_1ecb.xml"), FIRST);
        Files.writeString(topic.resolve("9_2ecbplus.xml"), SECOND);
        // the second sentence of the first document is not fully annotated
        Files.writeString(folder.resolve(EcbSentenceFilter.FILE_NAME), "Topic,File,Sentence Number\n9,1ecb,0\n9,2ecbplus,1\n");
        EcbCorpus corpus = EcbCorpus.read(topic);
        documents = corpus.documents();
        EcbSentenceFilter sentences = corpus.sentences().orElseThrow();
        events = new ArrayList<>();
        entities = new ArrayList<>();
        for (EcbDocument document : documents) {
            events.addAll(EcbGold.events(document, document.text(), sentences));
            entities.addAll(EcbGold.namedEntities(document, document.text(), sentences));
        }
    }

    @Test
    void goldMentionsAreThoseOfTheAnnotatedSentencesAndNamedOnesForEntities() throws IOException {
        read();

        assertThat(events).extracting(GoldMention::id).containsExactly("9_1ecb#1", "9_2ecbplus#1", "9_2ecbplus#3");
        assertThat(events).extracting(GoldMention::chain).containsExactly("ACT9", "ACT9", "9_2ecbplus#3");
        // "Police" opens its sentence and is not annotated fully; "the Taj hotel" and both "Mumbai" are named
        assertThat(entities).extracting(GoldMention::id).containsExactly("9_1ecb#2", "9_1ecb#3", "9_2ecbplus#2");
    }

    @Test
    void theLemmaBaselineJoinsAttackedAndTheAttackInOneTopic() throws IOException {
        read();

        CoreferenceScores scores = CoreferenceScores.score(EventCoreferenceBenchmark.key(events),
                EventCoreferenceBenchmark.lemmaBaseline(events));

        assertThat(scores.conllF1()).isCloseTo(1.0, within(1e-9));
    }

    /** A gold mention is in the event whose mention overlaps it; one no event covers stays alone. */
    @Test
    void goldMentionsTakeTheEventsOfTheMentionsCoveringThem() throws IOException {
        read();
        String first = documents.get(0).text().text();
        String second = documents.get(1).text().text();
        Event attack = event("v1", List.of(mention("9_1ecb", first, "attacked"), mention("9_2ecbplus", second, "attack")));

        Map<String, String> response = EventCoreferenceBenchmark.eventResponse(events,
                new CrossArticle(List.of(), List.of(attack), List.of()));

        assertThat(response).containsExactlyInAnyOrderEntriesOf(Map.of("9_1ecb#1", "v1", "9_2ecbplus#1", "v1"));
        assertThat(CoreferenceScores.score(EventCoreferenceBenchmark.key(events), new Partition(response)).conllF1())
                .isCloseTo(1.0, within(1e-9));
        Event split = event("v2", List.of(mention("9_2ecbplus", second, "attack"), mention("9_2ecbplus", second, "shocked")));
        Map<String, String> wrong = EventCoreferenceBenchmark.eventResponse(events,
                new CrossArticle(List.of(), List.of(split), List.of()));
        CoreferenceScores scores = CoreferenceScores.score(EventCoreferenceBenchmark.key(events), new Partition(wrong));
        assertThat(scores.muc().precision()).isZero();
        assertThat(scores.bcubed().precision()).isCloseTo((1 + 0.5 + 0.5) / 3, within(1e-9));
    }

    /**
     * Issue 8: the benchmark says where the events' score is lost. Links (pairs of gold mentions in one cluster) are
     * counted within one document and across documents, and a response cut by a grouping of the documents (a topic, a
     * story) loses exactly the links across its parts.
     */
    @Test
    void issue8DiagnosticsCountLinksWithinAndAcrossDocumentsAndWhatACutCosts() throws IOException {
        read();
        String first = documents.get(0).text().text();
        String second = documents.get(1).text().text();
        Event attack = event("v1", List.of(mention("9_1ecb", first, "attacked"), mention("9_2ecbplus", second, "attack"),
                mention("9_2ecbplus", second, "shocked")));
        Map<String, String> response = EventCoreferenceBenchmark.eventResponse(events,
                new CrossArticle(List.of(), List.of(attack), List.of()));
        Partition key = EventCoreferenceBenchmark.key(events);
        Partition aligned = new Partition(response).over(key.mentions());

        EventCoreferenceDiagnostics.Links across = EventCoreferenceDiagnostics.links(events, key, aligned, false);
        EventCoreferenceDiagnostics.Links within = EventCoreferenceDiagnostics.links(events, key, aligned, true);

        // across: attacked-attack (right) and attacked-shocked (wrong); within: attack-shocked (wrong)
        assertThat(across).isEqualTo(new EventCoreferenceDiagnostics.Links(1, 2, 1));
        assertThat(within).isEqualTo(new EventCoreferenceDiagnostics.Links(0, 1, 0));
        Map<String, GoldMention> byId = new java.util.HashMap<>();
        events.forEach(mention -> byId.put(mention.id(), mention));
        Partition byDocument = EventCoreferenceDiagnostics.cut(response, byId, GoldMention::document);
        EventCoreferenceDiagnostics.Links cutAcross = EventCoreferenceDiagnostics.links(events, key, byDocument.over(key.mentions()),
                false);
        assertThat(cutAcross).isEqualTo(new EventCoreferenceDiagnostics.Links(1, 0, 0));
    }

    private static ArticleEventMention mention(String article, String text, String word) {
        int begin = text.indexOf(word);
        return new ArticleEventMention(article, new EventMention(new Span(begin, begin + word.length()), word,
                EventWordClass.VERB, EventDating.undated(), Optional.empty()));
    }

    private static Event event(String id, List<ArticleEventMention> mentions) {
        return new Event(id, Optional.empty(), List.of(), "summary", List.of(), Optional.empty(),
                mentions.stream().map(ArticleEventMention::evidence).distinct().toList(), mentions);
    }
}
