package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.ProblemCategory;
import org.parallax.model.Quote;
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.pipeline.ArticleDestination;
import org.parallax.pipeline.IncrementalCorpusAnalyzer;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.pipeline.PipelineResult;

/**
 * Issue 10: what every store backend must do, run against each (embedded, PostgreSQL) by a subclass.
 * Articles are the bundled examples, analysed by the real layers (once per JVM, see {@link TestLayers}).
 */
abstract class StoreContractTest {

    @TempDir
    Path temporary;

    private Store store;

    /** A new, empty store location for one test; {@code temporary} is this test's own folder. */
    abstract StoreLocation newLocation(Path temporary) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = Store.open(newLocation(temporary));
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private PipelineResult ingest(Path manifest, Path... paths) {
        List<String> names = java.util.Arrays.stream(paths).map(Path::toString).toList();
        return TestLayers.pipeline(manifest).run(names, store.destination("tester"), PipelineListener.NONE);
    }

    private PipelineResult ingestExamples() {
        return ingest(TestLayers.MANIFEST, TestLayers.EXAMPLES);
    }

    @Test
    void ingestKeepsArticlesAndTheirAccount() {
        PipelineResult result = ingestExamples();

        assertThat(result.kept()).isEqualTo(3);
        StoreCounts counts = store.counts();
        assertThat(counts.articles()).isEqualTo(3);
        assertThat(counts.current()).isEqualTo(3);
        assertThat(counts.outlets()).isEqualTo(3);
        assertThat(counts.quotes()).isPositive();
        assertThat(counts.entities()).isPositive();
        assertThat(counts.events()).isPositive();
        assertThat(counts.stories()).isPositive();
        assertThat(counts.claims()).isPositive();
        assertThat(store.account()).isEqualTo(result.crossArticle());
        String id = store.account().stories().get(0).articles().get(0);
        assertThat(store.article(id)).hasValueSatisfying(article -> {
            assertThat(article.annotations().quotes()).isNotEmpty();
            assertThat(article.article().text()).isNotBlank();
        });
        List<String> handedOver = new java.util.ArrayList<>();
        store.articles().forEach(article -> handedOver.add(article.id()));
        assertThat(handedOver).as("the articles a claim check reads").hasSize(3).doesNotHaveDuplicates().contains(id);
    }

    @Test
    void theSameArticlesTwiceAreStoredOnce() {
        ingestExamples();
        PipelineResult again = ingestExamples();

        assertThat(again.read()).isEqualTo(3);
        assertThat(again.kept()).isZero();
        assertThat(store.counts().articles()).isEqualTo(3);
    }

    @Test
    void articlesIngestedOneByOneGiveTheSameStoriesAndCastAsAllAtOnce() throws Exception {
        List<Path> files;
        try (var listing = Files.list(TestLayers.EXAMPLES)) {
            files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            ingest(TestLayers.MANIFEST, file);
        }
        CrossArticle incremental = store.account();
        store.close();
        store = Store.open(newLocation(temporary.resolve("at-once")));
        ingest(TestLayers.MANIFEST, files.toArray(Path[]::new));
        CrossArticle atOnce = store.account();

        assertThat(stories(incremental)).isEqualTo(stories(atOnce));
        assertThat(cast(incremental)).isEqualTo(cast(atOnce));
        assertThat(incremental.events()).hasSameSizeAs(atOnce.events());
        assertThat(incremental.stories().stream().mapToInt(story -> story.claims().size()).sum())
                .isEqualTo(atOnce.stories().stream().mapToInt(story -> story.claims().size()).sum());
    }

    @Test
    void idsStayStableWhenArticlesJoinTheAccount() throws Exception {
        List<Path> files = exampleFiles();
        ingest(TestLayers.MANIFEST, files.get(0), files.get(1));
        CrossArticle before = store.account();
        ingest(TestLayers.MANIFEST, files.get(2));
        CrossArticle after = store.account();

        assertThat(after.entities().size()).isGreaterThan(before.entities().size());
        for (Entity entity : before.entities()) {
            assertThat(after.entities()).as("entity %s (%s) keeps its id", entity.id(), entity.name())
                    .anySatisfy(later -> {
                        assertThat(later.id()).isEqualTo(entity.id());
                        assertThat(later.members()).containsAll(entity.members());
                    });
        }
        for (Story story : before.stories()) {
            Story later = after.stories().stream().filter(each -> each.articles().containsAll(story.articles()))
                    .findFirst().orElseThrow();
            assertThat(later.id()).as("the story holding %s", story.articles()).isEqualTo(story.id());
        }
        Set<String> laterEvents = after.events().stream().map(Event::id).collect(Collectors.toSet());
        Set<String> laterClaims = after.stories().stream().flatMap(story -> story.claims().stream()).map(Claim::id)
                .collect(Collectors.toSet());
        assertThat(laterEvents).hasSize(after.events().size());
        assertThat(laterClaims).hasSize((int) after.stories().stream().mapToLong(story -> story.claims().size()).sum());
        String entityIds = after.entities().stream().map(Entity::id).collect(Collectors.joining(" "));
        assertThat(after.entities()).extracting(Entity::id).doesNotHaveDuplicates();
        assertThat(entityIds).doesNotContain("_");
    }

    /**
     * Issue 10: the embeddings of stored articles' texts are kept (migration V4), so that an incremental
     * ingest embeds only the texts of the articles it adds, and decides as it would have without them.
     */
    @Test
    void issue10AnIncrementalIngestEmbedsOnlyWhatTheStoreDoesNotHold() throws Exception {
        List<Path> files = exampleFiles();
        CrossArticleAnalyzer layer = TestLayers.crossArticle();
        CachingTextEmbedder embedder = layer.cachingEmbedder().orElseThrow();
        Pipeline pipeline = TestLayers.pipeline(TestLayers.MANIFEST, PipelineSettings.DEFAULT_BATCH_SIZE,
                IncrementalCorpusAnalyzer.of(layer));
        pipeline.run(List.of(files.get(0).toString(), files.get(1).toString()), store.destination("tester"), PipelineListener.NONE);
        CrossArticle before = store.account();
        Set<String> storedBefore = new HashSet<>();
        store.forEachArticle(stored -> storedBefore.add(stored.id()));

        long embeddedBefore = embedder.textsEmbedded();
        pipeline.run(List.of(files.get(2).toString()), store.destination("tester"), PipelineListener.NONE);
        long embeddedCached = embedder.textsEmbedded() - embeddedBefore;
        CrossArticle cached = store.account();

        List<AnalyzedArticle> third = new ArrayList<>();
        store.forEachArticle(stored -> {
            if (!storedBefore.contains(stored.id())) {
                third.add(stored.analyzed());
            }
        });
        embeddedBefore = embedder.textsEmbedded();
        CrossArticle uncached = layer.extend(before, third,
                ids -> ids.stream().map(store::article).flatMap(Optional::stream).toList(), CrossArticleListener.NONE);
        long embeddedUncached = embedder.textsEmbedded() - embeddedBefore;

        assertThat(embeddedCached).as("texts embedded with the store's embeddings (%d without)", embeddedUncached)
                .isPositive().isLessThan(embeddedUncached);
        assertThat(stories(cached)).isEqualTo(stories(uncached));
        assertThat(cast(cached)).isEqualTo(cast(uncached));
        assertThat(cached.events()).hasSameSizeAs(uncached.events());
        assertThat(cached.stories()).flatExtracting(Story::claims).extracting(Claim::statement)
                .containsExactlyInAnyOrderElementsOf(uncached.stories().stream().flatMap(story -> story.claims().stream())
                        .map(Claim::statement).toList());
    }

    @Test
    void keptEmbeddingsAreFoundExactlyAfterReopening() throws Exception {
        float[] vector = {0.25f, -1.5e-8f, Float.MIN_VALUE, 0.33333334f};
        String key = CachingTextEmbedder.key("test-model", "Ukraine and Russia agreed a ceasefire.");
        ArticleDestination destination = store.destination("tester");
        EmbeddingCache cache = destination.embeddingCache();
        cache.keep(Map.of(key, vector));
        cache.keep(Map.of(key, new float[] {9, 9, 9, 9}));
        assertThat(cache.find(List.of(key)).get(key)).as("waiting to be written, found").containsExactly(vector);
        destination.keep(List.of(), List.of());
        store.close();
        store = Store.open(newLocation(temporary));

        Map<String, float[]> found = store.destination("tester").embeddingCache().find(List.of(key, "0".repeat(64)));

        assertThat(found).containsOnlyKeys(key);
        assertThat(found.get(key)).containsExactly(vector);
    }

    @Test
    void correctionsSurviveAnIncrementalIngest() throws Exception {
        List<Path> files = exampleFiles();
        ingest(TestLayers.MANIFEST, files.get(0), files.get(1));
        List<Entity> entities = store.account().entities();
        Entity kept = entities.get(0);
        Entity merged = entities.get(1);
        store.mergeEntities(kept.id(), merged.id(), "analyst@example.org");
        Story story = store.account().stories().stream().filter(each -> each.articles().size() > 1).findFirst()
                .orElse(store.account().stories().get(0));

        ingest(TestLayers.MANIFEST, files.get(2));

        CrossArticle after = store.account();
        Entity stillMerged = Corrections.entityWithMember(after, merged.members().get(0)).orElseThrow();
        assertThat(stillMerged.id()).isEqualTo(kept.id());
        assertThat(stillMerged.members()).containsAll(kept.members()).containsAll(merged.members());
        assertThat(after.entities()).extracting(Entity::id).doesNotContain(merged.id());
        assertThat(after.stories()).anySatisfy(later -> assertThat(later.id()).isEqualTo(story.id()));
        assertThat(store.auditLog()).extracting(Correction::kind).containsExactly(Correction.Kind.MERGE_ENTITIES);
        assertThat(store.search(SearchQuery.all().withEntities(List.of(kept.id()))).total()).isGreaterThanOrEqualTo(1);
    }

    private static List<Path> exampleFiles() throws IOException {
        try (var listing = Files.list(TestLayers.EXAMPLES)) {
            return listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Set<Set<String>> stories(CrossArticle account) {
        return account.stories().stream().map(story -> Set.copyOf(story.articles())).collect(Collectors.toSet());
    }

    private static Set<String> cast(CrossArticle account) {
        return account.entities().stream().map(Entity::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void syndicatedCopiesAndUpdatesAreLinkedAndCountedAsOneSource() throws IOException {
        Path corpus = Files.createDirectories(temporary.resolve("corpus"));
        String original = Files.readString(TestLayers.EXAMPLES.resolve("002_afd6bb49de05422a.txt"));
        Files.writeString(corpus.resolve("original.txt"), original);
        Files.writeString(corpus.resolve("copy.txt"), original.replace("Monday", "Mon."));
        Files.writeString(corpus.resolve("manifest.csv"), "path,url,outlet,published\n"
                + "original.txt,https://wire.example/story,Wire Service,2022-10-24\n"
                + "copy.txt,https://paper.example/story,Daily Paper,2022-10-24\n", StandardCharsets.UTF_8);
        ingest(corpus.resolve("manifest.csv"), corpus);

        StoreCounts counts = store.counts();
        assertThat(counts.articles()).isEqualTo(2);
        assertThat(counts.nearDuplicates()).isEqualTo(1);
        Answers.StorySummary story = store.stories().stream().filter(summary -> summary.articles() == 2).findFirst().orElseThrow();
        assertThat(story.independentSources()).isEqualTo(1);
        String copy = story.story().articles().stream()
                .filter(id -> store.article(id).orElseThrow().article().outlet().orElseThrow().equals("Daily Paper"))
                .findFirst().orElseThrow();
        assertThat(store.nearDuplicates(copy)).singleElement()
                .satisfies(link -> assertThat(link.kind()).isEqualTo(NearDuplicateKind.SYNDICATED));

        Path update = Files.createDirectories(temporary.resolve("update"));
        Files.writeString(update.resolve("updated.txt"), original + "\n\nThis article was updated with a correction.");
        Files.writeString(update.resolve("manifest.csv"), "path,url,outlet,published\n"
                + "updated.txt,https://wire.example/story,Wire Service,2022-10-25\n", StandardCharsets.UTF_8);
        ingest(update.resolve("manifest.csv"), update);

        assertThat(store.counts().articles()).isEqualTo(3);
        assertThat(store.counts().current()).isEqualTo(2);
        assertThat(store.search(SearchQuery.all()).total()).isEqualTo(2);
    }

    @Test
    void issue10CopiesOfOneWireStoryAreLinkedToItsFirstTextNotToEachOther() throws IOException {
        Path corpus = Files.createDirectories(temporary.resolve("wire"));
        String original = Files.readString(TestLayers.EXAMPLES.resolve("002_afd6bb49de05422a.txt"));
        StringBuilder manifest = new StringBuilder("path,url,outlet,published\n");
        int copies = 6;
        for (int i = 0; i <= copies; i++) {
            // each outlet's copy differs in one line, as syndicated copy does (its own credit line)
            Files.writeString(corpus.resolve("copy" + i + ".txt"), original + "\n\nDistributed by outlet number " + i + ".");
            manifest.append("copy").append(i).append(".txt,https://paper").append(i).append(".example/story,Paper ").append(i)
                    .append(",2022-10-24\n");
        }
        Files.writeString(corpus.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
        ingest(corpus.resolve("manifest.csv"), corpus);

        StoreCounts counts = store.counts();
        assertThat(counts.articles()).isEqualTo(copies + 1);
        assertThat(counts.nearDuplicates()).as("one link per copy, not one per pair of copies").isEqualTo(copies);
        Answers.StorySummary story = store.stories().stream().filter(summary -> summary.articles() == copies + 1).findFirst().orElseThrow();
        assertThat(story.independentSources()).isEqualTo(1);
    }

    @Test
    void issue10TheLatestOfAnOutletsVersionsOfATextIsItsCurrentOne() throws IOException {
        Path corpus = Files.createDirectories(temporary.resolve("versions"));
        String original = Files.readString(TestLayers.EXAMPLES.resolve("002_afd6bb49de05422a.txt"));
        StringBuilder manifest = new StringBuilder("path,url,outlet,published\n");
        for (int version = 1; version <= 3; version++) {
            Files.writeString(corpus.resolve("v" + version + ".txt"), original + "\n\nUpdated " + version + " times.");
            manifest.append("v").append(version).append(".txt,https://wire.example/story-v").append(version).append(",Wire Service,2022-10-2")
                    .append(3 + version).append("\n");
        }
        Files.writeString(corpus.resolve("copy.txt"), original + "\n\nDistributed by the Daily Paper.");
        manifest.append("copy.txt,https://paper.example/story,Daily Paper,2022-10-27\n");
        Files.writeString(corpus.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
        for (String name : List.of("v1.txt", "v2.txt", "v3.txt", "copy.txt")) {
            ingest(corpus.resolve("manifest.csv"), corpus.resolve(name)); // one by one, in order of publication
        }

        assertThat(store.counts().articles()).isEqualTo(4);
        assertThat(store.counts().current()).as("the wire's third version and the paper's copy").isEqualTo(2);
        assertThat(store.search(SearchQuery.all()).total()).isEqualTo(2);
    }

    @Test
    void issue10EveryExportFormatIsWrittenFromTheStore() throws Exception {
        ingestExamples();
        Path out = temporary.resolve("exports");
        Exporter exporter = new Exporter(store);
        exporter.export(ExportFormat.JSONL, null, out.resolve("all.jsonl"));
        exporter.export(ExportFormat.GRAPHML, null, out.resolve("all.graphml"));
        exporter.export(ExportFormat.CSV, SearchQuery.all().withOutlets(List.of("Breitbart")), out.resolve("csv"));
        exporter.export(ExportFormat.HTML, null, out.resolve("html"));

        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("all.jsonl"), StandardCharsets.UTF_8)) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("kind").asText()).containsExactly("article", "article", "article", "story");
        assertThat(lines.get(3).at("/story/claims")).isNotEmpty();
        assertThat(lines.get(3).get("independentSources").asInt()).isEqualTo(3);
        String graph = Files.readString(out.resolve("all.graphml"));
        assertThat(graph).contains("<graphml").contains("<node").contains("<edge");
        assertThat(Files.readAllLines(out.resolve("csv/articles.csv"))).as("header and the one Breitbart article").hasSize(2);
        for (String table : List.of("quotes", "entities", "events", "claims")) {
            assertThat(Files.readAllLines(out.resolve("csv/" + table + ".csv")).size()).as(table).isGreaterThan(1);
        }
        assertThat(Files.readString(out.resolve("html").resolve("report.html"))).contains("Ukrainian president reveals intelligence cooperation with Israel");
    }

    @Test
    void searchFindsTextWithHighlightsFiltersSortsPagesAndCounts() {
        ingestExamples();

        SearchResults ukraine = store.search(SearchQuery.text("Ukraine"));
        assertThat(ukraine.total()).isEqualTo(3);
        assertThat(ukraine.hits()).allSatisfy(hit -> {
            assertThat(hit.snippets()).isNotEmpty();
            assertThat(hit.snippets().get(0).highlights()).isNotEmpty();
            assertThat(hit.snippets().get(0).marked("[", "]")).containsIgnoringCase("[ukrain");
        });
        assertThat(store.search(SearchQuery.text("Ukraine").withOutlets(List.of("Breitbart"))).hits())
                .singleElement().satisfies(hit -> assertThat(hit.outlet()).isEqualTo("Breitbart"));
        assertThat(store.search(SearchQuery.all().withDates(Optional.of(LocalDate.of(2022, 3, 1)), Optional.empty())).total())
                .isEqualTo(2);
        assertThat(store.search(SearchQuery.all().withDates(Optional.empty(), Optional.of(LocalDate.of(2022, 3, 24)))).total())
                .isEqualTo(2);
        List<SearchHit> newest = store.search(SearchQuery.all().withSort(SearchSort.NEWEST)).hits();
        List<SearchHit> oldest = store.search(SearchQuery.all().withSort(SearchSort.OLDEST)).hits();
        assertThat(newest.get(0).published()).isEqualTo(oldest.get(2).published());
        assertThat(oldest.get(0).published()).contains(LocalDate.of(2022, 2, 27));
        assertThat(newest.get(0).published()).contains(LocalDate.of(2022, 10, 27));
        assertThat(store.search(SearchQuery.all().withPage(2, 10)).hits()).hasSize(1);
        assertThat(store.search(SearchQuery.all().withPage(3, 10)).hits()).isEmpty();
        assertThat(store.search(SearchQuery.text("zzzunheardofword")).total()).isZero();

        SearchResults all = store.search(SearchQuery.all());
        assertThat(all.facets().get(SearchResults.FacetDimension.OUTLET)).hasSize(3);
        assertThat(all.facets().get(SearchResults.FacetDimension.MONTH)).extracting(SearchResults.FacetCount::value)
                .contains("2022-03");
        assertThat(all.facets().get(SearchResults.FacetDimension.ENTITY)).isNotEmpty()
                .allSatisfy(facet -> assertThat(facet.label()).isNotEqualTo(facet.value()));
        assertThat(all.facets().get(SearchResults.FacetDimension.SPEAKER)).isNotEmpty();

        List<String> zelensky = store.findEntities("Zelensky");
        assertThat(zelensky).isNotEmpty();
        assertThat(store.search(SearchQuery.all().withEntities(zelensky)).total()).isEqualTo(3);
        String story = store.account().stories().get(0).id();
        assertThat(store.search(SearchQuery.all().withStories(List.of(story))).total())
                .isEqualTo(store.account().stories().get(0).articles().size());
        String speaker = all.facets().get(SearchResults.FacetDimension.SPEAKER).get(0).value();
        assertThat(store.search(SearchQuery.all().withSpeakers(List.of(speaker))).total()).isPositive();
        assertThatThrownBy(() -> store.search(SearchQuery.text("\"unclosed")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.BAD_REQUEST));
    }

    /** Issue 10: deep pages by cursor (searchAfter) walk the same hits in the same order as offsets, each once. */
    @Test
    void issue10CursorPagesGiveTheHitsOfOffsetPagesInOrder() {
        ingestExamples();
        for (SearchSort sort : SearchSort.values()) {
            SearchQuery query = SearchQuery.all().withSort(sort);
            List<String> byOffset = store.search(query.withPage(0, 10)).hits().stream().map(SearchHit::article).toList();
            List<String> byCursor = new ArrayList<>();
            SearchResults page = store.search(query.withPage(0, 1));
            byCursor.add(page.hits().get(0).article());
            while (page.next().isPresent()) {
                page = store.search(query.withCursor(page.next().get(), 1));
                assertThat(page.total()).isEqualTo(3);
                page.hits().forEach(hit -> byCursor.add(hit.article()));
            }
            assertThat(byCursor).as("sorted by %s", sort).isEqualTo(byOffset).hasSize(3);
        }
        SearchResults first = store.search(SearchQuery.text("Israel").withPage(0, 2));
        assertThat(first.next()).isPresent();
        assertThat(store.search(SearchQuery.text("Israel").withPage(0, 3)).next()).isEmpty();
        assertThat(store.search(SearchQuery.text("Israel").withCursor(first.next().get(), 5)).hits()).hasSize(1);
        assertThatThrownBy(() -> store.search(SearchQuery.text("Israel").withSort(SearchSort.NEWEST)
                .withCursor(first.next().get(), 5))).isInstanceOf(StoreException.class).hasMessageContaining("sorted by relevance");
        assertThatThrownBy(() -> store.search(SearchQuery.all().withCursor("not-a-cursor", 5)))
                .isInstanceOf(StoreException.class).hasMessageContaining("not-a-cursor");
    }

    /**
     * Issue 9, "Who said what": an interrupted quotation of seed 000 (Yermak's "“…,” he said. … “There is no need to
     * tell us …”") is one quote of several pieces; the store keeps the pieces in the article's record, answers "what
     * did X say" with the pieces' words (not the "he said" between them), and exports them (CSV column
     * {@code pieces}, JSON Lines {@code pieces}).
     */
    @Test
    void issue9AnInterruptedQuotationKeepsItsPiecesInTheRecordTheAnswersAndTheExports() throws Exception {
        ingestExamples();
        AnalyzedArticle article = store.search(SearchQuery.all()).hits().stream()
                .map(hit -> store.article(hit.article()).orElseThrow())
                .filter(each -> each.annotations().quotes().stream().anyMatch(Quote::interrupted)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed article has an interrupted quotation"));
        Quote quote = article.annotations().quotes().stream().filter(Quote::interrupted).findFirst().orElseThrow();
        String text = article.article().text();
        assertThat(quote.pieces()).hasSizeGreaterThan(1);

        String speaker = store.account().entities().stream()
                .filter(entity -> entity.members().contains(quote.speaker().orElseThrow().entity().orElseThrow()))
                .findFirst().orElseThrow().id();
        assertThat(store.quotes(speaker, Optional.empty()))
                .filteredOn(found -> found.article().equals(article.article().id()) && found.span().equals(quote.span()))
                .singleElement().satisfies(found -> assertThat(found.text()).isEqualTo(quote.piecesText(text))
                        .contains(" … ").doesNotContain(text.substring(quote.pieces().get(0).end(), quote.pieces().get(1).begin())));

        Path out = temporary.resolve("exports");
        Exporter exporter = new Exporter(store);
        exporter.export(ExportFormat.CSV, null, out.resolve("csv"));
        String pieces = String.join("; ", quote.pieces().stream().map(piece -> piece.begin() + "-" + piece.end()).toList());
        assertThat(Files.readAllLines(out.resolve("csv/quotes.csv"), StandardCharsets.UTF_8).get(0)).containsPattern("text\"?,\"?pieces\"?$");
        assertThat(Files.readString(out.resolve("csv/quotes.csv"), StandardCharsets.UTF_8)).contains(pieces);
        exporter.export(ExportFormat.JSONL, null, out.resolve("all.jsonl"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Integer> begins = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("all.jsonl"), StandardCharsets.UTF_8)) {
            com.fasterxml.jackson.databind.JsonNode node = json.readTree(line);
            if (node.at("/article/id").asText().equals(article.article().id())) {
                for (com.fasterxml.jackson.databind.JsonNode each : node.at("/article/quotes")) {
                    each.path("pieces").forEach(piece -> begins.add(piece.get("begin").asInt()));
                }
            }
        }
        assertThat(begins).containsAll(quote.pieces().stream().map(piece -> piece.begin()).toList());
    }

    @Test
    void questionsAnswerWhoSaidWhatTheTimelineAndClaimCoverage() {
        ingestExamples();
        SearchResults all = store.search(SearchQuery.all());
        String speaker = all.facets().get(SearchResults.FacetDimension.SPEAKER).get(0).value();

        List<Answers.QuoteFound> said = store.quotes(speaker, Optional.empty());
        assertThat(said).isNotEmpty().allSatisfy(quote -> {
            AnalyzedArticle article = store.article(quote.article()).orElseThrow();
            Quote stored = article.annotations().quotes().stream().filter(each -> each.span().equals(quote.span()))
                    .findFirst().orElseThrow();
            assertThat(quote.text()).isEqualTo(stored.piecesText(article.article().text()));
        });
        List<String> ukraine = store.findEntities("Ukraine");
        assertThat(ukraine).isNotEmpty();
        List<Answers.Speaker> aboutUkraine = store.speakersAbout(ukraine.get(0));
        assertThat(aboutUkraine).isNotEmpty();
        Answers.Speaker first = aboutUkraine.get(0);
        assertThat(store.quotes(first.entity(), Optional.of(ukraine.get(0)))).hasSize((int) first.quotes());

        Entity busiest = store.account().entities().stream()
                .max(java.util.Comparator.comparingLong(entity -> store.timeline(entity.id()).size())).orElseThrow();
        assertThat(store.timeline(busiest.id())).isNotEmpty()
                .allSatisfy(event -> assertThat(event.participants()).contains(busiest.id()));

        Story story = store.account().stories().get(0);
        String claim = story.claims().get(0).id();
        assertThat(store.claimCoverage(claim)).hasValueSatisfying(coverage -> {
            assertThat(coverage.story()).isEqualTo(story.id());
            assertThat(coverage.outlets().keySet()).containsExactlyInAnyOrderElementsOf(story.outlets());
            assertThat(coverage.outlets().values()).contains(Stance.REPORTED);
        });
        assertThat(store.claimCoverage("c-none")).isEmpty();
    }

    /** Issue 11: the entity and story pages read their lists a page at a time; the pages put together are the whole answer. */
    @Test
    void issue11PagesOfSpeakersAndEventsMakeUpTheWholeAnswersInOrderAndArticlesHeadingsAreReadById() {
        ingestExamples();
        String ukraine = store.findEntities("Ukraine").get(0);
        List<Answers.Speaker> speakers = store.speakersAbout(ukraine);
        assertThat(pagesOf(2, (offset, limit) -> store.speakersAbout(ukraine, offset, limit), speakers.size())).isEqualTo(speakers);

        Entity busiest = store.account().entities().stream()
                .max(java.util.Comparator.comparingLong(entity -> store.timeline(entity.id()).size())).orElseThrow();
        List<Event> timeline = store.timeline(busiest.id());
        assertThat(timeline.size()).isGreaterThan(2);
        assertThat(pagesOf(2, (offset, limit) -> store.timeline(busiest.id(), offset, limit), timeline.size())).isEqualTo(timeline);

        Story story = store.account().stories().get(0);
        List<String> wanted = new ArrayList<>(story.articles());
        java.util.Collections.reverse(wanted);
        wanted.add(1, "a-none");
        List<SearchHit> articles = store.articleHeads(wanted);
        assertThat(articles).extracting(SearchHit::article).containsExactlyElementsOf(wanted.stream().filter(id -> !id.equals("a-none")).toList());
        assertThat(articles).allSatisfy(hit -> {
            AnalyzedArticle stored = store.article(hit.article()).orElseThrow();
            assertThat(hit.title()).isEqualTo(stored.article().title());
            assertThat(hit.outlet()).isEqualTo(stored.article().outlet().orElse(stored.article().source()));
            assertThat(hit.published()).isEqualTo(stored.article().published());
            assertThat(hit.snippets()).isEmpty();
        });
        assertThat(store.articleHeads(List.of())).isEmpty();
        assertThat(store.timeline(busiest.id(), timeline.size(), 10).items()).isEmpty();
        assertThat(store.timeline(busiest.id(), timeline.size(), 10).total()).isEqualTo(timeline.size());
        assertThatThrownBy(() -> store.speakersAbout(ukraine, -1, 2)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.BAD_REQUEST));
    }

    /** Every item of a paged answer, read {@code size} at a time; each page's total must be {@code total}. */
    private static <T> List<T> pagesOf(int size, java.util.function.BiFunction<Integer, Integer, Answers.Page<T>> read, int total) {
        List<T> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += size) {
            Answers.Page<T> page = read.apply(offset, size);
            assertThat(page.total()).isEqualTo(total);
            assertThat(page.items().size()).isLessThanOrEqualTo(size);
            all.addAll(page.items());
            if (page.items().size() < size) {
                return all;
            }
        }
    }

    @Test
    void correctionsAreAuditedAndSurviveReanalysis() throws IOException {
        ingestExamples();
        List<Entity> entities = store.account().entities();
        Entity kept = entities.get(0);
        Entity merged = entities.get(1);

        Correction correction = store.mergeEntities(kept.id(), merged.id(), "analyst@example.org");

        assertThat(correction.madeBy()).isEqualTo("analyst@example.org");
        assertThat(store.account().entities()).hasSize(entities.size() - 1);
        assertThat(store.entity(kept.id()).orElseThrow().members()).containsAll(merged.members());

        Story story = store.account().stories().get(0);
        store.splitStory(story.id(), List.of(story.articles().get(0)), "editor");
        assertThat(store.account().stories()).hasSize((int) store.counts().stories());
        int storiesAfterSplit = store.account().stories().size();

        // New articles arrive: the account is recomputed from all articles, and the corrections are reapplied.
        Path more = Files.createDirectories(temporary.resolve("more"));
        Files.writeString(more.resolve("note.txt"), "A brief note about the weather in Paris.\n\nIt rained on Tuesday.");
        ingest(null, more);

        CrossArticle after = store.account();
        Entity stillMerged = Corrections.entityWithMember(after, merged.members().get(0)).orElseThrow();
        assertThat(stillMerged.members()).containsAll(kept.members());
        assertThat(after.stories().size()).isGreaterThanOrEqualTo(storiesAfterSplit);
        assertThat(Corrections.storyWithArticle(after, story.articles().get(0)).orElseThrow().articles())
                .doesNotContainAnyElementsOf(story.articles().subList(1, story.articles().size()));
        assertThat(store.auditLog()).extracting(Correction::kind)
                .containsExactly(Correction.Kind.MERGE_ENTITIES, Correction.Kind.SPLIT_STORY);
        assertThat(store.auditLog()).allSatisfy(entry -> assertThat(entry.madeAt()).isNotNull());

        assertThatThrownBy(() -> store.mergeEntities("e-none", kept.id(), "x"))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
    }

    @Test
    void storiesMergeBackAndEntitiesSplitByName() {
        ingestExamples();
        Story story = store.account().stories().get(0);
        store.splitStory(story.id(), List.of(story.articles().get(0)), "editor");
        Story split = Corrections.storyWithArticle(store.account(), story.articles().get(0)).orElseThrow();
        assertThat(split.id()).isNotEqualTo(story.id());

        store.mergeStories(story.id(), split.id(), "editor");
        assertThat(Set.copyOf(Corrections.storyWithArticle(store.account(), story.articles().get(0)).orElseThrow().articles()))
                .isEqualTo(Set.copyOf(story.articles()));

        Entity withAliases = store.account().entities().stream().filter(entity -> entity.aliases().size() > 1
                && entity.members().size() > 1).findFirst().orElseThrow();
        String alias = withAliases.aliases().get(withAliases.aliases().size() - 1).name();
        int before = store.account().entities().size();
        try {
            store.splitEntity(withAliases.id(), alias, "editor");
            assertThat(store.account().entities()).hasSize(before + 1);
            assertThat(store.auditLog()).hasSize(3);
        } catch (StoreException e) {
            // Every member is also mentioned by that name: the split would change nothing, so it is refused, not recorded.
            assertThat(e.kind()).isEqualTo(StoreException.Kind.BAD_REQUEST);
            assertThat(e.getMessage()).contains("would change nothing");
            assertThat(store.account().entities()).hasSize(before);
            assertThat(store.auditLog()).hasSize(2);
        }
    }

    @Test
    void problemsAreRecordedWithTheirCategoryAndTheRestIsStored() throws IOException {
        Path corpus = Files.createDirectories(temporary.resolve("bad"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.copy(TestLayers.EXAMPLES.resolve("000_473c4f10df995f4b.txt"), corpus.resolve("good.txt"));
        PipelineResult result = ingest(null, corpus);

        assertThat(result.kept()).isEqualTo(1);
        assertThat(store.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.category()).isEqualTo(ProblemCategory.BAD_INPUT);
            assertThat(problem.input()).endsWith("empty.txt");
        });
        assertThat(store.counts().problems()).isEqualTo(1);
    }

    @Test
    void aSecondWriterIsToldTheStoreIsBusy() throws Exception {
        store.destination("first");
        try (Store second = Store.open(newLocation(temporary))) {
            assertThatThrownBy(() -> second.destination("second"))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.BUSY);
                        assertThat(e.getMessage()).contains("busy");
                    });
        } catch (StoreException e) {
            assertThat(e.kind()).isEqualTo(StoreException.Kind.BUSY);
        }
    }

    @Test
    void readersDuringAnIngestSeeWholeArticlesOnly() throws Exception {
        org.parallax.pipeline.Pipeline oneByOne = TestLayers.pipeline(TestLayers.MANIFEST, 1);
        Thread writer = new Thread(() -> oneByOne.run(List.of(TestLayers.EXAMPLES.toString()), store.destination("writer"),
                PipelineListener.NONE));
        writer.start();
        long seen = 0;
        while (writer.isAlive() || seen < 3) {
            for (SearchHit hit : store.search(SearchQuery.all()).hits()) {
                assertThat(store.article(hit.article())).as("a hit's article is stored whole").hasValueSatisfying(article ->
                        assertThat(article.article().text()).isNotBlank());
            }
            seen = store.search(SearchQuery.all()).total();
            if (!writer.isAlive() && seen < 3) {
                break;
            }
        }
        writer.join();
        assertThat(store.search(SearchQuery.all()).total()).isEqualTo(3);
    }

    /**
     * Issue 11: readers do not queue behind one another or behind a writer. One reader stops in the
     * middle of walking the articles (holding its read connection and transaction); meanwhile other
     * threads search, read articles, count, and write (a token, a saved search). With one connection
     * for everything, as before, all of them would wait for the stopped reader.
     */
    @Test
    void issue11ReadsAndWritesGoOnWhileAnotherReaderIsInTheMiddleOfItsRead() throws Exception {
        ingestExamples();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<?> stopped = threads.submit(() -> store.forEachArticle(stored -> {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            List<Future<Object>> others = threads.invokeAll(List.of(
                    () -> store.search(SearchQuery.text("Israel")).total(),
                    () -> store.article(store.search(SearchQuery.all()).hits().get(0).article()).orElseThrow(),
                    () -> store.counts().articles() + store.stories().size() + store.quotes("Netanyahu", Optional.empty()).size(),
                    () -> store.createToken("while-reading").token().name()), 30, TimeUnit.SECONDS);

            for (Future<Object> other : others) {
                assertThat(other.isCancelled()).as("a call that waited for the stopped reader").isFalse();
                assertThat(other.get()).isNotNull();
            }
            assertThat(store.tokens()).extracting(ApiToken::name).contains("while-reading");
            release.countDown();
            stopped.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void whatIsStoredIsThereAfterReopening() throws Exception {
        ingestExamples();
        CrossArticle account = store.account();
        Set<String> ids = new HashSet<>();
        store.forEachArticle(stored -> ids.add(stored.id()));
        store.close();
        store = Store.open(newLocation(temporary));

        assertThat(store.account()).isEqualTo(account);
        assertThat(store.search(SearchQuery.text("Israel")).total()).isEqualTo(3);
        Set<String> again = new HashSet<>();
        store.forEachArticle(stored -> again.add(stored.id()));
        assertThat(again).isEqualTo(ids).hasSize(3);
    }

    /** Issue 11: what the server reads one at a time (a story, an event, the outlets) and what it keeps (tokens, saved searches). */
    @Test
    void storiesEventsAndOutletsAreReadByIdAndTokensAndSavedSearchesAreKept() throws Exception {
        ingestExamples();
        Answers.StorySummary first = store.stories().get(0);
        assertThat(store.story(first.story().id())).contains(first);
        assertThat(store.story("s999")).isEmpty();
        org.parallax.model.Event event = store.account().events().get(0);
        assertThat(store.event(event.id())).contains(event);
        assertThat(store.event("v999")).isEmpty();
        assertThat(store.outlets()).containsExactly("Breitbart", "The Cradle", "The Jerusalem Post");
        for (String article : first.story().articles()) {
            assertThat(store.storiesOf(article)).contains(first.story().id());
        }
        assertThat(store.storiesOf("no-such-article")).isEmpty();

        ApiToken.Created made = store.createToken("analyst");
        assertThat(made.secret()).startsWith("plx_").hasSizeGreaterThan(40);
        assertThat(store.token(made.secret())).contains(made.token());
        assertThat(store.token(made.secret() + "x")).isEmpty();
        assertThat(store.tokens()).containsExactly(made.token());
        assertThatThrownBy(() -> store.createToken("analyst")).isInstanceOf(StoreException.class)
                .hasMessageContaining("already");
        SavedSearch saved = store.saveSearch("Israel", SearchQuery.text("Israel").withSort(SearchSort.NEWEST)
                .withDates(Optional.of(LocalDate.of(2022, 1, 1)), Optional.empty()), "analyst");
        store.close();
        store = Store.open(newLocation(temporary));

        assertThat(store.token(made.secret())).contains(made.token());
        assertThat(store.savedSearches()).containsExactly(saved);
        assertThat(store.savedSearch(saved.id())).contains(saved);
        List<StoredArticle> matches = new java.util.ArrayList<>();
        store.forEachMatch(saved.query(), matches::add);
        assertThat(matches).hasSize(3).noneMatch(saved::isNew);
        assertThat(store.revokeToken("analyst")).isTrue();
        assertThat(store.revokeToken("analyst")).isFalse();
        assertThat(store.token(made.secret())).isEmpty();
        assertThat(store.deleteSavedSearch(saved.id())).isTrue();
        assertThat(store.savedSearches()).isEmpty();
    }

    /**
     * Issue 11: each story's coverage by outlet (articles and independent texts per outlet) is kept with the story, and
     * stays what the story's articles say through an incremental ingest of copies, corrections (split, merge back)
     * and reopening; the ranked page and the blindspots are read from it.
     */
    @Test
    void issue11EachStorysCoverageByOutletIsKeptWithItThroughIngestCorrectionsAndNearDuplicates() throws Exception {
        ingestExamples();
        assertCoverageIsWhatTheArticlesSay();

        // Two copies of an example from a new outlet, without addresses (so neither supersedes the other): its two
        // articles are one independent text, and one source with the original.
        Path copies = Files.createDirectories(temporary.resolve("copies"));
        String original = Files.readString(TestLayers.EXAMPLES.resolve("002_afd6bb49de05422a.txt"));
        Files.writeString(copies.resolve("copy1.txt"), original + "\n\nDistributed by the Daily Paper.");
        Files.writeString(copies.resolve("copy2.txt"), original + "\n\nDistributed by the Daily Paper, updated.");
        Files.writeString(copies.resolve("manifest.csv"), "path,url,outlet,published\n"
                + "copy1.txt,,Daily Paper,2022-02-28\ncopy2.txt,,Daily Paper,2022-03-01\n", StandardCharsets.UTF_8);
        String originalId = store.search(SearchQuery.all().withPage(0, 100)).hits().stream()
                .filter(hit -> hit.source().endsWith("002_afd6bb49de05422a.txt")).findFirst().orElseThrow().article();
        ingest(copies.resolve("manifest.csv"), copies);

        Answers.StorySummary copied = store.story(store.storiesOf(originalId).get(0)).orElseThrow();
        assertThat(copied.coverage()).filteredOn(outlet -> outlet.outlet().equals("Daily Paper")).singleElement()
                .satisfies(outlet -> {
                    assertThat(outlet.articles()).isEqualTo(2);
                    assertThat(outlet.independentSources()).isEqualTo(1);
                });
        // The copies are linked to the original, another outlet's article: one source with it.
        assertThat(copied.independentSources()).isLessThan(copied.coverage().size());
        assertCoverageIsWhatTheArticlesSay();

        Story story = store.account().stories().stream().filter(each -> each.articles().size() > 1).findFirst().orElseThrow();
        store.splitStory(story.id(), List.of(story.articles().get(0)), "editor");
        assertCoverageIsWhatTheArticlesSay();
        Story split = Corrections.storyWithArticle(store.account(), story.articles().get(0)).orElseThrow();
        store.mergeStories(story.id(), split.id(), "editor");
        assertCoverageIsWhatTheArticlesSay();

        store.close();
        store = Store.open(newLocation(temporary));
        assertCoverageIsWhatTheArticlesSay();
    }

    /** Issue 11: a store whose stories were kept before schema 6 (no coverage rows) counts their coverage once when opened. */
    @Test
    void issue11StoriesKeptWithoutTheirCoverageAreCountedWhenTheStoreOpens() throws Exception {
        ingestExamples();
        List<Answers.StorySummary> before = store.stories();
        assertThat(before).allSatisfy(summary -> assertThat(summary.coverage()).isNotEmpty());
        StoreLocation location = store.location();
        store.close();
        store = null;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(location.jdbcUrl(),
                location.user().orElse(null), location.password().orElse(null));
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM story_outlets");
            statement.executeUpdate("UPDATE stories SET outlet_count = NULL");
        }
        store = Store.open(newLocation(temporary));
        assertThat(store.stories()).isEqualTo(before);
        assertCoverageIsWhatTheArticlesSay();
    }

    /**
     * Issue 10: what an ingest asks of the account before joining it (how many articles it covers, whether it covers a
     * superseded one, its highest numbers) is kept with it (schema 9) rather than counted over the store, and stays
     * what a count over the whole account says through whole and incremental ingests, an update superseding an
     * article of a story, story and entity corrections and reopening; a store kept before schema 9 counts it once
     * when it is opened.
     */
    @Test
    void issue10TheAccountsCountsAndHighestNumbersAreKeptWithItAndAgreeWithACountOverTheWholeAccount() throws Exception {
        ingestExamples();
        assertKeptCountsAreTheAccounts();

        String original = Files.readString(TestLayers.EXAMPLES.resolve("002_afd6bb49de05422a.txt"));
        ingestOne("copies", original + "\n\nDistributed by the Daily Paper.", "https://paper.example/story,Daily Paper,2022-02-28");
        assertKeptCountsAreTheAccounts();

        // An update of the copy at its address supersedes an article the account covers: the next ingest recomputes.
        ingestOne("update", original + "\n\nDistributed by the Daily Paper, updated.",
                "https://paper.example/story,Daily Paper,2022-03-01");
        assertThat(store.counts().current()).isEqualTo(4);
        assertKeptCountsAreTheAccounts();

        Story story = store.account().stories().stream().filter(each -> each.articles().size() > 1).findFirst().orElseThrow();
        store.splitStory(story.id(), List.of(story.articles().get(0)), "editor");
        assertKeptCountsAreTheAccounts();
        List<Entity> entities = store.account().entities();
        store.mergeEntities(entities.get(0).id(), entities.get(1).id(), "editor");
        assertKeptCountsAreTheAccounts();

        StoreLocation location = store.location();
        store.close();
        store = null;
        try (java.sql.Connection connection = connect(location); java.sql.Statement statement = connection.createStatement()) {
            for (String table : AccountRecords.NUMBERED.keySet()) {
                statement.executeUpdate("UPDATE " + table + " SET id_number = NULL");
            }
            statement.executeUpdate("UPDATE store_state SET number = 0 WHERE name = 'account_id_numbers'");
            statement.executeUpdate("UPDATE store_state SET number = -1 WHERE name IN ('account_articles', 'account_superseded')");
        }
        store = Store.open(newLocation(temporary));
        assertKeptCountsAreTheAccounts();
    }

    /** Ingests one article of {@code text}, from a folder of its own, with {@code urlOutletPublished} as its manifest line. */
    private void ingestOne(String folder, String text, String urlOutletPublished) throws IOException {
        Path corpus = Files.createDirectories(temporary.resolve(folder));
        Files.writeString(corpus.resolve("article.txt"), text);
        Files.writeString(corpus.resolve("manifest.csv"), "path,url,outlet,published\narticle.txt," + urlOutletPublished + "\n",
                StandardCharsets.UTF_8);
        ingest(corpus.resolve("manifest.csv"), corpus);
    }

    private static java.sql.Connection connect(StoreLocation location) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user().orElse(null),
                location.password().orElse(null));
    }

    /** The counts and highest numbers the store keeps against counts over the whole account and its rows. */
    private void assertKeptCountsAreTheAccounts() throws java.sql.SQLException {
        CrossArticle account = store.account();
        try (java.sql.Connection connection = connect(store.location()); java.sql.Statement statement = connection.createStatement()) {
            long articles = account.stories().stream().flatMap(each -> each.articles().stream()).distinct().count();
            assertThat(articles).isPositive();
            assertThat(AccountCounts.articles(connection)).as("the account's articles").isEqualTo(articles);
            long superseded;
            try (java.sql.ResultSet result = statement.executeQuery("SELECT COUNT(DISTINCT s.article_id) FROM story_articles s"
                    + " JOIN articles a ON a.id = s.article_id WHERE a.superseded_by IS NOT NULL")) {
                result.next();
                superseded = result.getLong(1);
            }
            assertThat(AccountCounts.superseded(connection)).as("the superseded articles it covers").isEqualTo(superseded);
            List<String> claims = account.stories().stream().flatMap(each -> each.claims().stream()).map(Claim::id).toList();
            assertThat(StoredAccount.highest(connection, "entities"))
                    .isEqualTo(org.parallax.crossarticle.AccountIds.maxNumber(account.entities().stream().map(Entity::id).toList(), "e"));
            assertThat(StoredAccount.highest(connection, "events"))
                    .isEqualTo(org.parallax.crossarticle.AccountIds.maxNumber(account.events().stream().map(Event::id).toList(), "v"));
            assertThat(StoredAccount.highest(connection, "stories"))
                    .isEqualTo(org.parallax.crossarticle.AccountIds.maxNumber(account.stories().stream().map(Story::id).toList(), "s"))
                    .isPositive();
            assertThat(StoredAccount.highest(connection, "claims"))
                    .isEqualTo(org.parallax.crossarticle.AccountIds.maxNumber(claims, "c"));
        }
    }

    /**
     * Every story's kept coverage against a count of its articles by outlet; its blindspots against the store's outlets;
     * the ranked pages against the stories sorted by covering outlets, independent sources and articles.
     */
    private void assertCoverageIsWhatTheArticlesSay() {
        List<Answers.StorySummary> stories = store.stories();
        assertThat(stories).hasSize((int) store.counts().stories());
        for (Answers.StorySummary summary : stories) {
            Map<String, Integer> counted = new java.util.TreeMap<>();
            for (String id : summary.story().articles()) {
                org.parallax.model.Article article = store.article(id).orElseThrow().article();
                counted.merge(article.outlet().orElse(article.source()), 1, Integer::sum);
            }
            Map<String, Integer> kept = new java.util.TreeMap<>();
            summary.coverage().forEach(outlet -> kept.put(outlet.outlet(), outlet.articles()));
            assertThat(kept).as("coverage of story %s", summary.story().id()).isEqualTo(counted);
            assertThat(summary.coverage()).extracting(Answers.OutletCoverage::articles)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(summary.coverage()).allSatisfy(outlet ->
                    assertThat(outlet.independentSources()).isBetween(1, outlet.articles()));
            assertThat(summary.independentSources()).isBetween(1, summary.articles());
            assertThat(store.story(summary.story().id())).contains(summary);
            assertThat(store.blindspots(summary.story().id())).isEqualTo(store.outlets().stream()
                    .filter(outlet -> !counted.containsKey(outlet)).toList());
        }
        List<Answers.StorySummary> ranked = new ArrayList<>(stories);
        ranked.sort(java.util.Comparator.<Answers.StorySummary>comparingInt(summary -> summary.coverage().size()).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Answers.StorySummary::independentSources).reversed())
                .thenComparing(java.util.Comparator.comparingInt(Answers.StorySummary::articles).reversed()));
        Answers.StoryPage all = store.rankedStories(0, 1000);
        assertThat(all.total()).isEqualTo(stories.size());
        assertThat(all.stories()).isEqualTo(ranked);
        Answers.StoryPage second = store.rankedStories(1, 2);
        assertThat(second.stories()).isEqualTo(ranked.subList(Math.min(1, ranked.size()), Math.min(3, ranked.size())));
    }
}
