package org.parallax.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.parallax.model.Article;
import org.parallax.model.Span;

/**
 * The store's Lucene index: one document per current article, with its text and title (analysed
 * for English, offsets kept for highlighting), its outlet, date, format, and the entities,
 * speakers and stories the cross-article account gives it (as filters and facets).
 *
 * <p>The index is derived from the records and can always be rebuilt from them: each commit
 * records the last article sequence number and account generation it holds, and {@link
 * ParallaxStore} brings it up to date when it opens. A process that cannot take the index's
 * write lock reads it as it is.
 */
final class SearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String OUTLET = "outlet";
    private static final String FORMAT = "format";
    private static final String PUBLISHED = "published";
    /** Newest first: undated articles hold the smallest value, so they come last. */
    private static final String PUBLISHED_SORT = "published_sort";
    /** Oldest first: undated articles hold the largest value, so they come last. */
    private static final String PUBLISHED_OLDEST = "published_oldest";
    private static final String ENTITY = "entity";
    private static final String SPEAKER = "speaker";
    private static final String STORY = "story";
    private static final String SOURCE = "source";
    private static final String URL = "url";
    private static final String SEQ = "seq";
    private static final String GENERATION = "generation";
    /** The commit data naming the layout of the documents; an index of another layout is rebuilt. */
    private static final String LAYOUT = "layout";
    /** Layout 2: documents carry {@link #ID_SORT}, the tie-breaker that makes cursors exact. */
    static final long CURRENT_LAYOUT = 2;
    /** The article id as a sorted doc value: the last key of every sort, so that no two hits tie and a cursor names one place. */
    private static final String ID_SORT = "id_sort";
    private static final int SNIPPETS = 2;
    private static final int FACET_VALUES = 10;
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    /** What the account says of one article, for its filter and facet fields. */
    record ArticleFacts(String outlet, Collection<String> entities, Collection<String> speakers, Collection<String> stories) {
    }

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private final Optional<IndexWriter> writer;
    private final SearcherManager searchers;
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new HashMap<>();

    private SearchIndex(Directory directory, Optional<IndexWriter> writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        facets.setMultiValued(ENTITY, true);
        facets.setMultiValued(SPEAKER, true);
    }

    static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            try {
                IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64);
                IndexWriter writer = new IndexWriter(directory, config);
                return new SearchIndex(directory, Optional.of(writer), new SearcherManager(writer, null));
            } catch (LockObtainFailedException e) {
                if (!DirectoryReader.indexExists(directory)) {
                    throw new StoreException(StoreException.Kind.BUSY, "the search index " + folder
                            + " is being created by another process; try again when it is done", e);
                }
                return new SearchIndex(directory, Optional.empty(), new SearcherManager(directory, null));
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the search index " + folder + " cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    boolean writable() {
        return writer.isPresent();
    }

    /**
     * The last article sequence number, account generation and document layout committed: 0, -1 and
     * the current layout for a new index; layout 1 for an index written before layouts were recorded.
     */
    long[] committed() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return new long[] {0, -1, CURRENT_LAYOUT};
            }
            Map<String, String> data = writer.isPresent()
                    ? toMap(writer.get().getLiveCommitData())
                    : DirectoryReader.listCommits(directory).get(DirectoryReader.listCommits(directory).size() - 1).getUserData();
            return new long[] {Long.parseLong(data.getOrDefault(SEQ, "0")), Long.parseLong(data.getOrDefault(GENERATION, "-1")),
                    Long.parseLong(data.getOrDefault(LAYOUT, "1"))};
        } catch (IOException e) {
            throw failure("read its last commit", e);
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new HashMap<>();
        if (entries != null) {
            entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        }
        return map;
    }

    /** Adds or replaces the document of one article. */
    void put(Article article, ArticleFacts facts) {
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID_SORT, new BytesRef(article.id())));
        document.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        document.add(new Field(TITLE, article.title().orElse(""), TEXT_WITH_OFFSETS));
        document.add(new StringField(OUTLET, facts.outlet(), Field.Store.YES));
        document.add(new SortedSetDocValuesFacetField(OUTLET, facts.outlet()));
        document.add(new StringField(FORMAT, article.format().name(), Field.Store.NO));
        document.add(new StoredField(SOURCE, article.source()));
        article.url().ifPresent(url -> document.add(new StoredField(URL, url)));
        article.published().ifPresent(date -> {
            document.add(new LongPoint(PUBLISHED, date.toEpochDay()));
            document.add(new StoredField(PUBLISHED, date.toEpochDay()));
            document.add(new SortedSetDocValuesFacetField("month", date.toString().substring(0, 7)));
        });
        document.add(new NumericDocValuesField(PUBLISHED_SORT, article.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
        document.add(new NumericDocValuesField(PUBLISHED_OLDEST, article.published().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
        for (String entity : facts.entities()) {
            document.add(new StringField(ENTITY, entity, Field.Store.NO));
            document.add(new SortedSetDocValuesFacetField(ENTITY, entity));
        }
        for (String speaker : facts.speakers()) {
            document.add(new StringField(SPEAKER, speaker, Field.Store.NO));
            document.add(new SortedSetDocValuesFacetField(SPEAKER, speaker));
        }
        for (String story : facts.stories()) {
            document.add(new StringField(STORY, story, Field.Store.NO));
        }
        try {
            requireWriter().updateDocument(new Term(ID, article.id()), facets.build(document));
        } catch (IOException e) {
            throw failure("index article " + article.id(), e);
        }
    }

    void delete(String articleId) {
        try {
            requireWriter().deleteDocuments(new Term(ID, articleId));
        } catch (IOException e) {
            throw failure("remove article " + articleId, e);
        }
    }

    void deleteAll() {
        try {
            requireWriter().deleteAll();
        } catch (IOException e) {
            throw failure("clear itself", e);
        }
    }

    /** Makes what was put durable and visible, recording how far the index has got. */
    void commit(long seq, long generation) {
        try {
            IndexWriter indexWriter = requireWriter();
            indexWriter.setLiveCommitData(Map.of(SEQ, Long.toString(seq), GENERATION, Long.toString(generation),
                    LAYOUT, Long.toString(CURRENT_LAYOUT)).entrySet());
            indexWriter.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    /**
     * Sees the latest commit of another process (a read-only index); this process's own commits are
     * seen as they are made ({@link #commit}). Does not wait: a refresh under way in another thread is its.
     */
    void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw failure("refresh", e);
        }
    }

    /**
     * One page of hits with the total and the facets, in one pass over the matches (top hits and
     * facet counts collected together; the facets read doc values). A cursor's page collects only
     * its own hits ({@code searchAfter}); an offset's collects every hit before it. Snippets are made
     * for the page's hits only.
     */
    SearchResults search(SearchQuery query, Function<String, String> entityNames) {
        Query lucene = query(query);
        Sort sort = sort(query.sort());
        Optional<FieldDoc> after = query.after().map(cursor -> SearchCursor.decode(cursor, query.sort()));
        int wanted = Math.max(1, after.isPresent() ? query.limit() : query.offset() + query.limit());
        IndexSearcher searcher = acquire();
        try {
            boolean scores = query.sort() == SearchSort.RELEVANCE;
            FacetsCollectorManager.FacetsResult found = after.isPresent()
                    ? FacetsCollectorManager.searchAfter(searcher, after.get(), lucene, wanted, sort, scores, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, lucene, wanted, sort, scores, new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs matching : found.facetsCollector().getMatchingDocs()) {
                total += matching.totalHits;
            }
            ScoreDoc[] top = found.topDocs().scoreDocs;
            int first = after.isPresent() ? 0 : Math.min(query.offset(), top.length);
            ScoreDoc[] page = query.limit() == 0 ? new ScoreDoc[0] : Arrays.copyOfRange(top, first, top.length);
            List<SearchHit> hits = hits(searcher, lucene, page, !query.text().isBlank());
            boolean more = page.length > 0 && page.length == query.limit() && (after.isPresent() || query.offset() + page.length < total);
            Optional<String> next = more ? Optional.of(SearchCursor.encode((FieldDoc) page[page.length - 1], query.sort()))
                    : Optional.empty();
            return new SearchResults(total, hits, facets(found.facetsCollector(), searcher.getIndexReader(), entityNames), next);
        } catch (IOException e) {
            throw failure("search", e);
        } finally {
            release(searcher);
        }
    }

    /** Calls {@code each} with the id of every article the query matches, in its sort order, page by page. */
    void forEachMatch(SearchQuery query, Consumer<String> each) {
        Query lucene = query(query);
        IndexSearcher searcher = acquire();
        try {
            Sort sort = query.sort() == SearchSort.RELEVANCE ? new Sort(SortField.FIELD_DOC) : sort(query.sort());
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? searcher.search(lucene, 500, sort) : searcher.searchAfter(after, lucene, 500, sort);
                if (page.scoreDocs.length == 0) {
                    return;
                }
                for (ScoreDoc hit : page.scoreDocs) {
                    each.accept(searcher.storedFields().document(hit.doc).get(ID));
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } catch (IOException e) {
            throw failure("search", e);
        } finally {
            release(searcher);
        }
    }

    long documents() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private Query query(SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (query.text().isBlank()) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TEXT, TITLE}, analyzer,
                    Map.of(TEXT, 1f, TITLE, 2f));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                builder.add(parser.parse(query.text()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new StoreException(StoreException.Kind.BAD_REQUEST, "the query '" + query.text()
                        + "' cannot be read: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        filter(builder, OUTLET, query.outlets());
        filter(builder, FORMAT, query.formats().stream().map(Enum::name).toList());
        filter(builder, ENTITY, query.entities());
        filter(builder, SPEAKER, query.speakers());
        filter(builder, STORY, query.stories());
        if (query.from().isPresent() || query.to().isPresent()) {
            builder.add(LongPoint.newRangeQuery(PUBLISHED, query.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE + 1),
                    query.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, String field, List<String> values) {
        if (!values.isEmpty()) {
            builder.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sort(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED_SORT, SortField.Type.LONG, true),
                    new SortField(ID_SORT, SortField.Type.STRING));
            case NEWEST -> new Sort(new SortField(PUBLISHED_SORT, SortField.Type.LONG, true), new SortField(ID_SORT, SortField.Type.STRING));
            case OLDEST -> new Sort(new SortField(PUBLISHED_OLDEST, SortField.Type.LONG, false),
                    new SortField(ID_SORT, SortField.Type.STRING));
        };
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean highlight) throws IOException {
        int[] documents = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            documents[i] = page[i].doc;
        }
        Object[] snippets = new Object[page.length];
        if (highlight && page.length > 0) {
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SnippetFormatter()).withHighlightPhrasesStrictly(true));
            snippets = highlighter.snippets(query, documents);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document document = searcher.storedFields().document(documents[i]);
            String title = document.get(TITLE);
            Optional<LocalDate> published = Optional.ofNullable(document.getField(PUBLISHED))
                    .map(field -> LocalDate.ofEpochDay(field.numericValue().longValue()));
            @SuppressWarnings("unchecked")
            List<SearchHit.Snippet> found = snippets[i] == null ? List.of() : (List<SearchHit.Snippet>) snippets[i];
            float score = page[i] instanceof FieldDoc && Float.isNaN(page[i].score) ? 0 : page[i].score;
            hits.add(new SearchHit(document.get(ID), document.get(SOURCE), Optional.ofNullable(title).filter(t -> !t.isEmpty()),
                    document.get(OUTLET), Optional.ofNullable(document.get(URL)), published, Float.isNaN(score) ? 0 : score, found));
        }
        return hits;
    }

    private Map<SearchResults.FacetDimension, List<SearchResults.FacetCount>> facets(FacetsCollector collector, IndexReader reader,
            Function<String, String> entityNames) throws IOException {
        Map<SearchResults.FacetDimension, List<SearchResults.FacetCount>> counts = new EnumMap<>(SearchResults.FacetDimension.class);
        SortedSetDocValuesReaderState state = facetState(reader);
        if (state == null) {
            return counts;
        }
        Facets found = new SortedSetDocValuesFacetCounts(state, collector);
        for (SearchResults.FacetDimension dimension : SearchResults.FacetDimension.values()) {
            List<SearchResults.FacetCount> values = new ArrayList<>();
            FacetResult result;
            try {
                result = found.getTopChildren(FACET_VALUES, dimension.field());
            } catch (IllegalArgumentException e) {
                result = null; // no article has a value for this dimension yet
            }
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    boolean named = dimension == SearchResults.FacetDimension.ENTITY || dimension == SearchResults.FacetDimension.SPEAKER;
                    values.add(new SearchResults.FacetCount(value.label, named ? entityNames.apply(value.label) : value.label,
                            value.value.longValue()));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        if (key != null && facetStates.containsKey(key)) {
            return facetStates.get(key);
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException e) {
            state = null; // an empty index has no facet field yet
        }
        if (key != null) {
            facetStates.clear();
            facetStates.put(key, state);
        }
        return state;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw failure("open a searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw failure("release a searcher", e);
        }
    }

    private IndexWriter requireWriter() {
        return writer.orElseThrow(() -> new StoreException(StoreException.Kind.BUSY,
                "the search index is being written by another process; try again when it is done"));
    }

    private static StoreException failure(String what, IOException e) {
        return new StoreException(StoreException.Kind.INTERNAL, "the search index could not " + what + ": " + e.getMessage(), e);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer.isPresent()) {
                writer.get().close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    /** The unified highlighter, giving the formatter's snippet objects rather than strings. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] documents) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, query, documents, new int[] {SNIPPETS}).get(TEXT);
        }
    }

    /** Turns the highlighter's passages into snippets with highlight spans, instead of marked-up strings. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchHit.Snippet> snippets = new ArrayList<>();
            for (Passage passage : passages) {
                int begin = passage.getStartOffset();
                String text = content.substring(begin, passage.getEndOffset()).replace('\n', ' ');
                List<Span> highlights = new ArrayList<>();
                int last = 0;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i] - begin, last);
                    int end = Math.min(passage.getMatchEnds()[i] - begin, text.length());
                    if (end > start) {
                        highlights.add(new Span(start, end));
                        last = end;
                    }
                }
                snippets.add(new SearchHit.Snippet(text, begin, highlights));
            }
            return snippets;
        }
    }
}
