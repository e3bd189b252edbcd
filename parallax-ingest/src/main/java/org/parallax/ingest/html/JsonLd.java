package org.parallax.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article objects of a page's JSON-LD ({@code <script type="application/ld+json">}):
 * top-level objects, arrays, {@code @graph} members and a page's {@code mainEntity}, with
 * {@code {"@id": ...}} references to people and organisations resolved within the page.
 *
 * <p>Pages often carry broken JSON-LD (unescaped line breaks, trailing commas, stray HTML comments);
 * the parser accepts the common slips, and of a script it still cannot read only the
 * {@code datePublished} values are kept, found by their key. Instances are immutable.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "satiricalarticle", "blogposting", "liveblogposting", "socialmediaposting",
            "techarticle", "scholarlyarticle", "report");
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "brand", "website");

    private static final Pattern DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    private final List<JsonNode> articles;
    private final List<JsonNode> others;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> articles, List<JsonNode> others, Map<String, JsonNode> byId) {
        this.articles = List.copyOf(articles);
        this.others = List.copyOf(others);
        this.byId = Map.copyOf(byId);
    }

    /** Reads every JSON-LD script of a page. */
    static JsonLd of(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            Optional<JsonNode> root = parse(script.data());
            if (root.isPresent()) {
                collect(root.get(), articles, others, byId);
            } else {
                unreadableDates(script.data(), others);
            }
        }
        return new JsonLd(articles, others, byId);
    }

    private static Optional<JsonNode> parse(String json) {
        String text = json.strip()
                .replaceFirst("^<!--", "").replaceFirst("-->$", "")
                .replaceFirst("^//\\s*<!\\[CDATA\\[", "").replaceFirst("//\\s*]]>$", "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            // Unreadable JSON-LD is skipped on purpose: the page's meta tags and bylines still count.
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> others,
            Map<String, JsonNode> byId) {
        if (node.isArray()) {
            node.forEach(member -> collect(member, articles, others, byId));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String id = node.path("@id").asText("");
        if (!id.isEmpty() && node.size() > 1) {
            byId.putIfAbsent(id, node);
        }
        if (hasType(node, ARTICLE_TYPES)) {
            articles.add(node);
        } else if (node.has("datePublished")) {
            others.add(node);
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), articles, others, byId);
        }
        JsonNode main = node.get("mainEntity");
        if (main != null && (main.isObject() || main.isArray())) {
            collect(main, articles, others, byId);
        }
    }

    /**
     * The {@code datePublished} values of a script the parser cannot read, found by their key, kept as
     * objects of unknown type: a broken script's date is still the page's word on it.
     */
    private static void unreadableDates(String json, List<JsonNode> others) {
        Matcher matcher = DATE_PUBLISHED.matcher(json);
        while (matcher.find()) {
            others.add(MAPPER.createObjectNode().put("datePublished", matcher.group(1)));
        }
    }

    /** The article's headline ({@code headline}, else {@code name}). */
    Optional<String> headline() {
        for (JsonNode article : articles) {
            Optional<String> headline = text(article.get("headline")).or(() -> text(article.get("name")));
            if (headline.isPresent()) {
                return headline;
            }
        }
        return Optional.empty();
    }

    /** The raw names of the first article's authors who are people, not organisations. */
    List<String> authorNames() {
        for (JsonNode article : articles) {
            JsonNode author = article.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode person : members(author)) {
                JsonNode resolved = resolve(person);
                if (resolved.isObject() && hasType(resolved, ORGANISATION_TYPES)) {
                    continue;
                }
                personName(resolved).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The article's {@code datePublished}, else its {@code dateCreated}, as written. */
    Optional<String> datePublished() {
        for (JsonNode article : articles) {
            Optional<String> date = text(article.get("datePublished")).or(() -> text(article.get("dateCreated")));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The article's {@code dateModified}, as written. */
    Optional<String> dateModified() {
        for (JsonNode article : articles) {
            Optional<String> date = text(article.get("dateModified"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code datePublished} of objects that are not articles (a {@code WebPage}, a
     * {@code VideoObject}), as written, in page order: weaker evidence than an article's own.
     */
    List<String> otherDatesPublished() {
        List<String> dates = new ArrayList<>();
        for (JsonNode other : others) {
            text(other.get("datePublished")).ifPresent(dates::add);
        }
        return dates;
    }

    /** The name of the article's publisher. */
    Optional<String> publisherName() {
        for (JsonNode article : articles) {
            for (JsonNode publisher : members(article.path("publisher"))) {
                Optional<String> name = text(resolve(publisher).get("name"));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.has("@id") && !node.has("name")) {
            JsonNode target = byId.get(node.get("@id").asText());
            if (target != null) {
                return target;
            }
        }
        return node;
    }

    private static Optional<String> personName(JsonNode person) {
        if (person.isTextual()) {
            return text(person);
        }
        Optional<String> name = text(person.get("name"));
        if (name.isPresent()) {
            return name;
        }
        String joined = (text(person.get("givenName")).orElse("") + " " + text(person.get("familyName")).orElse(""))
                .strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private static List<JsonNode> members(JsonNode node) {
        List<JsonNode> members = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return members;
        }
        if (node.isArray()) {
            node.forEach(members::add);
        } else {
            members.add(node);
        }
        return members;
    }

    /** A plain value: a string, a number, {@code {"@value": ...}}, or the first of an array. */
    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isArray()) {
            return node.isEmpty() ? Optional.empty() : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        String value = node.asText().replaceAll("\\s+", " ").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        for (JsonNode type : members(node.get("@type"))) {
            String name = type.asText().toLowerCase(Locale.ROOT)
                    .replaceFirst("^https?://schema\\.org/", "").replaceFirst("^schema:", "");
            if (types.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
