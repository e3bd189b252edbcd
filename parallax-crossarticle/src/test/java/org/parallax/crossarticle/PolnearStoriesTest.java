package org.parallax.crossarticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parallax.crossarticle.PolnearCorpus.Document;
import org.parallax.language.LanguagePipeline;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.EntityAlias;
import org.parallax.model.Evidence;
import org.parallax.model.InputFormat;
import org.parallax.model.Story;

/**
 * The cross-article layer over real multi-outlet coverage: PolNeAR articles (read at run time
 * from {@code ../shared/bench/polnear}, never copied here) through the real language layer and
 * {@link CrossArticleAnalyzer#standard()}.
 *
 * <p>The articles are chosen by rule, not by hand:
 * <ul>
 * <li><b>event</b>: the keyword "convention" (the 2016 national party conventions) and the
 * four-day window whose articles using it at least twice come from the most distinct outlets
 * ({@link PolnearCorpus#eventCoverage}); on PolNeAR this is the Democratic National Convention
 * in Philadelphia, 26–29 July 2016, covered by six of the seven outlets; at most 16 articles;</li>
 * <li><b>controls</b>: four articles, one per outlet, published at least 180 days from every event
 * article and never using the keyword, the least candidate-centred first by the metadata's Trump
 * and Clinton counts ({@link PolnearCorpus#controls});</li>
 * <li><b>seeds</b>: the three 2022 seed articles on Israel, Ukraine and Russia, a third,
 * unrelated story.</li>
 * </ul>
 *
 * <p>Only what a careful reader agrees with is asserted. Measured in the issue 4 run (see
 * docs/quality-crossarticle.md): the 12 convention articles form 4 stories (9 before), the
 * largest holding 8 articles from all six outlets; the USA Today protest report, a USA Today pair
 * (Black Lives Matter, Jill Stein) and the USA Today report on the Republican convention stay
 * apart. Not asserted, because the layer does not yet do it: the whole convention coverage in one
 * story.
 *
 * <p>Costs about 45 seconds for the language layer over 19 articles, 10 for the cross-article
 * layer, plus model loading, on a busy 2-core machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolnearStoriesTest {

    private static final String EVENT_KEYWORD = "convention";
    private static final int MINIMUM_USES = 2;
    private static final int WINDOW_DAYS = 4;
    private static final int EVENT_CAP = 16;
    private static final int CONTROLS = 4;
    private static final long CONTROL_DISTANCE_DAYS = 180;

    private List<Document> event;
    private List<Document> controls;
    private List<AnalyzedArticle> analyzed;
    private CrossArticle result;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> outlets = new HashMap<>();

    @BeforeAll
    void analyze() {
        Optional<Path> folder = PolnearCorpus.locate();
        Assumptions.assumeTrue(folder.isPresent(),
                "PolNeAR is not at <repository root>/../shared/bench/polnear; skipping the multi-outlet story tests");
        PolnearCorpus corpus = PolnearCorpus.read(folder.get());
        event = corpus.eventCoverage(EVENT_KEYWORD, MINIMUM_USES, WINDOW_DAYS, EVENT_CAP);
        controls = corpus.controls(event, EVENT_KEYWORD, CONTROL_DISTANCE_DAYS, CONTROLS);
        List<Article> articles = new ArrayList<>();
        event.forEach(document -> articles.add(document.article()));
        controls.forEach(document -> articles.add(document.article()));
        articles.addAll(seeds());
        LanguagePipeline pipeline = LanguageLayer.pipeline();
        long start = System.nanoTime();
        analyzed = pipeline.annotateAll(articles);
        long annotated = System.nanoTime();
        result = CrossArticleAnalyzer.standard().analyze(analyzed);
        long done = System.nanoTime();
        System.out.printf("PolNeAR stories: %d articles annotated in %d ms, cross-article in %d ms%n", articles.size(),
                (annotated - start) / 1_000_000, (done - annotated) / 1_000_000);
        for (AnalyzedArticle article : analyzed) {
            texts.put(article.article().id(), article.article().text());
            outlets.put(article.article().id(), CrossArticleAnalyzer.outletOf(article));
        }
    }

    @Test
    void theEventRuleFindsMultiOutletCoverageAndControlsFarFromIt() {
        assertThat(PolnearCorpus.publishers(event)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(event).hasSizeGreaterThanOrEqualTo(8);
        assertThat(controls).hasSize(CONTROLS);
        assertThat(PolnearCorpus.publishers(controls)).hasSize(CONTROLS);
    }

    @Test
    void seedsFormOneStoryWithNoPolnearArticle() {
        assertThat(result.stories()).filteredOn(story -> story.articles().stream().anyMatch(this::isSeed))
                .singleElement()
                .satisfies(story -> assertThat(story.articles())
                        .containsExactlyInAnyOrder("seed/000", "seed/001", "seed/002"));
    }

    /** Obama's convention speech of 27 July 2016, previewed by Breitbart and reported by The Western Journal. */
    @Test
    void conventionCoverageFromThreeOutletsFormsOneStoryOfEventArticlesOnly() {
        Story story = storyOf(OBAMA_PREVIEW);
        assertThat(story.articles()).contains(OBAMA_SPEECH).allMatch(eventIds()::contains);
        assertThat(story.outlets()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void controlArticlesJoinNoStoryWithEventArticlesOrSeeds() {
        Set<String> controlIds = ids(controls);
        for (Story story : result.stories()) {
            if (story.articles().stream().anyMatch(controlIds::contains)) {
                assertThat(story.articles()).as("story %s", story.title()).allMatch(controlIds::contains);
            }
        }
    }

    @Test
    void hillaryClintonIsOneEntityAcrossOutletsAndSpellings() {
        Entity hillary = entityNamed("Hillary Clinton");
        assertThat(aliasNames(hillary)).contains("Hillary Clinton", "Clinton", "Mrs. Clinton", "Hillary");
        assertThat(outletsOf(hillary)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(aliasNames(hillary)).doesNotContain("Bill Clinton");
    }

    @Test
    void donaldTrumpIsOneEntityAcrossOutletsAndSpellings() {
        Entity trump = entityNamed("Donald Trump");
        assertThat(aliasNames(trump)).contains("Donald Trump", "Trump", "Mr. Trump");
        assertThat(outletsOf(trump)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(aliasNames(trump)).doesNotContain("Melania Trump");
    }

    /** Issue 4: the six outlets' convention coverage is one story, with the other event articles apart. */
    @Test
    void conventionCoverageFromEveryOutletJoinsOneStory() {
        Story largest = result.stories().stream().max(java.util.Comparator.comparingInt(s -> s.articles().size()))
                .orElseThrow();
        assertThat(largest.articles()).allMatch(eventIds()::contains).hasSizeGreaterThanOrEqualTo(6);
        assertThat(largest.outlets()).hasSameSizeAs(PolnearCorpus.publishers(event));
        assertThat(largest.articles()).contains(OBAMA_PREVIEW, OBAMA_SPEECH, OBAMA_SPEECH_NYT);
    }

    /** Issue 4: "Obama", "President Obama" and "Mr. Obama" are Barack Obama, never Michelle Obama. */
    @Test
    void obamaAloneJoinsBarackObamaAndNotMichelleObama() {
        Entity barack = entityNamed("Barack Obama");
        assertThat(aliasNames(barack)).contains("Obama", "President Obama", "Mr. Obama");
        assertThat(outletsOf(barack)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(aliasNames(barack)).doesNotContain("Michelle Obama", "Michelle");
        assertThat(result.entities()).filteredOn(entity -> entity.type() == EntityType.PERSON)
                .filteredOn(entity -> aliasNames(entity).contains("Obama")).singleElement();
    }

    /** Issue 4: no woman's title and no bracket in Bill Clinton's names. */
    @Test
    void billClintonHasNoMrsClintonAndNoBracketedAlias() {
        Entity bill = entityNamed("Bill Clinton");
        assertThat(aliasNames(bill)).doesNotContain("Mrs. Clinton", "Ms. Clinton")
                .noneMatch(name -> name.matches(".*[\\[\\](){}].*"));
    }

    @Test
    void billClintonStaysApartFromHillaryClinton() {
        Entity bill = entityNamed("Bill Clinton");
        assertThat(bill.id()).isNotEqualTo(entityNamed("Hillary Clinton").id());
        assertThat(aliasNames(bill)).doesNotContain("Hillary Clinton", "Hillary");
        assertThat(outletsOf(bill)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void obamasPraiseOfClintonIsOneClaimReportedByTwoOutlets() {
        Story story = storyOf(OBAMA_PREVIEW);
        assertThat(story.claims()).anySatisfy(claim -> {
            assertThat(claim.reports()).extracting(ClaimReport::outlet).contains("breitbart", "west-journal");
            assertThat(claim.reports()).allSatisfy(report ->
                    assertThat(quote(report.evidence())).contains("more qualified than Hillary Clinton"));
        });
    }

    @Test
    void everyEvidencePointsInsideItsArticle() {
        List<Evidence> evidence = new ArrayList<>();
        for (Story story : result.stories()) {
            evidence.addAll(story.summary());
            story.claims().forEach(claim -> claim.reports().forEach(report -> evidence.add(report.evidence())));
        }
        result.events().forEach(e -> evidence.addAll(e.evidence()));
        result.entities().forEach(entity -> entity.roles().forEach(role -> evidence.add(role.evidence())));
        assertThat(evidence).isNotEmpty().allSatisfy(item -> {
            assertThat(texts).containsKey(item.article());
            assertThat(item.span().end()).as("%s", item).isLessThanOrEqualTo(texts.get(item.article()).length());
        });
        for (Story story : result.stories()) {
            for (Claim claim : story.claims()) {
                assertThat(claim.reports()).as("claim %s", claim.statement())
                        .allMatch(report -> report.evidence().article().equals(report.article())
                                && story.articles().contains(report.article()));
            }
        }
    }

    private static final String OBAMA_PREVIEW = "polnear/breitbart_2016-07-27_obama-to-frame-election-as-comma";
    private static final String OBAMA_SPEECH = "polnear/west-journal_2016-07-28_obama-claims-hillary-most-qualif";
    private static final String OBAMA_SPEECH_NYT = "polnear/nyt_2016-07-29_obama-lays-out-stakes-for-a-divi";

    /**
     * Issue 10: the same articles joined to the account four batches at a time
     * ({@link CrossArticleAnalyzer#extend}) give nearly the stories of all at once (measured on
     * PolNeAR dev in docs/store.md), keep the seeds one story, and keep every id they gave.
     */
    @Test
    void issue10InBatchesTheStoriesAreNearlyThoseOfAllAtOnceAndIdsStay() {
        CrossArticleAnalyzer analyzer = CrossArticleAnalyzer.standard();
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        analyzed.forEach(article -> byId.put(article.article().id(), article));
        int batches = 4;
        CrossArticle account = CrossArticle.empty();
        Set<String> stored = new java.util.HashSet<>();
        for (int b = 0; b < batches; b++) {
            List<AnalyzedArticle> batch = analyzed.subList(analyzed.size() * b / batches, analyzed.size() * (b + 1) / batches);
            CrossArticle before = account;
            account = b == 0 ? analyzer.analyze(batch) : analyzer.extend(account, batch,
                    ids -> ids.stream().filter(stored::contains).map(byId::get).toList(), CrossArticleListener.NONE);
            batch.forEach(article -> stored.add(article.article().id()));
            Set<String> entityIds = account.entities().stream().map(Entity::id).collect(Collectors.toSet());
            assertThat(entityIds).as("every entity id of the batch before stays").containsAll(
                    before.entities().stream().map(Entity::id).toList());
        }
        Set<Set<String>> inBatches = account.stories().stream().map(story -> Set.copyOf(story.articles()))
                .collect(Collectors.toSet());
        long same = result.stories().stream().filter(story -> inBatches.contains(Set.copyOf(story.articles()))).count();
        assertThat((double) same / result.stories().size()).as("share of at once's stories found with the same articles")
                .isGreaterThanOrEqualTo(0.75);
        assertThat(account.stories()).filteredOn(story -> story.articles().stream().anyMatch(this::isSeed)).singleElement()
                .satisfies(story -> assertThat(story.articles()).containsExactlyInAnyOrder("seed/000", "seed/001", "seed/002"));
    }

    /**
     * Issue 10: joining batches to the account through a view that serves only the touched part (entities
     * by name key and member, the picked stories, their events), as a store does, gives exactly the account
     * the whole-account extend gives.
     */
    @Test
    void issue10ExtendingThroughTheTouchedPartGivesTheWholeAccountExtend() {
        CrossArticleAnalyzer analyzer = CrossArticleAnalyzer.standard();
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        analyzed.forEach(article -> byId.put(article.article().id(), article));
        int batches = 5;
        CrossArticle whole = analyzer.analyze(analyzed.subList(0, analyzed.size() / batches));
        CrossArticle partial = whole;
        Set<String> stored = new java.util.HashSet<>();
        analyzed.subList(0, analyzed.size() / batches).forEach(article -> stored.add(article.article().id()));
        ArticleLookup lookup = ids -> ids.stream().filter(stored::contains).map(byId::get).toList();
        int read = 0;
        int held = 0;
        for (int b = 1; b < batches; b++) {
            List<AnalyzedArticle> batch = analyzed.subList(analyzed.size() * b / batches, analyzed.size() * (b + 1) / batches);
            CrossArticle before = partial;
            whole = analyzer.extend(whole, batch, lookup, CrossArticleListener.NONE);
            MinimalAccountView view = new MinimalAccountView(before);
            partial = analyzer.extend(view, batch, lookup, CrossArticleListener.NONE).applyTo(before);
            batch.forEach(article -> stored.add(article.article().id()));
            assertThat(partial).as("batch %d", b).isEqualTo(whole);
            read += view.entitiesRead() + view.storiesRead() + view.eventsRead();
            held += before.entities().size() + before.stories().size() + before.events().size();
        }
        // What the view reads is printed, not asserted: 84 articles of one election campaign touch nearly the
        // whole account (every batch names its candidates), and a record read by two lookups counts twice.
        // That unrelated records are not read is asserted on the store (EmbeddedAccountPartTest).
        System.out.printf("issue 10, PolNeAR dev in %d batches: the view read %d records; the accounts before the"
                + " batches held %d%n", batches - 1, read, held);
    }

    private Story storyOf(String article) {
        return result.stories().stream().filter(story -> story.articles().contains(article)).findFirst()
                .orElseThrow(() -> new AssertionError("no story holds " + article));
    }

    private boolean isSeed(String article) {
        return article.startsWith("seed/");
    }

    private Set<String> eventIds() {
        return ids(event);
    }

    private static Set<String> ids(List<Document> documents) {
        return documents.stream().map(document -> document.article().id()).collect(Collectors.toSet());
    }

    private Entity entityNamed(String alias) {
        List<Entity> found = result.entities().stream()
                .filter(entity -> entity.type() == EntityType.PERSON && aliasNames(entity).contains(alias)).toList();
        assertThat(found).as("entities named %s", alias).hasSize(1);
        return found.get(0);
    }

    private static Set<String> aliasNames(Entity entity) {
        return entity.aliases().stream().map(EntityAlias::name).collect(Collectors.toSet());
    }

    private Set<String> outletsOf(Entity entity) {
        return entity.aliases().stream().flatMap(alias -> alias.articles().stream()).map(outlets::get)
                .collect(Collectors.toSet());
    }

    private String quote(Evidence evidence) {
        return evidence.span().coveredText(texts.get(evidence.article()));
    }

    private static List<Article> seeds() {
        return List.of(
                seed("seed/000", "000_473c4f10df995f4b.txt", "Breitbart", LocalDate.of(2022, 3, 24)),
                seed("seed/001", "001_f6f65f91ea9eb73f.txt", "The Cradle", LocalDate.of(2022, 10, 27)),
                seed("seed/002", "002_afd6bb49de05422a.txt", "The Jerusalem Post", LocalDate.of(2022, 2, 27)));
    }

    private static Article seed(String id, String file, String outlet, LocalDate published) {
        try (InputStream in = PolnearStoriesTest.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /seeds/" + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Article(id, file, InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(outlet), List.of(), Optional.of(published), DateSource.MANIFEST, Optional.empty(),
                    text, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + file, e);
        }
    }
}
