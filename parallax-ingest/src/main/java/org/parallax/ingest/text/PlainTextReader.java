package org.parallax.ingest.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.ArticleSink;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Dates;
import org.parallax.ingest.FormatReader;
import org.parallax.ingest.Input;
import org.parallax.ingest.TextDecoder;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * Reads a plain-text article, recognising the metadata a pasted article carries at its top: a
 * title, a subtitle, a byline ({@code By News Desk}) and a dateline ({@code October 27 2022}).
 *
 * <p>The header is the run of leading lines that are each one of those; it ends at the first line
 * that is none of them, and only what it holds leaves the text. A first line counts as a title only
 * when it reads like a headline: short, not ending as a sentence does, and followed by more text.
 * A second such line is a subtitle when a byline or dateline follows it, or when it too does not end
 * as a sentence does.
 */
public final class PlainTextReader implements FormatReader {

    private static final int TITLE_MAX_WORDS = 25;
    private static final int SUBTITLE_MAX_WORDS = 60;
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|written by|words by|reporting by)\\s*:?\\s+(?<names>\\p{Lu}[^.!?]{0,100})$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]['\"’”)]*$");

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        String text = TextDecoder.decode(input.readAll());
        sink.article(parse(input.name(), text));
    }

    /** Splits a plain-text article into its header metadata and its text. */
    public ArticleDraft parse(String source, String rawText) {
        ArticleDraft draft = new ArticleDraft(source, InputFormat.TEXT);
        List<String> lines = new ArrayList<>(Arrays.asList(Paragraphs.normalize(rawText).split("\n", -1)));
        int consumed = readHeader(lines, draft);
        draft.text(Paragraphs.normalize(String.join("\n", lines.subList(consumed, lines.size()))));
        return draft;
    }

    /** Fills the draft from the header lines; returns how many lines the header takes. */
    private static int readHeader(List<String> lines, ArticleDraft draft) {
        int index = 0;
        boolean sawTitle = false;
        boolean sawByline = false;
        boolean sawDateline = false;
        while (index < lines.size()) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                index++;
                continue;
            }
            Optional<List<String>> authors = byline(line);
            Optional<LocalDate> date = Dates.parseDateline(line);
            if (!sawByline && authors.isPresent()) {
                draft.authors(authors.get());
                sawByline = true;
            } else if (!sawDateline && date.isPresent()) {
                draft.published(date.get(), DateSource.TEXT);
                sawDateline = true;
            } else if (index == firstNonBlank(lines) && isHeadline(line, TITLE_MAX_WORDS) && hasTextAfter(lines, index)) {
                draft.title(line);
                sawTitle = true;
            } else if (sawTitle && draft.subtitle().isEmpty() && !sawByline && !sawDateline
                    && isSubtitle(lines, index, line)) {
                draft.subtitle(line);
            } else {
                break;
            }
            index++;
        }
        return index;
    }

    private static boolean isSubtitle(List<String> lines, int index, String line) {
        if (Paragraphs.words(line) > SUBTITLE_MAX_WORDS || !hasTextAfter(lines, index)) {
            return false;
        }
        if (isHeadline(line, SUBTITLE_MAX_WORDS)) {
            return true;
        }
        for (int next = index + 1; next < lines.size() && next <= index + 4; next++) {
            String candidate = lines.get(next).strip();
            if (!candidate.isEmpty()) {
                return byline(candidate).isPresent() || Dates.parseDateline(candidate).isPresent();
            }
        }
        return false;
    }

    private static boolean isHeadline(String line, int maxWords) {
        int words = Paragraphs.words(line);
        return words >= 2 && words <= maxWords && line.length() <= 300 && !SENTENCE_END.matcher(line).find()
                && Character.isLetterOrDigit(line.codePointAt(0));
    }

    private static Optional<List<String>> byline(String line) {
        Matcher matcher = BYLINE.matcher(line);
        if (!matcher.matches() || Paragraphs.words(matcher.group("names")) > 10) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String name : NAME_SEPARATORS.split(matcher.group("names"))) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean hasTextAfter(List<String> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
