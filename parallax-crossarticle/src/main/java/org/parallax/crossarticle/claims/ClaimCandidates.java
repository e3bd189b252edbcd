package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.events.ArticleSentences;
import org.parallax.model.CalendarValue;
import org.parallax.crossarticle.events.ContentWords;
import org.parallax.crossarticle.events.EventFamilies;
import org.parallax.crossarticle.events.Excerpt;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.AttributionLink;
import org.parallax.model.EntityType;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * The statements of one article: every quote or reported speech the language layer found (a claim
 * attributed to its speaker), every denial ("X dismissed reports that ..."), and every other
 * sentence that names an entity of the story and gives a number, a date, a negation or a cited
 * source (a claim the outlet asserts).
 */
final class ClaimCandidates {

    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(?:dismissed|denied|rejected|refuted|disputed|dismisses|denies|rejects)\\s+(?:the\\s+)?"
                    + "(?:reports?|claims?|allegations?|suggestions?|accusations?|speculation)\\s+that\\s+");
    private static final Pattern DENIAL_CUE = Pattern.compile("(?i)^(?:dismiss|den(?:y|ie)|reject|refut)");
    /**
     * What lies between a denial cue and the denied clause: "that", or a report noun and "that"
     * ("dismissed reports that ..."). "rejected the idea of ..." or "dismissed him as ..." deny no
     * report.
     */
    private static final Pattern DENIED_CLAUSE = Pattern.compile(
            "(?i)^\\s*(?:the\\s+)?(?:(?:reports?|claims?|allegations?|suggestions?|accusations?|speculation|rumou?rs?)\\s+)?that\\s*$");
    /**
     * What, at the start of the words after "that", makes "that" a demonstrative and the words no denied clause: a
     * singular noun of what can be rejected, not followed by a verb ("Justice Frank Nervo rejected that argument in a
     * ruling released Thursday" rejects the newspapers' argument; it denies no statement "argument in a ruling released
     * Thursday"). "denied that claims were made" keeps its clause.
     */
    private static final Pattern DEMONSTRATIVE_OBJECT = Pattern.compile(
            "(?i)^\\s*(?:argument|assertion|accusation|allegation|account|analysis|assessment|characteri[sz]ation|charge|claim"
                    + "|conclusion|contention|criticism|demand|description|idea|interpretation|motion|narrative|notion|offer"
                    + "|plan|portrayal|position|premise|proposal|reasoning|report|request|story|suggestion|theory|version|view)"
                    + "\\b(?!\\s+(?:is|was|has|had|were|are|would|will|could|can|should|may|might)\\b)");
    /** What ends the words between a cue and a reported clause that is a clause of its own. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?:^|\\s)(?:that|whether|if|:)$|^:$");
    /**
     * Stems of the words that say who someone is, not what they did: "presidential candidate Jill Stein was
     * escorted off the premises" and "presidential candidate Donald Trump remains in a tight race" share them and
     * say nothing alike. (Titles such as "president" and "minister" are no content words at all.)
     */
    private static final Set<String> ROLE_STEMS = Set.of("candidat", "nomine", "presidential", "senator", "governor",
            "mayor", "congressman", "congresswoman", "lawmaker", "representativ", "republican", "democrat", "campaign");
    /**
     * Stems of light verbs, which say little of what happened on their own: "will make it difficult for Trump to attack
     * them during the debates" and "to make the second debate a game-changer" share "make" and "debate" and report
     * nothing alike. They are neither content words nor predicates of a claim.
     */
    static final Set<String> LIGHT_STEMS = Set.of("mak", "made", "tak", "took", "get", "got", "go", "went", "gon",
            "com", "cam", "put", "keep", "kept", "let", "becom", "becam", "seem", "giv", "gav", "thing", "way", "lot", "tim");
    /** Mention types whose digits are the figures a statement gives. */
    private static final Set<EntityType> NUMERIC = Set.of(EntityType.NUMBER, EntityType.PERCENT, EntityType.MONEY);
    /** Mention types of the actors of a statement: who does or says what it reports. */
    private static final Set<EntityType> ACTORS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    /** A year written out, in a time expression ("Sept. 11, 2001" has one; "Sept. 11" has none). */
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|['’]\\d{2}\\b");
    /** Punctuation between a name and a negation cue that makes the name no subject of it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()\\[\\]—–]");
    /** Farthest a negation's subject ends before its cue, in characters ("Lewandowski never", "Gates was not"). */
    private static final int SUBJECT_REACH = 30;
    /** A statement that ends in a question mark, before closing quotation marks and brackets. */
    private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"'”’»)\\]]*$");
    private static final Pattern ASSERTION = Pattern.compile(
            "\\d|(?i)\\b(?:not|never|no|n[’']t|according to|reported|reports)\\b");

    private ClaimCandidates() {
    }

    /**
     * Whether {@code quote} lies within another quote of the same speaker in the same article: the partial quote
     * "as “100% fake news and lies.”" inside "He slammed Israeli criticism ... as “100% fake news and lies.”" repeats
     * that statement and is no claim of its own (else the statement and its own words would be two reports of the
     * article, even one against the other). A quote within another speaker's (nested attribution) stays a claim.
     */
    private static boolean repeatsAnEnclosingStatement(Quote quote, Optional<String> speaker, List<Quote> quotes,
            EntityResolution entities) {
        for (Quote other : quotes) {
            if (other != quote && other.piecesContain(quote.span())
                    && !other.span().equals(quote.span()) && speaker.isPresent()
                    && speaker.equals(speakerOf(other, entities))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> speakerOf(Quote quote, EntityResolution entities) {
        return quote.speaker().flatMap(s -> s.entity()).map(e -> entities.resolve(e).orElse(e));
    }

    static List<ClaimCandidate> of(AnalyzedArticle analyzed, int order, String outlet, Set<String> storyEntities,
            EntityResolution entities) {
        String text = analyzed.article().text();
        List<Span> sentences = ArticleSentences.of(analyzed.article());
        AttributionChains chains = new AttributionChains(analyzed, entities, outlet, sentences);
        List<ClaimCandidate> candidates = new ArrayList<>();
        List<Quote> quotes = analyzed.annotations().quotes();
        for (Quote quote : quotes) {
            Optional<String> speaker = speakerOf(quote, entities);
            if (repeatsAnEnclosingStatement(quote, speaker, quotes, entities)) {
                continue;
            }
            // each piece of an interrupted quotation ("“A,” he said. “B.”") is a statement of its own
            for (Span piece : quote.pieces()) {
                boolean denial = quote.cue()
                        .filter(cue -> DENIAL_CUE.matcher(cue.coveredText(text)).find())
                        .filter(cue -> cue.end() <= piece.begin()
                                && DENIED_CLAUSE.matcher(text.substring(cue.end(), piece.begin())).find()
                                && !DEMONSTRATIVE_OBJECT.matcher(piece.coveredText(text)).find())
                        .isPresent();
                candidates.add(candidate(analyzed, sentences, order, outlet, entities, piece, piece,
                        display(text, sentences, quote, piece), speaker, denial,
                        chains.chain(piece, Optional.of(quote), quote.speaker().map(s -> s.span()), speaker)));
            }
        }
        for (Span sentence : sentences) {
            if (analyzed.annotations().quotes().stream().anyMatch(quote -> quote.overlapsPieces(sentence))) {
                continue;
            }
            String covered = sentence.coveredText(text);
            Matcher denial = DENIAL.matcher(covered);
            if (denial.find()) {
                Span denied = trim(text, new Span(sentence.begin() + denial.end(), sentence.end()));
                Optional<Mention> denier = lastEntityBefore(analyzed, sentence, sentence.begin() + denial.start());
                Optional<String> source = denier.flatMap(Mention::entity).map(e -> entities.resolve(e).orElse(e));
                candidates.add(candidate(analyzed, sentences, order, outlet, entities, sentence, denied, denied, source, true,
                        chains.chain(sentence, Optional.empty(), denier.map(Mention::span), source)));
            } else if (ASSERTION.matcher(covered).find() && namesStoryEntity(analyzed, sentence, storyEntities, entities)) {
                candidates.add(candidate(analyzed, sentences, order, outlet, entities, sentence, trim(text, sentence),
                        trim(text, sentence), Optional.empty(), false, chains.chain(sentence, Optional.empty(), Optional.empty(), Optional.empty())));
            }
        }
        return candidates;
    }

    private static ClaimCandidate candidate(AnalyzedArticle analyzed, List<Span> sentences, int order, String outlet,
            EntityResolution entities, Span evidence, Span statement, Span display, Optional<String> source, boolean denial,
            List<AttributionLink> attribution) {
        String text = analyzed.article().text();
        String id = analyzed.article().id();
        Span sentence = ArticleSentences.containing(sentences, statement).orElse(evidence);
        Span around = new Span(Math.min(sentence.begin(), evidence.begin()), Math.max(sentence.end(), evidence.end()));
        Set<String> context = new LinkedHashSet<>();
        source.ifPresent(context::add);
        for (Mention mention : analyzed.annotations().mentions()) {
            if (around.contains(mention.span()) && mention.type().isEntity()) {
                mention.entity().ifPresent(e -> context.add(entities.resolve(e).orElse(e)));
            }
        }
        Set<String> named = new LinkedHashSet<>();
        StringBuilder blanked = new StringBuilder(statement.coveredText(text));
        // Numbers are read with names and dates blanked but not the number mentions themselves ("46 percent").
        StringBuilder figures = new StringBuilder(blanked);
        for (Mention mention : analyzed.annotations().mentions()) {
            if (statement.contains(mention.span())) {
                mention.entity().filter(e -> mention.type().isEntity()).ifPresent(e -> named.add(entities.resolve(e).orElse(e)));
                blank(blanked, statement, mention.span());
                if (!NUMERIC.contains(mention.type())) {
                    blank(figures, statement, mention.span());
                }
            }
        }
        Set<CalendarValue> dates = new LinkedHashSet<>();
        Set<CalendarValue> yearless = new LinkedHashSet<>();
        for (Timex timex : analyzed.annotations().timexes()) {
            if (statement.contains(timex.span())) {
                Optional<CalendarValue> value = CalendarValue.parse(timex.value());
                value.ifPresent(dates::add);
                if (!YEAR.matcher(timex.span().coveredText(text)).find()) {
                    value.ifPresent(yearless::add);
                }
                blank(blanked, statement, timex.span());
                blank(figures, statement, timex.span());
            }
        }
        List<Figure> numbers = Figure.of(figures, statement.coveredText(text));
        Set<String> stems = new LinkedHashSet<>(ContentWords.of(blanked));
        stems.removeAll(ROLE_STEMS);
        stems.removeAll(LIGHT_STEMS);
        List<Negation.Scope> scopes = denial ? List.of() : Negation.scopes(blanked.toString());
        Set<String> negated = new LinkedHashSet<>();
        List<ClaimCandidate.Negated> negations = new ArrayList<>();
        if (denial) {
            negated.addAll(stems);
            stems.forEach(stem -> negations.add(new ClaimCandidate.Negated(stem, source)));
        }
        String words = statement.coveredText(text);
        Set<String> actors = new LinkedHashSet<>();
        source.ifPresent(actors::add);
        List<Mention> actorMentions = new ArrayList<>();
        for (Mention mention : analyzed.annotations().mentions()) {
            if (statement.contains(mention.span()) && ACTORS.contains(mention.type()) && mention.entity().isPresent()) {
                actors.add(entities.resolve(mention.entity().get()).orElse(mention.entity().get()));
                actorMentions.add(mention);
            }
        }
        for (Negation.Scope scope : scopes) {
            negated.addAll(scope.scope());
            Optional<String> subject = Optional.empty();
            for (Mention mention : actorMentions) {
                if (subjectOf(words, mention.span().end() - statement.begin(), scope)) {
                    subject = mention.entity().map(e -> entities.resolve(e).orElse(e));
                }
            }
            Optional<String> of = subject;
            scope.target().ifPresent(target -> negations.add(new ClaimCandidate.Negated(target, of)));
        }
        Set<String> predicates = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        for (EventMention event : analyzed.annotations().events()) {
            if (statement.contains(event.span())) {
                ContentWords.stem(EventFamilies.of(event.lemma())).filter(stem -> !LIGHT_STEMS.contains(stem)).ifPresent(predicates::add);
                if (event.wordClass() != EventWordClass.NOUN) {
                    ContentWords.stem(event.span().coveredText(text)).filter(stem -> !LIGHT_STEMS.contains(stem)).ifPresent(actions::add);
                }
            }
        }
        // An asserted sentence's statement is trimmed of its final mark, so the question mark is read on its evidence.
        boolean question = QUESTION.matcher(statement.coveredText(text)).find() || QUESTION.matcher(evidence.coveredText(text)).find();
        return new ClaimCandidate(id, order, analyzed.article().published(), outlet, new Evidence(id, evidence),
                Excerpt.of(text, statement), Excerpt.of(text, display), named,
                context, source, stems, negated, denial, numbers, dates, yearless, actors, predicates, actions, negations,
                attribution, question);
    }

    /**
     * Whether a name ending at {@code end} in a statement's {@code words} is the subject of the negation {@code scope}: it
     * stands before the cue, at most {@link #SUBJECT_REACH} characters, with no punctuation between ("Gates was not
     * working").
     */
    private static boolean subjectOf(String words, int end, Negation.Scope scope) {
        int cue = scope.cue().begin();
        return end <= cue && cue - end <= SUBJECT_REACH && !CLAUSE_BREAK.matcher(words.substring(end, cue)).find();
    }

    /**
     * How a reported statement (a quote's piece) reads on its own: its words when it is a clause ("that Israel will not
     * be able to mediate", a quotation, or a statement before its attribution), else its sentence up to
     * its end, so that the object of a cue keeps its verb and subject ("He did, however, criticize
     * Israel for not doing more ...", "Zelensky asked Bennett to host talks ...").
     */
    private static Span display(String text, List<Span> sentences, Quote quote, Span piece) {
        if (quote.kind() == QuoteKind.DIRECT || quote.cue().isEmpty() || quote.cue().get().end() > piece.begin()) {
            return piece;
        }
        String between = text.substring(quote.cue().get().end(), piece.begin()).strip().toLowerCase(Locale.ROOT);
        if (CLAUSE_OPENER.matcher(between).find()) {
            return piece;
        }
        Span sentence = ArticleSentences.containing(sentences, piece).orElse(piece);
        return new Span(Math.min(sentence.begin(), piece.begin()), piece.end());
    }

    private static void blank(StringBuilder blanked, Span within, Span span) {
        for (int i = span.begin(); i < span.end(); i++) {
            blanked.setCharAt(i - within.begin(), ' ');
        }
    }

    private static boolean namesStoryEntity(AnalyzedArticle analyzed, Span sentence, Set<String> storyEntities,
            EntityResolution entities) {
        return analyzed.annotations().mentions().stream()
                .filter(mention -> sentence.contains(mention.span()) && mention.type().isEntity())
                .flatMap(mention -> mention.entity().stream())
                .map(e -> entities.resolve(e).orElse(e))
                .anyMatch(e -> storyEntities.isEmpty() || storyEntities.contains(e));
    }

    private static Optional<Mention> lastEntityBefore(AnalyzedArticle analyzed, Span sentence, int before) {
        Mention last = null;
        for (Mention mention : analyzed.annotations().mentions()) {
            if (sentence.contains(mention.span()) && mention.span().end() <= before && mention.entity().isPresent()) {
                last = mention;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Span trim(String text, Span span) {
        int end = span.end();
        while (end > span.begin() && ".!? ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(span.begin(), end);
    }
}
