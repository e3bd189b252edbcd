package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 11, in a real headless Chromium over the seeds' store: search narrowed by a speaker facet
 * with highlighted snippets, a saved search with its Atom feed, and two entities merged from an
 * entity's page (the token asked for once, kept for the tab) with the audit entry shown there and in
 * the audit log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Issue11SearchAndCorrectionsBrowserTest extends SeedsInBrowser {

    @Test
    @Order(1)
    void searchBySpeakerNarrowsTheHitsAndHighlightsTheWords() throws Exception {
        browser.open("#/search?q=intelligence", ".search-view");
        browser.waitForText(".total", "2 articles found");
        assertThat(browser.all(".hit .snippet mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase("intelligence"));
        String yermak = entityNamed("Andriy Yermak");
        WebElement facet = browser.waitFor(".facet[data-facet='speaker'] input[value='" + yermak + "']");
        facet.click();
        browser.waitForText(".total", "1 article found");
        JsonNode expected = api("/api/v1/search?q=intelligence&speaker=" + yermak);
        List<String> shown = browser.all(".hit").stream().map(hit -> hit.getAttribute("data-article")).collect(Collectors.toList());
        assertThat(shown).containsExactly(expected.path("hits").get(0).path("article").asText());
        assertThat(browser.driver().getCurrentUrl()).contains("speaker=" + yermak);
        assertThat(browser.driver().findElement(By.cssSelector(".facet[data-facet='speaker'] input[value='" + yermak + "']")).isSelected()).isTrue();
        browser.screenshot("search");
    }

    @Test
    @Order(2)
    void aSavedSearchLinksToItsAtomFeed() throws Exception {
        browser.driver().findElement(By.id("saved-name")).sendKeys("Yermak on intelligence");
        browser.driver().findElement(By.cssSelector(".save-search button[type='submit']")).click();
        browser.giveToken(server.token());
        WebElement feed = browser.waitFor(".save-search a.feed-link");
        String address = feed.getDomAttribute("href");
        var response = server.get(address);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<feed", "http://www.w3.org/2005/Atom");
        browser.waitForText(".saved-searches", "Yermak on intelligence");
        assertThat(browser.script("return sessionStorage.getItem('parallax.token')")).isEqualTo(server.token());
    }

    @Test
    @Order(3)
    void twoEntitiesMergedFromTheEntityPageAreInTheAuditLog() throws Exception {
        String zelensky = entityNamed("Volodymyr Zelensky");
        String yermak = entityNamed("Andriy Yermak");
        browser.open("#/entity/" + zelensky, ".entity-view[data-entity='" + zelensky + "']");
        browser.driver().findElement(By.id("merge-entity")).sendKeys(yermak);
        browser.driver().findElement(By.cssSelector("#merge-entity ~ button[type='submit']")).click();
        // the token is kept for the tab: no dialog this time
        WebElement done = browser.waitFor(".correction .done");
        assertThat(done.getText()).contains("Done", "by " + TestServer.TOKEN_NAME);
        assertThat(browser.driver().findElement(By.id("token-dialog")).getAttribute("open")).isNull();
        WebElement entry = browser.waitFor(".audit-about .audit-entry[data-kind='merge-entities']");
        assertThat(entry.getText()).contains("merged entity " + yermak, TestServer.TOKEN_NAME);
        JsonNode audit = api("/api/v1/audit").path("corrections");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("kind").asText()).isEqualTo("merge-entities");
        assertThat(api("/api/v1/entities/" + zelensky).path("aliases").path("aliases").toString()).contains("Andriy Yermak");
        browser.open("#/audit", ".audit-view .audit-entry[data-kind='merge-entities']");
        browser.screenshot("audit");
        browser.open("#/entity/" + zelensky, ".entity-view[data-entity='" + zelensky + "']");
        browser.waitForText(".aliases", "Andriy Yermak");
    }
}
