package org.parallax.crossarticle.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.ClaimStance;
import org.parallax.model.Span;

/** The shipped stance model on a seed article, and a model's round trip through its file. */
class StanceJudgeTest {

    private static final TextEmbedder EMBEDDER = new OnnxTextEmbedder();
    private static final StanceJudge JUDGE = new StanceJudge(EMBEDDER, StanceModel.standard());
    private static final Path EXAMPLES = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("examples");

    @TempDir
    Path folder;

    private static PreparedArticle cradle() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("001_f6f65f91ea9eb73f.txt"), StandardCharsets.UTF_8);
        return JUDGE.inputs().article(text, ArticleSentences.of(text));
    }

    @Test
    void theCradlesReportBearsOnTheCooperationAndNotOnAPhoneLaunch() throws IOException {
        PreparedArticle cradle = cradle();

        StanceJudgement cooperation = JUDGE.judge(JUDGE.inputs().claim("Ukraine has begun intelligence cooperation with Israel"), cradle);
        StanceJudgement phone = JUDGE.judge(JUDGE.inputs().claim("Apple will sell a gold iPhone in March"), cradle);

        assertThat(cooperation.stance()).isIn(ClaimStance.SUPPORTS, ClaimStance.DISCUSSES);
        assertThat(cooperation.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(StanceJudge.MOST_EVIDENCE);
        assertThat(cooperation.evidence().get(0).coveredText(cradle.text())).containsIgnoringCase("intelligence");
        assertThat(phone.stance()).isEqualTo(ClaimStance.UNRELATED);
        assertThat(phone.evidence()).isEmpty();
        assertThat(phone.confidence()).isEqualTo(phone.probability(ClaimStance.UNRELATED));
    }

    @Test
    void aTrainedModelReadsBackAsItWasWritten() throws IOException {
        StanceInputs inputs = new StanceInputs(EMBEDDER);
        String body = "Officials confirmed on Monday that the bridge collapsed. Two people were hurt, police said.";
        PreparedArticle article = inputs.article(body, ArticleSentences.of(body));
        List<StanceTrainer.Example> examples = new ArrayList<>();
        String[][] claims = {
            {"The bridge collapsed", "SUPPORTS"}, {"The bridge did not collapse, a hoax", "CONTRADICTS"},
            {"Reports say the bridge may have collapsed", "DISCUSSES"}, {"A cat won a singing contest", "UNRELATED"}};
        for (int copy = 0; copy < 5; copy++) {
            for (String[] claim : claims) {
                examples.add(new StanceTrainer.Example(inputs.claim(claim[0]), article, ClaimStance.valueOf(claim[1])));
            }
        }
        double[] weights = {1.5, 2, 0.8, 1};
        StanceModel model = new StanceTrainer(5, 3, 4, 1, 0.3, 1.0, 2).train(examples, "four claims").withDecisionWeights(weights);
        Path file = folder.resolve("model.bin.gz");
        model.write(file);
        StanceModel read = StanceModel.read(file);

        double[] features = StanceFeatures.of(inputs.claim("The bridge collapsed"), article).values();
        assertThat(read.probabilities(features)).containsExactly(model.probabilities(features));
        assertThat(read.provenance()).startsWith("four claims");
        assertThat(read.decisionWeights()).containsExactly(weights);
        assertThat(read.rounds()).isEqualTo(5);
        StanceModel trimmed = read.trimmed(2);
        assertThat(trimmed.rounds()).isEqualTo(2);
        assertThat(read.rounds()).isEqualTo(5);
    }

    @Test
    void decisionWeightsShiftTheStanceTaken() {
        double[] probabilities = {0.40, 0.10, 0.45, 0.05};

        assertThat(StanceModel.decide(probabilities, StanceModel.UNWEIGHTED)).isEqualTo(ClaimStance.DISCUSSES);
        assertThat(StanceModel.decide(probabilities, new double[] {1.2, 1, 1, 1})).isEqualTo(ClaimStance.SUPPORTS);
        assertThat(StanceModel.decide(new double[] {0.25, 0.25, 0.25, 0.25}, StanceModel.UNWEIGHTED)).isEqualTo(ClaimStance.UNRELATED);
    }

    @Test
    void aSentenceOfItsOwnIsAnArticleOfOneSentence() {
        PreparedArticle statement = StanceInputs.statement("The bridge collapsed", EMBEDDER.embed("The bridge collapsed"));

        assertThat(statement.sentences()).containsExactly(new Span(0, 20));
    }
}
