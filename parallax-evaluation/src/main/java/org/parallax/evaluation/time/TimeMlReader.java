package org.parallax.evaluation.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * at the offsets its content has in that text.
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
        walk(texts.item(0), text, timexes, file);
        return new TimeMlDocument(id, corpus, creation, text.toString(), timexes);
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

    private static void walk(Node node, StringBuilder text, List<TimexMention> timexes, Path file) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    Element element = (Element) child;
                    int begin = text.length();
                    walk(element, text, timexes, file);
                    if (element.getTagName().equals("TIMEX3")) {
                        timexes.add(new TimexMention(new Span(begin, text.length()), type(element, file),
                                element.getAttribute("value")));
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
