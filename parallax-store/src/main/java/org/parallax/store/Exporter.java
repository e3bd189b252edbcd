package org.parallax.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Analysis;
import org.parallax.model.ClaimReport;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Quote;
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.report.AtomicFiles;
import org.parallax.report.HtmlReportWriter;

/**
 * Writes what a store holds, without caps. JSON Lines, CSV and GraphML are streamed: articles and
 * records are read one page at a time and written as they come, so exporting the whole store
 * takes no more memory than exporting a little of it. HTML is one report page, so it holds the
 * articles it shows.
 */
public final class Exporter {

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    /** Writes the articles {@code query} selects ({@code null}: every article) and the account in {@code format} to {@code out}. */
    public void export(ExportFormat format, SearchQuery query, Path out) throws IOException {
        switch (format) {
            case JSONL -> writeFile(out, stream -> jsonLines(query, stream));
            case CSV -> csv(query, out);
            case GRAPHML -> writeFile(out, this::graphml);
            case HTML -> html(query, out);
        }
    }

    /**
     * Writes a one-file format ({@link ExportFormat#JSONL}, {@link ExportFormat#GRAPHML}) to {@code out} as it is
     * read, for a caller that streams it (the server); the folder formats (CSV, HTML) go through {@link #export}.
     */
    public void export(ExportFormat format, SearchQuery query, OutputStream out) throws IOException {
        switch (format) {
            case JSONL -> jsonLines(query, out);
            case GRAPHML -> graphml(out);
            case CSV, HTML -> throw new IllegalArgumentException(format + " is a folder of files, not one stream");
        }
    }

    private void articles(SearchQuery query, Consumer<StoredArticle> each) {
        if (query == null) {
            store.forEachArticle(each);
        } else {
            store.forEachMatch(query, each);
        }
    }

    /** One line per article, then one per story that has a selected article: {@code {"kind": ..., "article"|"story": {...}}}. */
    void jsonLines(SearchQuery query, OutputStream out) throws IOException {
        AnalysisJsonWriter writer = new AnalysisJsonWriter();
        JsonFactory factory = new JsonFactory();
        Set<String> selected = new HashSet<>();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            articles(query, stored -> io(() -> {
                selected.add(stored.id());
                json.writeStartObject();
                json.writeStringField("kind", "article");
                json.writeFieldName("article");
                writer.writeArticle(stored.analyzed(), store.resolvedIds(stored.id()), json);
                json.writeEndObject();
            }));
            store.forEachStory(summary -> io(() -> {
                Story story = summary.story();
                if (query != null && story.articles().stream().noneMatch(selected::contains)) {
                    return;
                }
                Map<String, AnalyzedArticle> articles = new HashMap<>();
                story.articles().forEach(id -> store.article(id).ifPresent(article -> articles.put(id, article)));
                json.writeStartObject();
                json.writeStringField("kind", "story");
                json.writeNumberField("articles", summary.articles());
                json.writeNumberField("independentSources", summary.independentSources());
                json.writeFieldName("story");
                writer.writeStory(story, articles, json);
                json.writeEndObject();
            }));
            json.writeRaw('\n');
        }
    }

    /**
     * CSV tables in the folder {@code out}: articles.csv, quotes.csv, entities.csv, events.csv, claims.csv. A quote's
     * {@code begin} and {@code end} are its overall extent, its {@code text} the words of its pieces joined by
     * {@value Quote#PIECE_SEPARATOR} (an interrupted quotation without the "he said" between), {@code pieces} each
     * piece as {@code begin-end}, joined by "; ".
     */
    void csv(SearchQuery query, Path out) throws IOException {
        Files.createDirectories(out);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        Set<String> selected = new HashSet<>();
        try (Table articles = new Table(mapper, out.resolve("articles.csv"), "id", "source", "url", "title", "outlet",
                "published", "published_from", "format", "authors", "characters");
                Table quotes = new Table(mapper, out.resolve("quotes.csv"), "article", "begin", "end", "kind", "speaker",
                        "speaker_entity", "cue", "text", "pieces")) {
            articles(query, stored -> io(() -> {
                selected.add(stored.id());
                var article = stored.analyzed().article();
                articles.row(article.id(), article.source(), article.url().orElse(""), article.title().orElse(""),
                        article.outlet().orElse(""), article.published().map(Object::toString).orElse(""),
                        article.publishedFrom().name().toLowerCase(java.util.Locale.ROOT), article.format().name().toLowerCase(java.util.Locale.ROOT),
                        String.join("; ", article.authors()), Integer.toString(article.text().length()));
                Map<String, String> resolved = store.resolvedIds(article.id());
                String text = article.text();
                for (Quote quote : stored.analyzed().annotations().quotes()) {
                    quotes.row(article.id(), Integer.toString(quote.span().begin()), Integer.toString(quote.span().end()),
                            quote.kind().name().toLowerCase(java.util.Locale.ROOT),
                            quote.speaker().map(speaker -> speaker.span().coveredText(text)).orElse(""),
                            quote.speaker().flatMap(speaker -> speaker.entity()).map(id -> resolved.getOrDefault(id, id)).orElse(""),
                            quote.cue().map(cue -> cue.coveredText(text)).orElse(""), quote.piecesText(text),
                            String.join("; ", quote.pieces().stream().map(piece -> piece.begin() + "-" + piece.end()).toList()));
                }
            }));
        }
        try (Table entities = new Table(mapper, out.resolve("entities.csv"), "id", "name", "type", "aliases", "roles",
                "articles", "metonym_for")) {
            store.forEachEntity(entity -> io(() -> {
                Set<String> inArticles = new LinkedHashSet<>();
                entity.members().forEach(member -> inArticles.add(Corrections.articleOf(member)));
                if (query != null && inArticles.stream().noneMatch(selected::contains)) {
                    return;
                }
                entities.row(entity.id(), entity.name(), entity.type().name(),
                        String.join("; ", entity.aliases().stream().map(EntityAlias::name).toList()),
                        String.join("; ", new LinkedHashSet<>(entity.roles().stream().map(role -> role.title()).toList())),
                        Integer.toString(inArticles.size()), entity.metonymFor().orElse(""));
            }));
        }
        try (Table events = new Table(mapper, out.resolve("events.csv"), "id", "date", "dates", "summary", "participants",
                "place", "articles")) {
            store.forEachEvent(event -> io(() -> {
                Set<String> inArticles = new LinkedHashSet<>(event.evidence().stream().map(Evidence::article).toList());
                if (query != null && inArticles.stream().noneMatch(selected::contains)) {
                    return;
                }
                events.row(event.id(), event.date().orElse(""),
                        String.join("; ", event.dates().stream().map(date -> date.value()).distinct().toList()), event.summary(),
                        String.join("; ", event.participants()), event.place().orElse(""), String.join("; ", inArticles));
            }));
        }
        try (Table claims = new Table(mapper, out.resolve("claims.csv"), "id", "story", "statement", "coverage",
                "reported_by", "contradicted_by", "left_out_by")) {
            store.forEachStory(summary -> io(() -> {
                Story story = summary.story();
                if (query != null && story.articles().stream().noneMatch(selected::contains)) {
                    return;
                }
                for (var claim : story.claims()) {
                    List<String> reported = new ArrayList<>();
                    List<String> contradicted = new ArrayList<>();
                    List<String> absent = new ArrayList<>();
                    for (String outlet : story.outlets()) {
                        Stance stance = story.stance(claim, outlet);
                        (stance == Stance.REPORTED ? reported : stance == Stance.CONTRADICTED ? contradicted : absent).add(outlet);
                    }
                    claims.row(claim.id(), story.id(), claim.statement(), claim.coverage().name().toLowerCase(java.util.Locale.ROOT),
                            String.join("; ", reported), String.join("; ", contradicted), String.join("; ", absent));
                }
            }));
        }
    }

    /** One CSV file with a header, written row by row. */
    private static final class Table implements AutoCloseable {
        private final OutputStream stream;
        private final SequenceWriter writer;

        Table(CsvMapper mapper, Path file, String... columns) throws IOException {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            for (String column : columns) {
                schema.addColumn(column);
            }
            stream = Files.newOutputStream(file);
            writer = mapper.writerFor(String[].class).with(schema.build()).writeValues(stream);
        }

        void row(String... values) throws IOException {
            writer.write(values);
        }

        @Override
        public void close() throws IOException {
            writer.close();
            stream.close();
        }
    }

    /** GraphML: a node per entity (name, type), an edge per pair that one quotes about the other, or that act together. */
    void graphml(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(xml, "name", "node", "label");
            key(xml, "type", "node", "type");
            key(xml, "articles", "node", "articles");
            key(xml, "kind", "edge", "kind");
            key(xml, "weight", "edge", "weight");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "parallax");
            xml.writeAttribute("edgedefault", "directed");
            store.forEachEntity(entity -> xml(() -> {
                xml.writeStartElement("node");
                xml.writeAttribute("id", entity.id());
                data(xml, "name", entity.name());
                data(xml, "type", entity.type().name());
                data(xml, "articles", Long.toString(entity.members().stream().map(Corrections::articleOf).distinct().count()));
                xml.writeEndElement();
            }));
            long[] edges = {0};
            for (Answers.LinkKind kind : Answers.LinkKind.values()) {
                store.forEachEntityLink(kind, link -> xml(() -> {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("id", "l" + (++edges[0]));
                    xml.writeAttribute("source", link.from());
                    xml.writeAttribute("target", link.to());
                    data(xml, "kind", kind == Answers.LinkKind.QUOTES ? "quotes" : "acts-with");
                    data(xml, "weight", Long.toString(link.weight()));
                    xml.writeEndElement();
                }));
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter xml, String id, String target, String name) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", id.equals("weight") || id.equals("articles") ? "long" : "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * The HTML report of the selected articles, with the stories wholly among them and the entities and events they
     * hold, written into the folder {@code out} as {@code report.html} (the index) and {@code report/} (a page per story
     * and article), as {@code analyze} writes it.
     */
    void html(SearchQuery query, Path out) throws IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        articles(query, stored -> articles.add(stored.analyzed()));
        Set<String> ids = new HashSet<>();
        articles.forEach(article -> ids.add(article.article().id()));
        CrossArticle account = store.account();
        List<Entity> entities = new ArrayList<>();
        for (Entity entity : account.entities()) {
            List<String> members = entity.members().stream().filter(member -> ids.contains(Corrections.articleOf(member))).toList();
            if (!members.isEmpty()) {
                entities.add(new Entity(entity.id(), entity.name(), entity.type(),
                        entity.aliases().stream().map(alias -> new EntityAlias(alias.name(),
                                alias.articles().stream().filter(ids::contains).toList())).filter(alias -> !alias.articles().isEmpty()).toList(),
                        entity.roles().stream().filter(role -> ids.contains(role.evidence().article())).toList(),
                        members, entity.metonymFor()));
            }
        }
        List<Event> events = new ArrayList<>();
        for (Event event : account.events()) {
            List<Evidence> evidence = event.evidence().stream().filter(each -> ids.contains(each.article())).toList();
            if (!evidence.isEmpty()) {
                events.add(new Event(event.id(), event.date(), event.dates().stream()
                        .filter(date -> ids.contains(date.evidence().article())).toList(), event.summary(),
                        event.participants(), event.place(), evidence,
                        event.mentions().stream().filter(mention -> ids.contains(mention.article())).toList()));
            }
        }
        List<Story> stories = account.stories().stream().filter(story -> ids.containsAll(story.articles()))
                .filter(story -> story.claims().stream().flatMap(claim -> claim.reports().stream())
                        .map(ClaimReport::article).allMatch(ids::contains)).toList();
        Analysis analysis = new Analysis(articles, List.of(), List.of(), articles.size(), new CrossArticle(entities, events, stories));
        Files.createDirectories(out);
        new HtmlReportWriter().write(analysis, out);
    }

    /** Writes {@code target} through {@link AtomicFiles} (a failed export leaves the earlier file whole), buffered. */
    private static void writeFile(Path target, AtomicFiles.StreamWriter work) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            AtomicFiles.write(target, stream -> {
                OutputStream buffered = new java.io.BufferedOutputStream(stream, 1 << 16);
                work.write(buffered);
                buffered.flush();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xml(XmlWork work) {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}
