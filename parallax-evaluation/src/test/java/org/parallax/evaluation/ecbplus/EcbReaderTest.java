package org.parallax.evaluation.ecbplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbReaderTest {

    /** A document in the corpus's format (hand-written, not copied from the corpus). */
    private static final String DOCUMENT = """
            <Document doc_name="3_7ecbplus.xml" doc_id="DOC1">
            <token t_id="1" sentence="0" number="0">http</token>
            <token t_id="2" sentence="0" number="1">://</token>
            <token t_id="3" sentence="0" number="2">example.com/quake</token>
            <token t_id="4" sentence="1" number="0">A</token>
            <token t_id="5" sentence="1" number="1">quake</token>
            <token t_id="6" sentence="1" number="2">struck</token>
            <token t_id="7" sentence="1" number="3">Aceh</token>
            <token t_id="8" sentence="1" number="4">,</token>
            <token t_id="9" sentence="1" number="5">officials</token>
            <token t_id="10" sentence="1" number="6">said</token>
            <token t_id="11" sentence="1" number="7">.</token>
            <token t_id="12" sentence="2" number="0">It</token>
            <token t_id="13" sentence="2" number="1">didn't</token>
            <token t_id="14" sentence="2" number="2">kill</token>
            <token t_id="15" sentence="2" number="3">anyone</token>
            <token t_id="16" sentence="2" number="4">(</token>
            <token t_id="17" sentence="2" number="5">AP</token>
            <token t_id="18" sentence="2" number="6">)</token>
            <Markables>
            <ACTION_OCCURRENCE m_id="1"  >
              <token_anchor t_id="5"/>
            </ACTION_OCCURRENCE>
            <ACTION_OCCURRENCE m_id="2"  >
              <token_anchor t_id="6"/>
            </ACTION_OCCURRENCE>
            <LOC_GEO m_id="3"  >
              <token_anchor t_id="7"/>
            </LOC_GEO>
            <NEG_ACTION_OCCURRENCE m_id="4"  >
              <token_anchor t_id="14"/>
            </NEG_ACTION_OCCURRENCE>
            <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t3b_aceh_quake" instance_id="ACT123" />
            </Markables>
            <Relations>
            <CROSS_DOC_COREF r_id="100" note="ACT123" >
              <source m_id="1" />
              <source m_id="2" />
              <target m_id="20" />
            </CROSS_DOC_COREF>
            <INTRA_DOC_COREF r_id="101" >
              <source m_id="3" />
              <target m_id="21" />
            </INTRA_DOC_COREF>
            </Relations>
            </Document>
            """;

    @TempDir
    Path folder;

    @Test
    void readsTokensMarkablesAndChains() throws IOException {
        EcbDocument document = new EcbReader().read(Files.writeString(folder.resolve("3_7ecbplus.xml"), DOCUMENT));

        assertThat(document.name()).isEqualTo("3_7ecbplus");
        assertThat(document.topic()).isEqualTo(3);
        assertThat(document.subtopic()).isEqualTo(Subtopic.ECB_PLUS);
        assertThat(document.subtopicId()).isEqualTo("3.2");
        assertThat(document.url()).contains("http://example.com/quake");
        assertThat(document.tokens()).hasSize(18);
        assertThat(document.mentions()).extracting(EcbMarkable::type).containsExactly(MarkableType.ACTION_OCCURRENCE,
                MarkableType.ACTION_OCCURRENCE, MarkableType.LOC_GEO, MarkableType.NEG_ACTION_OCCURRENCE);
        assertThat(document.markable(20)).hasValueSatisfying(descriptor -> {
            assertThat(descriptor.isMention()).isFalse();
            assertThat(descriptor.descriptor()).contains("t3b_aceh_quake");
            assertThat(descriptor.instance()).contains("ACT123");
        });
        assertThat(document.markable(4).orElseThrow().type().isEvent()).isTrue();
        assertThat(document.markable(3).orElseThrow().type().isLocation()).isTrue();
        Map<Integer, String> chains = document.chains();
        assertThat(chains).containsEntry(1, "ACT123").containsEntry(2, "ACT123").containsEntry(3, "3_7ecbplus#101")
                .doesNotContainKey(4);
        assertThat(document.sentenceOf(document.markable(4).orElseThrow())).isEqualTo(2);
    }

    @Test
    void theTextIsOneSentenceALineWithoutTheUrlAndEveryTokenAtItsOffsets() throws IOException {
        EcbDocument document = new EcbReader().read(Files.writeString(folder.resolve("3_7ecbplus.xml"), DOCUMENT));
        EcbText text = document.text();

        assertThat(text.text()).isEqualTo("A quake struck Aceh, officials said.\nIt didn't kill anyone (AP)");
        for (EcbToken token : document.tokens()) {
            if (token.sentence() > 0) {
                assertThat(text.span(token.id()).orElseThrow().coveredText(text.text())).isEqualTo(token.text());
            } else {
                assertThat(text.span(token.id())).isEmpty();
            }
        }
    }

    @Test
    void badFilesAreNamedAndTheOthersRead() throws IOException {
        Path topic = Files.createDirectories(folder.resolve("3"));
        Files.writeString(topic.resolve("3_7ecbplus.xml"), DOCUMENT);
        Files.writeString(topic.resolve("3_1ecb.xml"), "<Document><token t_id=\"x\" sentence=\"0\" number=\"0\">A</token></Document>");
        Files.writeString(topic.resolve("3_2ecb.xml"), "<Document><token");
        Files.writeString(folder.resolve(EcbSentenceFilter.FILE_NAME), "Topic,File,Sentence Number\n3,7ecbplus,1\n");

        EcbCorpus corpus = EcbCorpus.read(topic);

        assertThat(corpus.documents()).extracting(EcbDocument::name).containsExactly("3_7ecbplus");
        assertThat(corpus.problems()).hasSize(2).anySatisfy(problem -> assertThat(problem).contains("3_1ecb.xml")
                .contains("t_id=\"x\" is not a number")).anySatisfy(problem -> assertThat(problem).contains("3_2ecb.xml"));
        EcbDocument document = corpus.documents().get(0);
        EcbSentenceFilter sentences = corpus.sentences().orElseThrow();
        assertThat(sentences.annotated(document, document.markable(1).orElseThrow())).isTrue();
        assertThat(sentences.annotated(document, document.markable(4).orElseThrow())).isFalse();
        assertThatThrownBy(() -> new EcbReader().read(folder.resolve(EcbSentenceFilter.FILE_NAME)))
                .hasMessageContaining("not an ECB+ document name");
    }

    /** The real dev split, where the corpus lies beside the repository. */
    @Test
    void readsTheDevSplitWhole() {
        Path dev = Path.of("..", "..", "shared", "bench", "ecbplus", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "ECB+ is not at ../../shared/bench/ecbplus; skipping");

        EcbCorpus corpus = EcbCorpus.read(dev);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.documents()).hasSize(197);
        assertThat(corpus.documents().stream().map(EcbDocument::subtopicId).distinct()).hasSize(16);
        assertThat(corpus.sentences()).isPresent();
        assertThat(corpus.documents()).allSatisfy(document -> assertThat(document.text().text()).isNotBlank());
    }
}
