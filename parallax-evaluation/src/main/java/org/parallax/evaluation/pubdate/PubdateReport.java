package org.parallax.evaluation.pubdate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.parallax.evaluation.ReportFiles;
import org.parallax.ingest.html.DateEvidence;
import org.parallax.ingest.html.PublicationDate;

/**
 * The outcome of one run of the publication-date benchmark: each page's date against the gold one,
 * and the figures of each {@link PubdatePart} and of the whole set. Pages of the held-out part are
 * only ever counted, never listed, so that nobody tunes on them by accident.
 *
 * @param pages the per-page results, in file-name order
 */
public record PubdateReport(List<PageResult> pages) {

    public PubdateReport {
        pages = List.copyOf(pages);
    }

    /**
     * One page's result.
     *
     * @param file      the page's file name in {@code gold.json}
     * @param url       the page's address, given to the reader
     * @param gold      the gold publication day; empty for a page that carries none
     * @param part      the part of the set the page is in
     * @param found     the date Parallax found, with its evidence; empty when it found none
     * @param textFound whether an article text was found on the page
     * @param readable  whether the page could be read and decoded at all
     */
    public record PageResult(String file, String url, Optional<LocalDate> gold, PubdatePart part, Optional<PublicationDate> found,
            boolean textFound, boolean readable) {
        public PageResult {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(found, "found");
        }

        /** Whether the date found is the gold day, or no date is found on a page that carries none. */
        public boolean right() {
            return found.map(PublicationDate::date).equals(gold);
        }

        /** Whether a date was found and it is not the gold day. */
        public boolean wrong() {
            return found.isPresent() && !right();
        }
    }

    /**
     * The figures of a set of pages.
     *
     * @param pages      pages counted
     * @param right      pages dated with the gold day (or left undated where the gold is none)
     * @param dated      pages given a date
     * @param wrong      pages dated with another day, or dated where the gold is none
     * @param textFound  pages where an article text was found
     * @param unreadable pages that could not be read or decoded
     * @param byEvidence per evidence: pages dated from it, and of those the right ones
     */
    public record Figures(int pages, int right, int dated, int wrong, int textFound, int unreadable,
            Map<DateEvidence, EvidenceCount> byEvidence) {

        public Figures {
            byEvidence = Map.copyOf(byEvidence);
        }

        /** The figures of the pages that pass a filter. */
        static Figures of(List<PageResult> results, Predicate<PageResult> filter) {
            int pages = 0;
            int right = 0;
            int dated = 0;
            int wrong = 0;
            int text = 0;
            int unreadable = 0;
            Map<DateEvidence, EvidenceCount> byEvidence = new EnumMap<>(DateEvidence.class);
            for (PageResult page : results) {
                if (!filter.test(page)) {
                    continue;
                }
                pages++;
                right += page.right() ? 1 : 0;
                wrong += page.wrong() ? 1 : 0;
                dated += page.found().isPresent() ? 1 : 0;
                text += page.textFound() ? 1 : 0;
                unreadable += page.readable() ? 0 : 1;
                page.found().ifPresent(date -> byEvidence.merge(date.evidence(),
                        new EvidenceCount(1, page.right() ? 1 : 0), EvidenceCount::plus));
            }
            return new Figures(pages, right, dated, wrong, text, unreadable, byEvidence);
        }

        /** Share of pages with the gold day. */
        public double rightShare() {
            return share(right);
        }

        /** Share of pages given a date at all. */
        public double datedShare() {
            return share(dated);
        }

        /** Share of pages given a wrong date. */
        public double wrongShare() {
            return share(wrong);
        }

        /** Share of pages where an article text was found. */
        public double textShare() {
            return share(textFound);
        }

        private double share(int count) {
            return pages == 0 ? 0 : (double) count / pages;
        }
    }

    /**
     * How many pages were dated from one kind of evidence.
     *
     * @param dated pages dated from it
     * @param right of those, the pages dated with the gold day
     */
    public record EvidenceCount(int dated, int right) {

        EvidenceCount plus(EvidenceCount other) {
            return new EvidenceCount(dated + other.dated, right + other.right);
        }
    }

    /** The figures of one part. */
    public Figures figures(PubdatePart part) {
        return Figures.of(pages, page -> page.part() == part);
    }

    /** The figures of the whole set. */
    public Figures all() {
        return Figures.of(pages, page -> true);
    }

    /**
     * A plain-text summary: the figures of each part and of the whole set, the evidence the dates came
     * from, and the development pages dated wrongly or not at all.
     *
     * @param listed how many development pages of each kind of miss to list
     * @return several lines, ending with a newline
     */
    public String summary(int listed) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Publication dates: %d pages (htmldate's evaluation set)%n", pages.size()));
        out.append(String.format(Locale.ROOT, "%-12s %6s %7s %7s %7s %7s%n", "part", "pages", "right", "dated", "wrong",
                "text"));
        row(out, "development", figures(PubdatePart.DEVELOPMENT));
        row(out, "held-out", figures(PubdatePart.HELD_OUT));
        row(out, "all", all());
        out.append("held-out: the pages never tuned on, their errors looked at only by kind (docs/quality-pubdate.md)"
                + " (SHA-256 of the file name, first byte below 64)\n");
        out.append("dates by evidence (all pages): evidence, pages dated, right\n");
        new TreeMap<>(all().byEvidence()).forEach((evidence, count) -> out.append(String.format(Locale.ROOT,
                "  %-12s %5d %5d (%.3f)%n", evidence.name().toLowerCase(Locale.ROOT), count.dated(), count.right(),
                (double) count.right() / count.dated())));
        if (listed > 0) {
            list(out, "Development pages dated wrongly:", PageResult::wrong, listed);
            list(out, "Development pages left undated:", page -> page.found().isEmpty(), listed);
            list(out, "Development pages without article text:", page -> !page.textFound(), listed);
        }
        return out.toString();
    }

    private void list(StringBuilder out, String title, Predicate<PageResult> which, int listed) {
        out.append(title).append('\n');
        pages.stream().filter(page -> page.part() == PubdatePart.DEVELOPMENT).filter(which).limit(listed)
                .forEach(page -> out.append(String.format(Locale.ROOT, "  %s gold %s found %s %s%n", page.file(),
                        page.gold().map(LocalDate::toString).orElse("none"), page.found().map(date -> date.date() + " (" + date.evidence() + ")").orElse("-"),
                        page.url())));
    }

    private static void row(StringBuilder out, String name, Figures figures) {
        out.append(String.format(Locale.ROOT, "%-12s %6d %7.3f %7.3f %7.3f %7.3f%n", name, figures.pages(),
                figures.rightShare(), figures.datedShare(), figures.wrongShare(), figures.textShare()));
    }

    /**
     * Writes the report as indented JSON: the figures of each part and of the whole set, and the
     * development pages one by one (held-out pages are only counted).
     *
     * @param file where to write; parent folders are created, an existing file is replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "publication dates (htmldate evaluation pages), right day with the URL given");
        root.put("heldOutRule", "SHA-256 of the file name, first byte below 64");
        root.set("development", figuresNode(mapper, figures(PubdatePart.DEVELOPMENT)));
        root.set("heldOut", figuresNode(mapper, figures(PubdatePart.HELD_OUT)));
        root.set("all", figuresNode(mapper, all()));
        ArrayNode pageNodes = root.putArray("developmentPages");
        for (PageResult page : pages) {
            if (page.part() != PubdatePart.DEVELOPMENT) {
                continue;
            }
            ObjectNode node = pageNodes.addObject();
            node.put("file", page.file());
            node.put("url", page.url());
            node.put("gold", page.gold().map(LocalDate::toString).orElse(null));
            node.put("found", page.found().map(date -> date.date().toString()).orElse(null));
            node.put("evidence", page.found().map(date -> date.evidence().name().toLowerCase(Locale.ROOT)).orElse(null));
            node.put("right", page.right());
            node.put("textFound", page.textFound());
        }
        ReportFiles.writeJson(mapper, root, file);
    }

    private static ObjectNode figuresNode(ObjectMapper mapper, Figures figures) {
        ObjectNode node = mapper.createObjectNode();
        node.put("pages", figures.pages());
        node.put("right", figures.rightShare());
        node.put("dated", figures.datedShare());
        node.put("wrong", figures.wrongShare());
        node.put("textFound", figures.textShare());
        node.put("unreadable", figures.unreadable());
        ObjectNode evidence = node.putObject("byEvidence");
        new TreeMap<>(figures.byEvidence()).forEach((kind, count) -> evidence.putObject(kind.name().toLowerCase(Locale.ROOT))
                .put("dated", count.dated()).put("right", count.right()));
        return node;
    }
}
