package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Article;
import org.parallax.store.SavedSearch;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;
import org.parallax.store.StoredArticle;

/**
 * Saved searches, an analyst's alerts: {@code POST /api/v1/saved-searches {"name", "query": {q, outlet, ...}}},
 * {@code GET /saved-searches}, {@code GET|DELETE /saved-searches/{id}}, and {@code GET /saved-searches/{id}/feed}:
 * an Atom feed (written with ROME) of the articles stored after the search was saved that it finds,
 * newest stored first.
 */
final class SavedSearchApi {

    /** How many new matches a feed shows: the newest stored. */
    static final int FEED_ENTRIES = 100;

    private final Store store;

    SavedSearchApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/saved-searches", this::save);
        routes.get("/api/v1/saved-searches", context -> JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("savedSearches");
            for (SavedSearch search : store.savedSearches()) {
                write(search, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
        routes.get("/api/v1/saved-searches/{id}", context -> {
            SavedSearch search = find(context);
            JsonBodies.send(context, json -> write(search, json));
        });
        routes.delete("/api/v1/saved-searches/{id}", context -> {
            Guard.writer(context);
            if (!store.deleteSavedSearch(find(context).id())) {
                throw ApiException.notFound("no saved search " + context.pathParam("id"));
            }
            context.status(204);
        });
        routes.get("/api/v1/saved-searches/{id}/feed", this::feed);
    }

    private void save(Context context) {
        RequestBody body = RequestBody.of(context);
        String name = body.text("name");
        SearchQuery query = QueryBody.query(store, body);
        SavedSearch saved = store.saveSearch(name, query, Guard.writer(context));
        context.header("Location", "/api/v1/saved-searches/" + saved.id());
        JsonBodies.send(context, 201, json -> write(saved, json));
    }

    private SavedSearch find(Context context) {
        String given = context.pathParam("id");
        long id;
        try {
            id = Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no saved search " + given + " (their ids are numbers)");
        }
        return store.savedSearch(id).orElseThrow(() -> ApiException.notFound("no saved search " + given));
    }

    private static void write(SavedSearch search, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", search.id());
        json.writeStringField("name", search.name());
        json.writeFieldName("query");
        QueryBody.write(search.query(), json);
        json.writeStringField("madeBy", search.madeBy());
        json.writeStringField("madeAt", search.madeAt().toString());
        json.writeStringField("feed", "/api/v1/saved-searches/" + search.id() + "/feed");
        json.writeEndObject();
    }

    private void feed(Context context) {
        SavedSearch search = find(context);
        Deque<StoredArticle> newest = new ArrayDeque<>();
        store.forEachMatch(search.query(), stored -> {
            if (search.isNew(stored)) {
                newest.addLast(stored);
            }
        });
        List<StoredArticle> entries = new ArrayList<>(newest);
        entries.sort((first, second) -> Long.compare(second.seq(), first.seq()));
        String base = context.scheme() + "://" + context.host();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Parallax: " + search.name());
        feed.setDescription("Articles stored after " + search.madeAt() + " that the saved search " + search.name() + " finds");
        feed.setUri(base + "/api/v1/saved-searches/" + search.id() + "/feed");
        feed.setLink(base + "/");
        feed.setAuthor(search.madeBy());
        feed.setPublishedDate(Date.from(search.madeAt()));
        List<SyndEntry> items = new ArrayList<>();
        for (StoredArticle stored : entries.subList(0, Math.min(FEED_ENTRIES, entries.size()))) {
            items.add(entry(stored.analyzed().article(), base, search.madeAt()));
        }
        feed.setEntries(items);
        StringWriter out = new StringWriter();
        try {
            new SyndFeedOutput().output(feed, out);
        } catch (IOException | FeedException e) {
            throw new IllegalStateException("cannot write the feed of saved search " + search.id(), e);
        }
        context.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    }

    private static SyndEntry entry(Article article, String base, Instant saved) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.title().orElse(article.source()));
        entry.setUri(base + "/api/v1/articles/" + article.id());
        entry.setLink(article.url().orElse(base + "/api/v1/articles/" + article.id()));
        SyndLink api = new SyndLinkImpl();
        api.setRel("related");
        api.setType("application/json");
        api.setHref(base + "/api/v1/articles/" + article.id());
        entry.setLinks(List.of(api));
        entry.setAuthor(article.outlet().orElse(article.authors().isEmpty() ? "unknown" : String.join(", ", article.authors())));
        Optional<Date> published = article.published().map(date -> Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        entry.setPublishedDate(published.orElse(Date.from(saved)));
        entry.setUpdatedDate(published.orElse(Date.from(saved)));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        String text = article.text();
        summary.setValue(text.length() > 500 ? text.substring(0, 500) + "…" : text);
        entry.setDescription(summary);
        return entry;
    }
}
