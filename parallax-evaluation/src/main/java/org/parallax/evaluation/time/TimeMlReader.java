package org.parallax.evaluation.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parallax.model.Span;
import org.parallax.model.TimexType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads TimeML ({@code .tml}) files as TempEval-3 distributes them, with the JDK's XML parser
 * (doctype declarations refused, no external entities or schemas fetched). The text is the
 * character content of {@code <TEXT>}; each {@code <TIMEX3>} inside it becomes a gold expression
 * at the offsets its content has in that text, and each {@code <EVENT>} a gold event with the time
 * expressions its instances ({@code MAKEINSTANCE}) are tied to by a {@code TLINK}.
 */
public final class TimeMlReader {

    private final DocumentBuilderFactory factory;

    public TimeMlReader() {
        factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's own, not a Xerces on the classpath
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
    }

    /** Reads one file; {@code corpus} names the collection it belongs to. */
    public TimeMlDocument read(Path file, String corpus) {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() { // throw instead of printing to stderr first
                @Override
                public void warning(SAXParseException e) {
                    // warnings (e.g. about unused features) do not make a document unreadable
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("not well-formed TimeML: " + file, e);
        }
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        Element root = document.getDocumentElement();
        LocalDate creation = creationDate(root, file);
        NodeList texts = root.getElementsByTagName("TEXT");
        if (texts.getLength() != 1) {
            throw new IllegalArgumentException(file + " has " + texts.getLength() + " TEXT elements, not one");
        }
        StringBuilder text = new StringBuilder();
        List<TimexMention> timexes = new ArrayList<>();
        Map<String, TimexMention> timexIds = new HashMap<>();
        Map<String, Span> eventSpans = new LinkedHashMap<>();
        walk(texts.item(0), text, new Found(timexes, timexIds, eventSpans), file);
        return new TimeMlDocument(id, corpus, creation, text.toString(), timexes, events(root, timexIds, eventSpans));
    }

    /** What the walk over {@code <TEXT>} collects. */
    private record Found(List<TimexMention> timexes, Map<String, TimexMention> timexIds, Map<String, Span> eventSpans) {
    }

    /**
     * The events with their anchors (TLINKs between an event instance and a time expression of the text) and their links
     * (TLINKs between two event instances, recorded on both events, each read from its own side).
     */
    private static List<GoldEvent> events(Element root, Map<String, TimexMention> timexIds, Map<String, Span> eventSpans) {
        Map<String, String> instanceOf = new HashMap<>();
        NodeList instances = root.getElementsByTagName("MAKEINSTANCE");
        for (int i = 0; i < instances.getLength(); i++) {
            Element instance = (Element) instances.item(i);
            instanceOf.put(instance.getAttribute("eiid"), instance.getAttribute("eventID"));
        }
        Map<String, List<GoldEvent.TimeAnchor>> anchors = new HashMap<>();
        Map<String, List<GoldEvent.EventLink>> eventLinks = new HashMap<>();
        NodeList links = root.getElementsByTagName("TLINK");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String relation = link.getAttribute("relType");
            String event = instanceOf.get(link.getAttribute("eventInstanceID"));
            String other = instanceOf.get(link.getAttribute("relatedToEventInstance"));
            if (event != null && other != null && !event.equals(other)) {
                eventLinks.computeIfAbsent(event, key -> new ArrayList<>()).add(new GoldEvent.EventLink(relation, other));
                eventLinks.computeIfAbsent(other, key -> new ArrayList<>()).add(new GoldEvent.EventLink(inverse(relation), event));
                continue;
            }
            TimexMention timex = timexIds.get(link.getAttribute("relatedToTime"));
            if (event == null || timex == null) {
                event = instanceOf.get(link.getAttribute("relatedToEventInstance"));
                timex = timexIds.get(link.getAttribute("timeID"));
                relation = inverse(relation);
            }
            if (event != null && timex != null) {
                anchors.computeIfAbsent(event, key -> new ArrayList<>()).add(new GoldEvent.TimeAnchor(relation, timex));
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        eventSpans.forEach((id, span) -> events.add(new GoldEvent(id, span, anchors.getOrDefault(id, List.of()),
                eventLinks.getOrDefault(id, List.of()))));
        return events;
    }

    /** The relation read from the other side: the time IS_INCLUDED in the event means the event INCLUDES the time. */
    private static String inverse(String relation) {
        return switch (relation) {
            case "INCLUDES" -> "IS_INCLUDED";
            case "IS_INCLUDED" -> "INCLUDES";
            case "BEFORE" -> "AFTER";
            case "AFTER" -> "BEFORE";
            case "IBEFORE" -> "IAFTER";
            case "IAFTER" -> "IBEFORE";
            case "BEGINS" -> "BEGUN_BY";
            case "BEGUN_BY" -> "BEGINS";
            case "ENDS" -> "ENDED_BY";
            case "ENDED_BY" -> "ENDS";
            default -> relation; // SIMULTANEOUS, DURING, IDENTITY are symmetric
        };
    }

    private static LocalDate creationDate(Element root, Path file) {
        NodeList dcts = root.getElementsByTagName("DCT");
        if (dcts.getLength() == 0) {
            throw new IllegalArgumentException(file + " has no DCT");
        }
        NodeList timexes = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
        if (timexes.getLength() == 0) {
            throw new IllegalArgumentException(file + " has no TIMEX3 in its DCT");
        }
        String value = ((Element) timexes.item(0)).getAttribute("value");
        if (value.length() < 10) {
            throw new IllegalArgumentException(file + ": DCT value " + value + " is no date");
        }
        return LocalDate.parse(value.substring(0, 10));
    }

    private static void walk(Node node, StringBuilder text, Found found, Path file) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    Element element = (Element) child;
                    int begin = text.length();
                    walk(element, text, found, file);
                    Span span = new Span(begin, text.length());
                    if (element.getTagName().equals("TIMEX3")) {
                        TimexMention timex = new TimexMention(span, type(element, file), element.getAttribute("value"));
                        found.timexes().add(timex);
                        found.timexIds().put(element.getAttribute("tid"), timex);
                    } else if (element.getTagName().equals("EVENT")) {
                        found.eventSpans().put(element.getAttribute("eid"), span);
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    private static TimexType type(Element timex, Path file) {
        String type = timex.getAttribute("type").trim().toUpperCase(Locale.ROOT);
        try {
            return TimexType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": unknown TIMEX3 type '" + type + "'", e);
        }
    }
}
