package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 11, in a real headless Chromium over the seeds' store: a claim checked from the browser, a
 * real article (the Herald Sun fixture of parallax-ingest) uploaded with its progress followed until
 * it appears, and an article full of script and HTML injection attempts (uploaded the same way) shown
 * on every page that shows it, where nothing it holds runs: the injected code would set
 * window.__pwned, change document.title or open an alert, and its markup is shown as the characters
 * it is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Issue11UploadCheckAndInjectionBrowserTest extends SeedsInBrowser {

    private static final Path REAL_ARTICLE = TestServer.ROOT.resolve("parallax-ingest/src/test/resources/fixtures/html/herald-sun-1.html");

    /** Uploads files from the upload page and waits until the job is done; returns the stored articles' ids. */
    private static List<String> upload(Path file) {
        browser.open("#/upload", ".upload-view");
        browser.driver().findElement(By.id("upload-files")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector(".upload-form button[type='submit']")).click();
        if (browser.script("return sessionStorage.getItem('parallax.token')") == null) {
            browser.giveToken(server.token());
        }
        browser.waitForText("#upload-stage", "done:");
        return browser.all("#upload-stored .stored-article").stream().map(item -> item.getAttribute("data-article")).toList();
    }

    @Test
    @Order(1)
    void aClaimCheckedInTheBrowserListsTheArticlesThatSupportContradictOrDiscussIt() throws Exception {
        browser.open("#/check", ".check-view");
        String claim = "Israel will mediate between Russia and Ukraine";
        browser.driver().findElement(By.id("claim")).sendKeys(claim);
        browser.driver().findElement(By.cssSelector(".check-form button[type='submit']")).click();
        WebElement judged = browser.waitFor(".check-results .judged");
        JsonNode expected = JSON.readTree(server.post("/api/v1/claim-checks", JSON.writeValueAsString(java.util.Map.of("claim", claim))).body());
        assertThat(judged.getText()).contains(expected.path("articlesJudged").asText() + " article(s) judged");
        for (String stance : List.of("supporting", "contradicting", "discussing")) {
            String css = ".checks[data-stance='" + stance.replace("supporting", "supports").replace("contradicting", "contradicts")
                    .replace("discussing", "discusses") + "'] > .check";
            assertThat(browser.all(css)).as(stance).hasSize(expected.path(stance).size());
        }
        assertThat(browser.all(".check-results .check")).isNotEmpty();
        assertThat(browser.all(".check-results a.evidence-link")).first().satisfies(link -> assertThat(link.getDomAttribute("href")).contains("begin="));
        browser.screenshot("claim-check");
    }

    @Test
    @Order(2)
    void anUploadedArticleAppearsOnceAnalysed() throws Exception {
        long before = api("/api/v1/stats").path("articles").asLong();
        List<String> stored = upload(REAL_ARTICLE);
        assertThat(stored).hasSize(1);
        assertThat(api("/api/v1/stats").path("articles").asLong()).isEqualTo(before + 1);
        WebElement item = browser.waitForText("#upload-stored .stored-article", "Angry media");
        assertThat(browser.driver().findElement(By.id("upload-analysed")).getAttribute("value")).isEqualTo("1");
        browser.screenshot("upload");
        item.findElement(By.tagName("a")).click();
        browser.waitForText(".article-view h1", "Angry media");
        assertThat(browser.all(".article-text .kind-quote")).isNotEmpty();
    }

    @Test
    @Order(3)
    void nothingOfAnInjectionArticleRunsOnAnyPageThatShowsIt() throws Exception {
        Path fixture = folder.resolve("injection-browser.html");
        try (var in = Issue11UploadCheckAndInjectionBrowserTest.class.getResourceAsStream("/fixtures/injection-browser.html")) {
            Files.copy(in, fixture);
        }
        List<String> stored = upload(fixture);
        assertThat(stored).hasSize(1);
        String injected = stored.get(0);
        JsonNode article = api("/api/v1/articles/" + injected).path("article");

        browser.open("#/article/" + injected, ".article-view");
        inert();
        String heading = browser.driver().findElement(By.tagName("h1")).getText();
        assertThat(heading).isEqualTo(article.path("title").asText()).contains("<img src=x onerror=");
        String text = browser.driver().findElement(By.id("article-text")).getText();
        assertThat(text).contains("<script>window.__pwned='quote';document.title='pwned'</script>", "</textarea>", "<svg onload=",
                "}]}</script><script>window.__pwned='json'</script>");
        assertThat(browser.driver().findElement(By.cssSelector(".byline")).getText()).contains(article.path("outlet").asText());
        for (WebElement link : browser.all("a[href]")) {
            assertThat(link.getDomAttribute("href")).doesNotStartWithIgnoringCase("javascript:");
        }
        // hovering the spans (a quote's tooltip holds its speaker and text) runs nothing either
        for (WebElement span : browser.all(".article-text .span[tabindex='0']")) {
            browser.script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", span);
        }
        inert();
        browser.screenshot("injection");

        browser.open("#/search?q=" + java.net.URLEncoder.encode("pwned", java.nio.charset.StandardCharsets.UTF_8), ".search-view .hit");
        inert();
        assertThat(browser.driver().findElement(By.cssSelector(".hit h2")).getText()).contains("<img src=x onerror=");
        JsonNode stories = api("/api/v1/articles/" + injected).path("stories");
        for (JsonNode story : stories) {
            browser.open("#/story/" + story.asText(), ".story-view[data-complete='true']");
            inert();
        }
        for (JsonNode mention : article.path("mentions")) {
            if (mention.hasNonNull("entity")) {
                browser.open("#/entity/" + mention.path("entity").asText(), ".entity-view");
                inert();
                break;
            }
        }
        browser.open("", ".stories-view");
        inert();
    }

    /** Nothing injected ran: no flag, the title is the app's, no alert, none of the injected elements exists. */
    private static void inert() {
        browser.rendered();
        assertThat(browser.alertOpen()).as("an alert is open").isFalse();
        assertThat(browser.script("return typeof window.__pwned")).as("window.__pwned").isEqualTo("undefined");
        assertThat(browser.driver().getTitle()).as("document.title").isNotEqualTo("pwned").endsWith("Parallax");
        assertThat(browser.all("#main script, #main iframe, #main img, #main [onerror], #main [onload], #main [onclick], #main [onmouseover]")).isEmpty();
        assertThat(browser.all("script")).allSatisfy(script -> assertThat(script.getDomAttribute("src")).matches("/assets/[0-9a-f]{12}/js/app\\.js"));
    }
}
