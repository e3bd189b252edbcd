package org.parallax.evaluation.ecbplus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one ECB+ XML file with the JDK's streaming parser (no DTDs, no external entities): the
 * {@code <token>}s, the markables under {@code <Markables>} (the tag is the type; a markable with
 * {@code <token_anchor>}s is a mention, one without is an instance descriptor), and the
 * {@code CROSS_DOC_COREF} and {@code INTRA_DOC_COREF} relations under {@code <Relations>}.
 *
 * <p>The topic and subtopic come from the file name ({@code <topic>_<n>ecb.xml} is subtopic 1,
 * {@code <topic>_<n>ecbplus.xml} subtopic 2), as the corpus defines them.
 */
public final class EcbReader {

    private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

    private final XMLInputFactory factory;

    public EcbReader() {
        factory = XMLInputFactory.newDefaultFactory(); // the JDK's own parser
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Whether a file name is an ECB+ document's. */
    public static boolean isDocumentName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Reads one document.
     *
     * @throws IllegalArgumentException naming the file, when its name or content is not ECB+'s
     * @throws IOException              when it cannot be read
     */
    public EcbDocument read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException(file + ": not an ECB+ document name (<topic>_<n>ecb.xml or ...ecbplus.xml)");
        }
        Subtopic subtopic = name.group(3).equals("ecbplus") ? Subtopic.ECB_PLUS : Subtopic.ECB;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return parse(xml, fileName.substring(0, fileName.length() - ".xml".length()),
                        Integer.parseInt(name.group(1)), subtopic);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not well-formed XML: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static EcbDocument parse(XMLStreamReader xml, String name, int topic, Subtopic subtopic)
            throws XMLStreamException {
        List<EcbToken> tokens = new ArrayList<>();
        List<EcbMarkable> markables = new ArrayList<>();
        List<EcbRelation> relations = new ArrayList<>();
        String section = "";
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = xml.getLocalName();
            switch (tag) {
                case "Document" -> section = "";
                case "Markables", "Relations" -> section = tag;
                case "token" -> tokens.add(new EcbToken(number(xml, "t_id"), number(xml, "sentence"),
                        number(xml, "number"), xml.getElementText()));
                default -> {
                    if (section.equals("Markables")) {
                        markables.add(markable(xml, tag));
                    } else if (section.equals("Relations")) {
                        relations.add(relation(xml, tag));
                    } else {
                        throw new IllegalArgumentException("unexpected element <" + tag + "> at line "
                                + xml.getLocation().getLineNumber());
                    }
                }
            }
        }
        return new EcbDocument(name, topic, subtopic, tokens, markables, relations);
    }

    /** A markable and its token anchors, up to its end tag. */
    private static EcbMarkable markable(XMLStreamReader xml, String tag) throws XMLStreamException {
        MarkableType type = MarkableType.ofTag(tag);
        int id = number(xml, "m_id");
        Optional<String> descriptor = attribute(xml, "TAG_DESCRIPTOR");
        Optional<String> instance = attribute(xml, "instance_id");
        List<Integer> anchors = new ArrayList<>();
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(tag));
                event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("token_anchor")) {
                anchors.add(number(xml, "t_id"));
            }
        }
        return new EcbMarkable(id, type, anchors, descriptor, instance);
    }

    /** A coreference relation with its sources and target, up to its end tag. */
    private static EcbRelation relation(XMLStreamReader xml, String tag) throws XMLStreamException {
        RelationType type;
        try {
            type = RelationType.valueOf(tag);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ECB+ relation: <" + tag + "> at line "
                    + xml.getLocation().getLineNumber(), e);
        }
        String id = attribute(xml, "r_id").orElseThrow(() -> new IllegalArgumentException(
                "<" + tag + "> without r_id at line " + xml.getLocation().getLineNumber()));
        Optional<String> note = attribute(xml, "note");
        List<Integer> sources = new ArrayList<>();
        Optional<Integer> target = Optional.empty();
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(tag));
                event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "source" -> sources.add(number(xml, "m_id"));
                    case "target" -> target = Optional.of(number(xml, "m_id"));
                    default -> throw new IllegalArgumentException("unexpected <" + xml.getLocalName() + "> in <"
                            + tag + "> at line " + xml.getLocation().getLineNumber());
                }
            }
        }
        return new EcbRelation(type, id, note, sources, target);
    }

    private static Optional<String> attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static int number(XMLStreamReader xml, String name) {
        String value = attribute(xml, name).orElseThrow(() -> new IllegalArgumentException(
                "<" + xml.getLocalName() + "> without " + name + " at line " + xml.getLocation().getLineNumber()));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<" + xml.getLocalName() + "> " + name + "=\"" + value
                    + "\" is not a number at line " + xml.getLocation().getLineNumber(), e);
        }
    }
}
