package org.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * The names under which pages put dates in {@code <meta>} tags, told apart by what the date means:
 * first publication, or the last change. Names are compared lower-cased, whether they stand in
 * {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}. Covers Open Graph and its
 * {@code article:} kin, Dublin Core ({@code dc.}, {@code dcterms.}), schema.org microdata in meta
 * tags (also with a colon, {@code DC:date}, as RDFa writes them), Parse.ly, Sailthru, Highwire/Google Scholar
 * ({@code citation_}) and bepress ({@code bepress_citation_}), cXense, Shareaholic, and the
 * bare names content systems use.
 */
final class DateMetaTags {

    private static final Set<String> PUBLISHED = Set.of(
            "article:published_time", "article:published", "article:publicationdate", "article:post_date",
            "og:published_time", "og:article:published_time", "og:pubdate", "og:regdate", "article.published",
            "article.created", "article_date_original", "article-date", "article:created",
            "datepublished", "datecreated", "date_published", "date-published", "date.published", "published_date",
            "published-date", "published_time", "publication_date", "publication-date", "publicationdate",
            "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "pub-date", "pdate", "originalpublicationdate",
            "original-publish-date", "displaydate", "date", "created", "creation_date", "creationdate",
            "dc.date", "dc.date.issued", "dc.date.created", "dc.date.published", "dc.created", "dc.issued",
            "dcterms.date", "dcterms.issued", "dcterms.created", "dcterms.available", "dc.date.available",
            "dc:date", "dc:date.issued", "dc:created", "dc:issued", "dcterms:date", "dcterms:issued", "dcterms:created",
            "bepress_citation_date", "bepress_citation_publication_date", "bepress_citation_online_date",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "shareaholic:article_published_time",
            "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
            "rnews:datepublished", "bt:pubdate", "analyticsattributes.articledate", "ga-publish-date",
            "sp_date", "article_published_time", "date_created", "page_date", "release_date", "datum",
            "published", "firstpublisheddate", "first_published", "timestamp", "uploaddate");

    private static final Set<String> MODIFIED = Set.of(
            "article:modified_time", "article:modified", "og:updated_time", "og:modified_time", "datemodified",
            "date_modified", "date-modified", "modified", "modified_time", "last-modified", "lastmod", "lastmodified",
            "last_updated", "last-updated", "updated", "updated_time", "dcterms.modified", "dc.date.modified",
            "dc.modified", "dc:modified", "dcterms:modified", "revised", "eomportal-lastupdate", "article.updated", "changed");

    /** Names so common that they sometimes date something else: trusted after the specific ones. */
    private static final Set<String> BARE = Set.of("date", "created", "timestamp", "datum", "published", "pdate",
            "displaydate", "page_date");

    private DateMetaTags() {
    }

    /** Whether the tag of this name dates the first publication. */
    static boolean published(String name) {
        return PUBLISHED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a publication-date name is one of the bare, less trusted ones. */
    static boolean bare(String name) {
        return BARE.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the tag of this name dates the last change. */
    static boolean modified(String name) {
        return MODIFIED.contains(name.toLowerCase(Locale.ROOT));
    }
}
