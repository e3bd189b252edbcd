package org.parallax.crossarticle.events;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Article;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Span;

/**
 * Splits an article's text into sentences, as spans of {@link Article#text()}.
 *
 * <p>The language layer's parse is not part of the model, so this layer splits again with
 * {@link BreakIterator} (the JDK's well-kept sentence rules) and adds only what those rules lack:
 * a line break always ends a sentence (paragraphs and headings often lack a full stop), an
 * embedded post is its own unit, the signature of an embedded post (its link, author and date
 * line) is no sentence at all, and a full stop after a title abbreviation ("Mr.") or an initial
 * ends no sentence.
 */
public final class ArticleSentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep",
            "gov", "st", "jr", "sr", "no", "vs", "prof", "capt", "sgt", "maj", "adm", "rev", "hon", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u");

    private ArticleSentences() {
    }

    /** The article's sentences in text order; signatures of embedded posts are left out. */
    public static List<Span> of(Article article) {
        return of(article.text(), article.embeddedPosts());
    }

    /** The sentences of a text with no embedded posts (a claim checker's or a benchmark's plain text), in text order. */
    public static List<Span> of(String text) {
        return of(text, List.of());
    }

    private static List<Span> of(String text, List<EmbeddedPost> posts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            cuts.add(i);
        }
        List<Span> signatures = new ArrayList<>();
        for (EmbeddedPost post : posts) {
            cuts.add(post.span().begin());
            cuts.add(post.span().end());
            signatureStart(text, post).ifPresent(start -> {
                cuts.add(start);
                signatures.add(new Span(start, post.span().end()));
            });
        }
        List<Span> sentences = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                Span segment = new Span(previous, cut);
                if (signatures.stream().noneMatch(signature -> signature.contains(segment))) {
                    split(text, segment, sentences);
                }
            }
            previous = cut;
        }
        return sentences;
    }

    /** The sentence of {@code sentences} that contains {@code span}, if any. */
    public static Optional<Span> containing(List<Span> sentences, Span span) {
        for (Span sentence : sentences) {
            if (sentence.contains(span)) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** Where a post's signature begins: at its link, or else at the dash before its author. */
    static Optional<Integer> signatureStart(String text, EmbeddedPost post) {
        String body = post.span().coveredText(text);
        int at = -1;
        if (post.url().isPresent()) {
            at = body.indexOf(post.url().get());
        }
        if (at < 0 && post.author().isPresent()) {
            at = body.lastIndexOf(post.author().get());
            int dash = at > 0 ? body.lastIndexOf('—', at) : -1;
            at = dash >= 0 ? dash : at;
        }
        return at > 0 ? Optional.of(post.span().begin() + at) : Optional.empty();
    }

    private static void split(String text, Span segment, List<Span> out) {
        String part = segment.coveredText(text);
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(part);
        int pendingBegin = -1;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int begin = pendingBegin >= 0 ? pendingBegin : start;
            String piece = part.substring(start, end).stripTrailing();
            if (endsWithAbbreviation(piece) && end < part.length()) {
                pendingBegin = begin;
                continue;
            }
            pendingBegin = -1;
            add(text, segment.begin() + begin, segment.begin() + end, out);
        }
        if (pendingBegin >= 0) {
            add(text, segment.begin() + pendingBegin, segment.end(), out);
        }
    }

    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) {
            return false;
        }
        int space = piece.lastIndexOf(' ');
        String word = piece.substring(space + 1, piece.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(String text, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = begin; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                out.add(new Span(begin, end));
                return;
            }
        }
    }
}
