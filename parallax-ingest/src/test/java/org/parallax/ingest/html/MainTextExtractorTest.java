package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String P1 = "The city council voted on Tuesday to expand the bus network across the northern districts,"
            + " a plan that has been debated for almost three years.";
    private static final String P2 = "Supporters said the new routes would cut commuting times for thousands of residents who"
            + " currently rely on a single overcrowded line.";
    private static final String P3 = "Opponents argued that the cost, estimated at 40 million dollars, should have been spent on"
            + " repairing existing roads and bridges first.";
    private static final String P4 = "The first of the new routes is expected to open next spring, the transport department said"
            + " in a statement after the vote.";

    private final MainTextExtractor extractor = new MainTextExtractor();

    private static Document page(String body) {
        return Jsoup.parse("<!DOCTYPE html><html><head><title>Council expands bus network | The Daily Example</title>"
                + "</head><body>" + body + "</body></html>", "https://news.example.org/2019/11/19/buses");
    }

    private static String siteChrome(String article) {
        return "<header class=\"site-header\"><a href=\"/\">The Daily Example</a>"
                + "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "<li><a href=\"/business\">Business</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>"
                + "<div class=\"layout\"><main>" + article + "</main>"
                + "<aside class=\"sidebar\"><h3>Most read</h3><ol>"
                + "<li><a href=\"/a\">Mayor announces new parking rules for the old town centre</a></li>"
                + "<li><a href=\"/b\">Local team wins the regional final after a dramatic penalty shoot-out</a></li>"
                + "</ol></aside></div>"
                + "<footer><p>Copyright 2019 The Daily Example. All rights reserved. Contact us at newsroom@example.org"
                + " for corrections, tips and any other questions about our coverage.</p></footer>";
    }

    @Test
    void keepsArticleParagraphsInOrderAndDropsNavigationSidebarAndFooter() {
        Document page = page(siteChrome("<article><h1>Council expands bus network</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article>"));

        Optional<String> text = extractor.extract(page);

        assertThat(text).contains(String.join("\n\n", P1, P2, P3, P4));
    }

    @Test
    void leavesOutHeadlineButKeepsSubheadingsListsAndQuotationsAsParagraphs() {
        Document page = page("<article><h1>Council expands bus network</h1>"
                + "<p>" + P1 + "</p><h2>What changes for riders</h2>"
                + "<ul><li>Buses every ten minutes on the main northern corridor during rush hours</li>"
                + "<li>Night services on weekends until two in the morning</li></ul>"
                + "<blockquote><p>This is the biggest change to our buses in a generation, and it is overdue.</p></blockquote>"
                + "<p>" + P2 + "</p></article>");

        String text = extractor.extract(page).orElseThrow();

        assertThat(text.split("\n\n")).containsExactly(
                P1,
                "What changes for riders",
                "Buses every ten minutes on the main northern corridor during rush hours",
                "Night services on weekends until two in the morning",
                "This is the biggest change to our buses in a generation, and it is overdue.",
                P2);
        assertThat(text).doesNotContain("Council expands bus network");
    }

    @Test
    void dropsShareWidgetsAdvertisementsCaptionsRelatedLinksAndComments() {
        Document page = page(siteChrome("<article><h1>Council expands bus network</h1>"
                + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
                + "<div class=\"article-body\">"
                + "<p>" + P1 + "</p>"
                + "<figure><img src=\"bus.jpg\"><figcaption>A bus on the northern route. Photo: J. Doe for the"
                + " Daily Example, who has photographed the city for many years</figcaption></figure>"
                + "<div class=\"ad-slot\"><span>Advertisement</span></div>"
                + "<p>" + P2 + "</p>"
                + "<p class=\"related-link\"><a href=\"/c\">Read more: Why the old tram network was closed in 1962"
                + " and what it would cost to bring it back</a></p>"
                + "<p>" + P3 + "</p>"
                + "<p>Advertisement</p>"
                + "<p>" + P4 + "</p>"
                + "</div>"
                + "<section id=\"comments\"><h3>Comments</h3><p>Great news, I have been waiting for this for ages and"
                + " I hope the buses will finally run on time from now on.</p></section>"
                + "</article>"));

        String text = extractor.extract(page).orElseThrow();

        assertThat(text).isEqualTo(String.join("\n\n", P1, P2, P3, P4));
    }

    @Test
    void dropsTeasersOfOtherStoriesNextToTheArticle() {
        StringBuilder teasers = new StringBuilder("<div class=\"section-river\"><ul class=\"river\">");
        for (int i = 1; i <= 4; i++) {
            teasers.append("<li class=\"card\"><h3><a href=\"/story-").append(i).append("\">Another story headline")
                    .append(" number ").append(i).append(" from the same section</a></h3>")
                    .append("<p>A short summary of another story that is not part of this article, but reads")
                    .append(" like one sentence of running text.</p></li>");
        }
        teasers.append("</ul></div>");
        Document page = page("<div><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + teasers + "</div>");

        String text = extractor.extract(page).orElseThrow();

        assertThat(text).isEqualTo(String.join("\n\n", P1, P2, P3));
    }

    @Test
    void rendersEmbeddedTweetAsOneParagraphInTwitterEmbedForm() {
        Document page = page("<article><p>" + P1 + "</p>"
                + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\" data-lang=\"en\">"
                + "<p lang=\"en\" dir=\"ltr\">Huge day for riders in the north!\nNew routes start in spring."
                + " <a href=\"https://t.co/AbCdEf\">pic.twitter.com/AbCdEf</a></p>"
                + "&mdash; Transit Fan (@transitfan) <a href=\"https://twitter.com/transitfan/status/1\">"
                + "November 19, 2019</a></blockquote>"
                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script></div>"
                + "<p>" + P2 + "</p></article>");

        String text = extractor.extract(page).orElseThrow();

        assertThat(text.split("\n\n")).containsExactly(
                P1,
                "Huge day for riders in the north! New routes start in spring. pic.twitter.com/AbCdEf"
                        + " — Transit Fan (@transitfan) November 19, 2019",
                P2);
    }

    @Test
    void normalisesWhitespaceAndSplitsParagraphsOnDoubleLineBreaks() {
        Document page = page("<div class=\"story\">  The city council   voted on Tuesday\n to expand the bus network"
                + " across the northern districts,&nbsp;a plan debated for years.<br><br>"
                + "Supporters said the new routes would cut commuting times<br>for thousands of residents in the north.</div>");

        String text = extractor.extract(page).orElseThrow();

        assertThat(text).isEqualTo("The city council voted on Tuesday to expand the bus network across the northern"
                + " districts, a plan debated for years.\n\n"
                + "Supporters said the new routes would cut commuting times for thousands of residents in the north.");
    }

    @Test
    void keepsArticleInsideLayoutWrapperWhoseClassNamesAnAdvertisement() {
        Document page = page("<div class=\"page-ad-margins\"><div class=\"story-wrap\">"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>");

        assertThat(extractor.extract(page)).contains(String.join("\n\n", P1, P2, P3));
    }

    @Test
    void findsNoArticleOnPageWithOnlyNavigation() {
        Document page = page("<header><nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
                + "</ul></nav></header><div class=\"index\"><ul>"
                + "<li><a href=\"/a\">Mayor announces new parking rules for the old town centre</a></li>"
                + "<li><a href=\"/b\">Local team wins the regional final after a dramatic penalty shoot-out</a></li>"
                + "<li><a href=\"/c\">Council expands bus network to the northern districts next spring</a></li>"
                + "</ul></div><footer>Copyright 2019 The Daily Example</footer>");

        assertThat(extractor.extract(page)).isEmpty();
    }

    @Test
    void findsNoArticleWhenTextIsOnlyAFewWords() {
        Document page = page("<article><h1>Council expands bus network</h1><p>Story to follow.</p></article>");

        assertThat(extractor.extract(page)).isEmpty();
    }

    @Test
    void findsNoArticleInEmptyDocument() {
        assertThat(extractor.extract(new Document("https://news.example.org/"))).isEmpty();
    }

    @Test
    void leavesThePageUnchangedAndGivesTheSameTextOnEveryCall() {
        Document page = page(siteChrome("<article><h1>Council expands bus network</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        String before = page.outerHtml();

        Optional<String> first = extractor.extract(page);
        Optional<String> second = extractor.extract(page);

        assertThat(page.outerHtml()).isEqualTo(before);
        assertThat(second).isEqualTo(first).isPresent();
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        Document page = page(siteChrome("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"));
        String expected = extractor.extract(page).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> results = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> extractor.extract(page.clone())));
            for (Future<Optional<String>> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).contains(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
