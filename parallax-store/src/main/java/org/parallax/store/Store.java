package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.ArticleDestination;
import org.parallax.pipeline.ArticleSource;

/**
 * A knowledge base of analysed articles and the cross-article account of them, kept between runs:
 * what the command line, the server and the cluster job read and write. Both backends (embedded
 * H2 and Lucene in a data folder; PostgreSQL with a local Lucene index) implement it and pass the
 * same contract tests. Safe to call from several threads: reads run in parallel (a pool of read
 * connections, shared Lucene searchers) and see what was committed; writes are serialised.
 */
public interface Store extends AutoCloseable {

    /** Opens (creating if need be) the store at {@code location}; a store another process is writing to is {@link StoreException.Kind#BUSY}. */
    static Store open(StoreLocation location) {
        return ParallaxStore.open(location);
    }

    StoreLocation location();

    /**
     * Where a pipeline run puts its articles: it admits only articles the store does not hold (by
     * text and outlet or address), stores each batch in one transaction, and recomputes the
     * cross-article account over every current article with the corrections reapplied.
     *
     * @param who who is ingesting, for the record
     */
    ArticleDestination destination(String who);

    StoreCounts counts();

    SearchResults search(SearchQuery query);

    /** Every article the query matches (all of them, in its sort order, ignoring its page), read one at a time. */
    void forEachMatch(SearchQuery query, Consumer<StoredArticle> each);

    /** Every current article, in the order stored, read one at a time. */
    void forEachArticle(Consumer<StoredArticle> each);

    /**
     * The current articles as the pipeline reads them one at a time (for {@code ClaimChecker}: a
     * claim checked against the store's articles), in the order stored; the store is not held
     * while the reader works on an article.
     */
    ArticleSource articles();

    Optional<AnalyzedArticle> article(String id);

    /** The current cross-article account, corrections applied. */
    CrossArticle account();

    /** The stories, each with its article and independent-source counts and its coverage by outlet, in account order. */
    List<Answers.StorySummary> stories();

    Optional<Entity> entity(String id);

    /** One story with its article and independent-source counts and its coverage by outlet. */
    Optional<Answers.StorySummary> story(String id);

    /**
     * The ranked stories from {@code offset}, at most {@code limit} of them: most covering outlets first, then most
     * independent sources, then most articles, then in account order. Only the page's stories are read.
     */
    Answers.StoryPage rankedStories(int offset, int limit);

    /** The outlets of the store ({@link #outlets}) that have no article in story {@code id}, by name: its blindspots. */
    List<String> blindspots(String id);

    /** One event of the timeline. */
    Optional<Event> event(String id);

    /** The ids of the stories an article belongs to. */
    List<String> storiesOf(String articleId);

    /** Every outlet the store holds articles from, by name. */
    List<String> outlets();

    /** For one article, its own entity ids ({@code <article>/e<n>}) to the ids of the entities they resolve to. */
    Map<String, String> resolvedIds(String articleId);

    /** Every entity, in account order, read a page at a time. */
    void forEachEntity(Consumer<Entity> each);

    /** Every event, in timeline order, read a page at a time. */
    void forEachEvent(Consumer<Event> each);

    /** Every story with its counts, in account order, read a page at a time. */
    void forEachStory(Consumer<Answers.StorySummary> each);

    /** Links between entities, each with how often it occurs, read as the database aggregates them. */
    void forEachEntityLink(Answers.LinkKind kind, Consumer<Answers.EntityLink> each);

    /** The ids of entities with this id or name (any of their names, any case). */
    List<String> findEntities(String idOrName);

    List<Answers.NearDuplicate> nearDuplicates(String articleId);

    List<InputProblem> problems();

    /** What {@code speaker} said, optionally only quotes that mention {@code about}: "what did X say about Y". */
    List<Answers.QuoteFound> quotes(String speaker, Optional<String> about);

    /** The quotes of {@link #quotes(String, Optional)} from {@code offset}, at most {@code limit} of them, and how many there are. */
    Answers.QuotePage quotes(String speaker, Optional<String> about, int offset, int limit);

    /** Who spoke about {@code entity} (quotes that mention it), most quotes first. */
    List<Answers.Speaker> speakersAbout(String entity);

    /**
     * The speakers of {@link #speakersAbout(String)} from {@code offset}, at most {@code limit} of them, and how many
     * there are: only the page's rows are read.
     */
    Answers.Page<Answers.Speaker> speakersAbout(String entity, int offset, int limit);

    /** The events {@code entity} takes part in, in timeline order. */
    List<Event> timeline(String entity);

    /**
     * The events of {@link #timeline(String)} from {@code offset}, at most {@code limit} of them, and how many there are:
     * only the page's records are read (by the participants' index).
     */
    Answers.Page<Event> timeline(String entity, int offset, int limit);

    /**
     * The articles {@code ids} names (a page of a story's, say), in that order, each as a search hit without score or
     * snippets (its id, source, title, outlet, address and date), read by id from the articles' columns, not their
     * records; ids the store does not hold are left out.
     */
    List<SearchHit> articleHeads(List<String> ids);

    /** Which outlets reported, contradicted or left out a claim. */
    Optional<Answers.ClaimCoverage> claimCoverage(String claimId);

    /** Merges entity {@code merged} into {@code kept}; kept in the audit log and reapplied to every recomputed account. */
    Correction mergeEntities(String kept, String merged, String who);

    /** Makes the mentions of {@code entity} by {@code name} an entity of their own. */
    Correction splitEntity(String entity, String name, String who);

    /** Merges story {@code merged} into {@code kept}. */
    Correction mergeStories(String kept, String merged, String who);

    /** Makes the given articles of {@code story} a story of their own. */
    Correction splitStory(String story, List<String> articles, String who);

    /** Every correction made, oldest first: who made it, when, and what it did. */
    List<Correction> auditLog();

    /** Makes an API token called {@code name} (unique); only the SHA-256 of its secret is kept, the secret is returned once. */
    ApiToken.Created createToken(String name);

    /** The API tokens, by name. */
    List<ApiToken> tokens();

    /** Revokes the token called {@code name}; false if there was none. */
    boolean revokeToken(String name);

    /** The token whose secret this is, if any. */
    Optional<ApiToken> token(String secret);

    /** Saves a search (its page is ignored) under {@code name}; its new matches are the articles stored from now on. */
    SavedSearch saveSearch(String name, SearchQuery query, String who);

    /** The saved searches, oldest first. */
    List<SavedSearch> savedSearches();

    Optional<SavedSearch> savedSearch(long id);

    /** Deletes a saved search; false if there was none. */
    boolean deleteSavedSearch(long id);

    /** Bytes the store takes on disk: records and search index. */
    long bytesOnDisk();

    @Override
    void close();
}
