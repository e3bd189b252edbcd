package org.parallax.evaluation.pubdate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two parts of the publication-date set: the pages the rules were developed on, and the pages
 * held out, never tuned on (their errors were looked at once, by kind, in the fourth round). A page's
 * part is fixed by a hash of its file name, so it is the same on every machine and every run, and a
 * page added later falls on either side by chance.
 */
public enum PubdatePart {
    /** Pages looked at while the date rules were written (about three quarters). */
    DEVELOPMENT,
    /** Pages never tuned on (about one quarter): the figure to trust. */
    HELD_OUT;

    /**
     * The part of a page.
     *
     * @param fileName the page's name in {@code gold.json}, e.g. {@code 0a4a8ab61c054192b1ec70cc3570cf45.html}
     * @return {@link #HELD_OUT} when the first byte of the SHA-256 of the name is below 64, else {@link #DEVELOPMENT}
     */
    public static PubdatePart of(String fileName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 0xff) < 64 ? HELD_OUT : DEVELOPMENT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
