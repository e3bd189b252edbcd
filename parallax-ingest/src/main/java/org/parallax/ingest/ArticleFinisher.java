package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parallax.ingest.text.CleanText;
import org.parallax.ingest.text.EmbeddedPostFinder;
import org.parallax.ingest.text.Paragraphs;
import org.parallax.ingest.text.TextCleaner;
import org.parallax.model.Article;

/**
 * Turns a reader's draft into an {@link Article}: normalizes and cleans the text, finds embedded
 * posts, applies the manifest, and gives the article its identifier.
 */
public final class ArticleFinisher {

    private final TextCleaner cleaner = new TextCleaner();
    private final EmbeddedPostFinder embeddedPosts = new EmbeddedPostFinder();
    private final Manifest manifest;

    public ArticleFinisher(Manifest manifest) {
        this.manifest = manifest;
    }

    /**
     * @param inputPath the file the draft was read from, to find its manifest row
     * @throws BadInputException when no article text is left after cleaning
     */
    public Article finish(Path inputPath, ArticleDraft draft) throws BadInputException {
        manifest.apply(inputPath, draft);
        CleanText clean = cleaner.clean(Paragraphs.normalize(draft.text()));
        if (clean.text().isBlank()) {
            throw new BadInputException(clean.removed().isEmpty()
                    ? "no article text" : "no article text left once boilerplate was removed");
        }
        return new Article(
                identifier(draft.source()),
                draft.source(),
                draft.format(),
                draft.url(),
                draft.title(),
                draft.subtitle(),
                draft.outlet(),
                draft.authors(),
                draft.published(),
                draft.publishedFrom(),
                draft.captured(),
                clean.text(),
                embeddedPosts.find(clean.text()),
                clean.removed());
    }

    /** A short stable identifier derived from the source, so reruns give the same ids. */
    static String identifier(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "a" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
