package org.parallax.evaluation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.TextParser;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * A folder of parses (tokens, sentences, named entities; no dependencies) kept on disk by the SHA-256 of the text,
 * so that training and benchmark runs over the same corpus parse each article with CoreNLP once. A parse is only a
 * cache: a missing or unreadable file is parsed again and rewritten, and the parser's output is what is used.
 *
 * <p>Format, one record a line, fields by tabs, tabs, newlines and backslashes in words escaped:
 * {@code T begin end word tag lemma sentence}, {@code S begin end firstToken endToken},
 * {@code N begin end TYPE firstToken endToken}.
 */
final class ParseCache implements TextParser {

    private static final String HEADER = "parallax-parse 1";

    private final TextParser parser;
    private final Path folder;

    ParseCache(TextParser parser, Path folder) {
        this.parser = parser;
        this.folder = folder;
    }

    @Override
    public ParsedText parse(String text) {
        Path file = folder.resolve(digest(text) + ".tsv");
        if (Files.isRegularFile(file)) {
            Optional<ParsedText> cached = read(file, text);
            if (cached.isPresent()) {
                return cached.get();
            }
            System.err.println("parse cache: " + file + " is unreadable; parsing again");
        }
        ParsedText parsed = parser.parse(text);
        write(file, parsed);
        return parsed;
    }

    private static Optional<ParsedText> read(Path file, String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                Span span = new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                switch (f[0]) {
                    case "T" -> tokens.add(new Token(tokens.size(), span, unescape(f[3]), unescape(f[4]), unescape(f[5]),
                            Integer.parseInt(f[6])));
                    case "S" -> sentences.add(new Sentence(sentences.size(), span, Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    case "N" -> entities.add(new NamedEntity(span, EntityType.valueOf(f[3]), Integer.parseInt(f[4]),
                            Integer.parseInt(f[5])));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new ParsedText(text, tokens, sentences, entities, List.of()));
        } catch (IOException | RuntimeException e) {
            // a stale or truncated cache file (e.g. from an older entity type list) is parsed again
            System.err.println("parse cache: cannot read " + file + ": " + e);
            return Optional.empty();
        }
    }

    private void write(Path file, ParsedText parsed) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Token token : parsed.tokens()) {
            out.append("T\t").append(token.span().begin()).append('\t').append(token.span().end()).append('\t')
                    .append(escape(token.word())).append('\t').append(escape(token.partOfSpeech())).append('\t')
                    .append(escape(token.lemma())).append('\t').append(token.sentence()).append('\n');
        }
        for (Sentence sentence : parsed.sentences()) {
            out.append("S\t").append(sentence.span().begin()).append('\t').append(sentence.span().end()).append('\t')
                    .append(sentence.firstToken()).append('\t').append(sentence.endToken()).append('\n');
        }
        for (NamedEntity entity : parsed.namedEntities()) {
            out.append("N\t").append(entity.span().begin()).append('\t').append(entity.span().end()).append('\t')
                    .append(entity.type().name()).append('\t').append(entity.firstToken()).append('\t')
                    .append(entity.endToken()).append('\n');
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "parse", ".partial");
            Files.writeString(partial, out, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse cache " + file, e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
