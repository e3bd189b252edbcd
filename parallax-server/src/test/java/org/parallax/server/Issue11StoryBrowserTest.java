package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 11, in a real headless Chromium over the seeds' store: the stories first (coverage by outlet,
 * blindspot), the seeds' story page (timeline with zoom, cast, quotes by speaker, the outlet × claim
 * matrix whose cells open their evidence in context), a quote followed to its place in the article
 * (scrolled to, highlighted, what its spans resolved to on hover), and an entity's page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Issue11StoryBrowserTest extends SeedsInBrowser {

    @Test
    @Order(1)
    void theStoriesComeFirstWithTheirCoverageByOutletAndBlindspot() throws Exception {
        JsonNode story = api("/api/v1/stories").path("stories").get(0);
        WebElement card = browser.open("", ".story-card[data-story='" + story.path("id").asText() + "']");
        assertThat(card.findElement(By.cssSelector("h2 a")).getText()).isEqualTo(story.path("title").asText());
        assertThat(card.findElements(By.cssSelector(".coverage .segment"))).hasSize(story.path("coverage").size());
        assertThat(card.findElement(By.cssSelector(".coverage-legend")).getText())
                .contains("Breitbart (1)", "The Cradle (1)", "The Jerusalem Post (1)");
        assertThat(card.findElement(By.cssSelector(".blindspot")).getText()).startsWith("Blindspot:");
        assertThat(card.getText()).contains("3 outlets", "3 independent sources");
        browser.screenshot("stories");
    }

    @Test
    @Order(2)
    void theSeedsStoryShowsItsTimelineCastQuotesAndMatrix() throws Exception {
        browser.driver().findElement(By.cssSelector(".story-card h2 a")).click();
        WebElement view = browser.waitFor(".story-view[data-complete='true']");
        String id = view.getAttribute("data-story");
        JsonNode page = api("/api/v1/stories/" + id + "?first=1000");
        JsonNode story = page.path("story");
        // format 3.0: spans carry no words; the page slices them out of their articles' text
        JsonNode sentence = story.path("summary").path(0);
        assertThat(sentence.isMissingNode()).as("the seeds' story has a summary").isFalse();
        assertThat(browser.waitForText(".summary li a", words(sentence)).getText()).isEqualTo(words(sentence));
        JsonNode dated = page.path("events").path("events").isEmpty() ? null
                : api("/api/v1/events/" + page.path("events").path("events").get(0).asText()).path("dates").path(0).path("evidence");
        if (dated != null && !dated.isMissingNode()) {
            browser.waitForText(".events", "dated by “" + words(dated) + "”");
        }
        // the timeline: one mark per dated event, each a link to its evidence in an article
        List<WebElement> marks = browser.all(".timeline-svg a.event-link");
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getDomAttribute("href")).startsWith("#/article/");
        assertThat(browser.all(".events .event")).hasSize(page.path("events").path("total").asInt());
        assertThat(browser.driver().findElement(By.cssSelector(".events")).getText()).contains("dated by");
        String range = browser.driver().findElement(By.cssSelector(".timeline-range")).getText();
        browser.driver().findElement(By.cssSelector(".timeline-controls button[aria-label='Zoom in']")).click();
        assertThat(browser.driver().findElement(By.cssSelector(".timeline-range")).getText()).isNotEqualTo(range);
        // the cast with roles, the quotes grouped by speaker
        assertThat(browser.driver().findElement(By.cssSelector(".cast")).getText()).contains("Andriy Yermak", "head of Zelensky’s office");
        List<String> speakers = browser.all(".speaker-group h3").stream().map(WebElement::getText).collect(Collectors.toList());
        assertThat(speakers).anyMatch(name -> name.startsWith("Andriy Yermak"));
        // the matrix: a row per claim, a column per outlet; a cell opens its evidence in context
        int claimCount = page.path("claims").path("total").asInt();
        assertThat(browser.all(".matrix tbody tr")).hasSize(Math.min(20, claimCount));
        // "More claims" brings the rest of the matrix, a page at a time
        for (int shown = 20; shown < claimCount; shown += 20) {
            browser.driver().findElement(By.cssSelector("button.more-claims")).click();
            browser.waitFor(".matrix tbody tr:nth-child(" + Math.min(claimCount, shown + 20) + ")");
        }
        assertThat(browser.all(".matrix tbody tr")).hasSize(claimCount);
        WebElement cell = browser.all(".matrix button.cell").get(0);
        cell.click();
        WebElement evidence = browser.waitFor("#evidence-panel .evidence mark");
        JsonNode claims = api("/api/v1/stories/" + id + "/claims").path("claims");
        List<String> texts = claims.findValues("text").stream().map(JsonNode::asText).collect(Collectors.toList());
        assertThat(texts).contains(evidence.getText());
        assertThat(browser.driver().findElement(By.cssSelector("#evidence-panel a.open-in-article")).getAttribute("href")).contains("begin=");
        // the claims side by side as each outlet words them
        assertThat(browser.all(".side-by-side details")).hasSize(browser.all(".matrix tbody tr").size());
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("story");
        browser.script("document.querySelector('.matrix').scrollIntoView()");
        browser.screenshot("story-matrix");
        browser.script("document.querySelector('#evidence-panel').scrollIntoView({block: 'end'})");
        browser.screenshot("story-evidence");
    }

    @Test
    @Order(3)
    void aQuoteLeadsToItsPlaceInTheArticleHighlighted() {
        WebElement quote = browser.all(".quote-link").stream()
                .filter(link -> link.getText().contains("I have very big respect for the leaders of your intelligence services"))
                .findFirst().orElseThrow();
        String quoted = quote.getText();
        browser.script("arguments[0].scrollIntoView()", quote);
        quote.click();
        browser.waitFor(".article-view .span.target");
        String highlighted = browser.all(".article-text .target").stream().map(WebElement::getText).collect(Collectors.joining());
        assertThat("“" + highlighted + "”").isEqualTo(quoted);
        Boolean inView = (Boolean) browser.script("const box = document.querySelector('.article-text .target').getBoundingClientRect();"
                + " return box.top >= 0 && box.bottom <= window.innerHeight;");
        assertThat(inView).as("the quote is scrolled into the window").isTrue();
        // hovering a span shows what it resolved to: the speaker's entity
        WebElement speaker = browser.all(".article-text .kind-speaker").stream()
                .filter(span -> span.getText().equals("Andriy Yermak")).findFirst().orElseThrow();
        new Actions(browser.driver()).moveToElement(speaker).perform();
        assertThat(browser.waitForText("#span-tip", "Andriy Yermak").getText()).contains("SPEAKER", "PERSON");
        WebElement time = browser.all(".article-text .kind-time").get(0);
        new Actions(browser.driver()).moveToElement(time).perform();
        assertThat(browser.waitForText("#span-tip", "TIMEX").getText()).contains("=");
        // the legend hides a kind of span
        browser.driver().findElement(By.id("show-label-quote")).click();
        assertThat(browser.driver().findElement(By.cssSelector(".reader")).getAttribute("class")).contains("hide-quote");
        assertThat(browser.all(".article-text .kind-quote").get(0).getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        browser.driver().findElement(By.id("show-label-quote")).click();
        browser.script("document.querySelector('.article-text .target').scrollIntoView({block: 'center'})");
        new Actions(browser.driver()).moveToElement(speaker).perform();
        browser.screenshot("article");
    }

    /** The words of a format 3.0 evidence span: its article's text between its offsets, read through the API. */
    private static String words(JsonNode evidence) throws Exception {
        String text = api("/api/v1/articles/" + evidence.path("article").asText()).path("article").path("text").asText();
        return text.substring(evidence.path("begin").asInt(), evidence.path("end").asInt());
    }

    @Test
    @Order(4)
    void anEntityPageShowsAliasesRolesQuotesTimelineArticlesAndItsGraph() throws Exception {
        JsonNode found = api("/api/v1/entities?q=Zelensky").path("entities").get(0);
        String id = found.path("id").asText();
        JsonNode page = api("/api/v1/entities/" + id);
        browser.open("#/entity/" + id, ".entity-view[data-entity='" + id + "']");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(page.path("entity").path("name").asText());
        assertThat(browser.all(".aliases li")).hasSize(page.path("aliases").path("aliases").size());
        assertThat(browser.all(".roles li")).hasSize(page.path("roles").path("roles").size());
        JsonNode role = page.path("roles").path("roles").path(0);
        if (!role.isMissingNode()) {
            browser.waitForText(".roles li", "“" + words(role.path("evidence")) + "”");
        }
        assertThat(browser.all("svg.graph a")).hasSize(Math.min(24, page.path("coOccurring").size()));
        assertThat(browser.all(".articles li")).hasSize(page.path("articles").path("hits").size());
        browser.script("document.querySelector('svg.graph').scrollIntoView({block: 'center'})");
        browser.screenshot("entity");
    }

    /**
     * Issue 11 at 100,000 articles: the story and entity pages draw the first page of each long list and bring the rest
     * with their "More ..." buttons, a page at a time, until the whole list is there (here one item a page, by the
     * address's {@code first}).
     */
    @Test
    @Order(6)
    void issue11LongListsComeAPageAtATimeByTheirMoreButtons() throws Exception {
        JsonNode story = api("/api/v1/stories/s1");
        browser.open("#/story/s1?first=1", ".story-view[data-complete='true']");
        assertThat(browser.all("section[aria-labelledby='section-articles'] ul.articles li")).hasSize(1);
        assertThat(browser.driver().findElement(By.cssSelector("section[aria-labelledby='section-articles'] .count")).getText()).isEqualTo("1 of 3 articles.");
        browser.driver().findElement(By.cssSelector("button.more-articles")).click();
        browser.waitFor("section[aria-labelledby='section-articles'] ul.articles li:nth-child(3)");
        // each listed by its title, else its file's name, in the story's order
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode hit : api("/api/v1/stories/s1/articles").path("hits")) {
            names.add(hit.path("title").isTextual() ? hit.path("title").asText() : Path.of(hit.path("source").asText()).getFileName().toString());
        }
        assertThat(browser.all("section[aria-labelledby='section-articles'] ul.articles li a")).extracting(WebElement::getText)
                .containsExactlyElementsOf(names);
        assertThat(browser.driver().findElement(By.cssSelector("button.more-articles")).isDisplayed()).isFalse();
        int claims = story.path("claims").path("total").asInt();
        assertThat(claims).isGreaterThan(3);
        assertThat(browser.all(".matrix tbody tr")).hasSize(1);
        for (int shown = 1; shown < 3; shown++) {
            browser.driver().findElement(By.cssSelector("button.more-claims")).click();
            browser.waitFor(".matrix tbody tr:nth-child(" + (shown + 1) + ")");
        }
        assertThat(browser.all(".matrix tbody tr")).hasSize(3);
        assertThat(browser.all(".side-by-side details")).hasSize(3);
        assertThat(browser.all(".matrix tbody tr")).extracting(row -> row.getDomAttribute("data-claim"))
                .containsExactly(story.path("claims").path("claims").path(0).path("id").asText(),
                        story.path("claims").path("claims").path(1).path("id").asText(),
                        story.path("claims").path("claims").path(2).path("id").asText());

        String id = api("/api/v1/entities?q=Zelensky").path("entities").get(0).path("id").asText();
        JsonNode entity = api("/api/v1/entities/" + id + "?first=1000");
        browser.open("#/entity/" + id + "?first=1", ".entity-view[data-entity='" + id + "']");
        for (String[] list : new String[][] {{"aliases", ".aliases li", "button.more-aliases"}, {"roles", ".roles li", "button.more-roles"}}) {
            int total = entity.path(list[0]).path("total").asInt();
            assertThat(browser.all(list[1])).as(list[0]).hasSize(Math.min(1, total));
            for (int shown = 1; shown < total; shown++) {
                browser.driver().findElement(By.cssSelector(list[2])).click();
                browser.waitFor(list[1] + ":nth-child(" + (shown + 1) + ")");
            }
            assertThat(browser.all(list[1])).as(list[0]).hasSize(total);
        }
        // an alias brought by "More aliases" can be split off too
        assertThat(browser.all("#split-alias option")).hasSize(entity.path("aliases").path("total").asInt());
    }

    /**
     * Issue 9, "Who said what": the article reader highlights an interrupted quotation piece by piece (analysis format
     * 4.1, {@code pieces}): seed 000's "“Zelensky has never compared …,” Yermak said. “There is no need to tell us …”"
     * is one quote whose highlight leaves out "Yermak said", and the quotes API gives its pieces' words. Here rather
     * than in a class of its own, to share this class's server and browser.
     */
    @Test
    @Order(5)
    void issue9TheReaderHighlightsEachPieceOfAnInterruptedQuotationAndNotTheWordsBetween() throws Exception {
        JsonNode joined = null;
        for (JsonNode quote : api("/api/v1/quotes?speaker=" + entityNamed("Andriy Yermak")).path("quotes")) {
            if (quote.path("text").asText().startsWith("Zelensky has never compared")) {
                joined = quote;
            }
        }
        assertThat(joined).as("Yermak's interrupted quotation").isNotNull();
        assertThat(joined.path("text").asText()).contains("as well, … There is no need to tell us").doesNotContain("Yermak said");
        browser.open("#/article/" + joined.path("article").asText(), ".article-view .article-text");
        String highlighted = (String) browser.script("return [...document.querySelectorAll('.article-text .span')]"
                + ".filter((node) => (node.spans || []).some((span) => span.kind === 'quote' && span.data.pieces))"
                + ".map((node) => node.textContent).join('')");
        assertThat(highlighted).contains("Zelensky has never compared").contains("There is no need to tell us")
                .doesNotContain("Yermak");
    }
}
