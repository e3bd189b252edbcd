package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {

    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    private PageMetadata extract(String html, String pageUrl) {
        return extractor.extract(Jsoup.parse(html, pageUrl == null ? "" : pageUrl), Optional.ofNullable(pageUrl));
    }

    @Test
    void readsHeadlineAuthorsDateAndPublisherFromJsonLdGraphWithReferences() {
        PageMetadata metadata = extract("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "@id": "https://x.example/a#page"},
                  {"@type": "NewsArticle", "headline": "Dam breach floods valley",
                   "author": [{"@id": "https://x.example/#jane"}, {"@type": "Person", "name": "Omar Haddad"}],
                   "publisher": {"@id": "https://x.example/#org"},
                   "datePublished": "2022-10-27T23:15:00-05:00"},
                  {"@type": "Person", "@id": "https://x.example/#jane", "name": "Jane Doe"},
                  {"@type": "NewsMediaOrganization", "@id": "https://x.example/#org", "name": "Valley Courier"}
                ]}
                </script></head><body></body></html>""", null);

        assertThat(metadata.title()).contains("Dam breach floods valley");
        assertThat(metadata.authors()).containsExactly("Jane Doe", "Omar Haddad");
        assertThat(metadata.published()).contains(LocalDate.of(2022, 10, 27));
        assertThat(metadata.outlet()).contains("Valley Courier");
    }

    @Test
    void readsJsonLdArraysAndSkipsOrganisationAuthors() {
        PageMetadata metadata = extract("""
                <script type="application/ld+json">[{"@type": "BreadcrumbList"},
                 {"@type": ["ReportageNewsArticle"], "headline": "Strike ends",
                  "author": [{"@type": "Organization", "name": "Wire Service"}, "Ana Lima"]}]</script>""", null);

        assertThat(metadata.title()).contains("Strike ends");
        assertThat(metadata.authors()).containsExactly("Ana Lima");
    }

    @Test
    void skipsBrokenJsonLdAndUsesTheMetaTags() {
        PageMetadata metadata = extract("""
                <head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="Bridge reopens">
                <meta name="author" content="Lena Park"></head>""", null);

        assertThat(metadata.title()).contains("Bridge reopens");
        assertThat(metadata.authors()).containsExactly("Lena Park");
    }

    @Test
    void stripsTheSiteNameFromOpenGraphTitles() {
        PageMetadata metadata = extract("""
                <meta property="og:title" content="Obama admits US gun laws are his 'biggest frustration' - BBC News">
                <meta property="og:site_name" content="BBC News">""", null);

        assertThat(metadata.title()).contains("Obama admits US gun laws are his 'biggest frustration'");
    }

    @Test
    void stripsAShortSuffixFromThePageTitleButKeepsDashesInsideHeadlines() {
        assertThat(extract("<title>Angry media won’t buckle over new surveillance laws\n\t| Herald Sun</title>", null)
                .title()).contains("Angry media won’t buckle over new surveillance laws");
        assertThat(extract("<title>Election results - live updates from every county - Daily Planet</title>", null)
                .title()).contains("Election results - live updates from every county");
        assertThat(extract("<meta property=\"og:title\" content=\"Pre-war Europe - a history\">", null).title())
                .contains("Pre-war Europe - a history");
    }

    @Test
    void fallsBackFromTitleTagsToTheFirstHeading() {
        assertThat(extract("<body><h1> Storm hits coast </h1><p>Text</p></body>", null).title())
                .contains("Storm hits coast");
    }

    @Test
    void splitsBylinesWithByAndAnd() {
        PageMetadata metadata = extract("""
                <body><article><header><p class="byline">By Maria Keller and Tom Baines</p></header>
                <p>Text.</p></article></body>""", null);

        assertThat(metadata.authors()).containsExactly("Maria Keller", "Tom Baines");
    }

    @Test
    void readsRelAuthorLinksAndItempropAuthors() {
        assertThat(extract("<a rel=\"author\" href=\"/people/sam\">Sam Ortiz</a>", null).authors())
                .containsExactly("Sam Ortiz");
        assertThat(extract("""
                <div itemprop="author" itemscope><span itemprop="name">Kim Lee</span>, Staff Writer</div>""", null)
                .authors()).containsExactly("Kim Lee");
    }

    @Test
    void neverTakesAnOutletNameOrAUrlForAnAuthor() {
        PageMetadata metadata = extract("""
                <meta property="og:site_name" content="BBC News">
                <meta property="article:author" content="https://www.facebook.com/bbcnews">
                <meta name="author" content="BBC News">""", null);

        assertThat(metadata.authors()).isEmpty();
        assertThat(Bylines.names("By Jane Doe, Staff Writer | The Globe", Optional.of("The Globe")))
                .containsExactly("Jane Doe");
        assertThat(Bylines.names("jdoe@example.com (Jane Doe)", Optional.empty())).containsExactly("Jane Doe");
        assertThat(Bylines.names("@janedoe", Optional.empty())).isEmpty();
    }

    @Test
    void readsThePublisherLocalDateFromMetaTags() {
        assertThat(extract("<meta property=\"article:published_time\" content=\"2016-12-22T23:43:37-08:00\">", null)
                .published()).contains(LocalDate.of(2016, 12, 22));
        assertThat(extract("<meta name=\"parsely-pub-date\" content=\"2021-01-05T10:00:00Z\">", null).published())
                .contains(LocalDate.of(2021, 1, 5));
        assertThat(extract("<meta name=\"sailthru.date\" content=\"Tue, 15 Nov 1999 08:12:31 GMT\">", null)
                .published()).contains(LocalDate.of(1999, 11, 15));
        assertThat(extract("<meta name=\"article:publicationdate\" content=\"Fri Mar 13 21:30:09 EST 2015\">", null)
                .published()).contains(LocalDate.of(2015, 3, 13));
    }

    @Test
    void prefersATimeElementMarkedPubdateOrInTheArticleHeader() {
        assertThat(extract("""
                <body><aside><time datetime="2020-01-01">Old</time></aside>
                <article><header><time datetime="2022-03-24T10:32:00+01:00">March 24</time></header></article>
                </body>""", null).published()).contains(LocalDate.of(2022, 3, 24));
        assertThat(extract("""
                <body><time datetime="2019-05-05">x</time><time pubdate datetime="2021-07-08">y</time></body>""",
                null).published()).contains(LocalDate.of(2021, 7, 8));
    }

    @Test
    void fallsBackToADateInTheUrl() {
        PageMetadata metadata = extract("<p>No dates here.</p>", "https://www.example.com/world/2022/03/24/story.html");

        assertThat(metadata.published()).contains(LocalDate.of(2022, 3, 24));
    }

    @Test
    void takesTheCanonicalLinkResolvedAgainstThePageUrlAndTheHostAsOutlet() {
        PageMetadata metadata = extract("<link rel=\"canonical\" href=\"/news/a-story\">",
                "https://www.example.co.uk/news/a-story?utm_source=x");

        assertThat(metadata.url()).contains("https://www.example.co.uk/news/a-story");
        assertThat(metadata.outlet()).contains("example.co.uk");
    }

    @Test
    void knowsNothingOfAnEmptyPage() {
        assertThat(extract("<html></html>", null)).isEqualTo(PageMetadata.empty());
    }
}
