package org.parallax.language.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.language.time.Holidays;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Finds an article's event mentions and dates each by the time expression that governs it.
 *
 * <p>Triggers are the verbs that are no auxiliary or copula and the nouns that name an event
 * ({@link EventWords}). In a sentence that holds a dated time expression, a dependency tree tells which
 * predicate each time expression modifies: the governor of the expression's head ("blasted" in "blasted
 * Clinton as a 'disgrace' Wednesday", not "suspended" of the subordinate "since he suspended his own
 * campaign in February"). That predicate takes the expression's date (climbing, within its clause, from a word
 * that names no event: "profits rose in the third quarter"; a predicate adjective or noun with its copula is a
 * trigger of its own: "was unchanged Friday"), and shares it with the triggers of its clause that have the same
 * time and no time expression of their own (see {@link DateSharing}: its event-noun subject, object or setting,
 * coordinated verbs, participle adjuncts, "when" clauses, aspectual complements). A clause that modifies the
 * time expression itself ("in 1979, when the Soviet Union invaded") takes its date. Every other trigger of the
 * sentence stays undated: no date is copied from one clause to another.
 *
 * <p>Time expressions that date no event: schedules and recurring times ({@code SET}, and what a
 * {@code SET} modifies with them: "weekdays from 6:00 a.m. to 9:00 a.m."), durations, the bounds of a
 * range ("between January 1 and September 26", "from 6:00 to 9:00", "since February", "until Friday",
 * "by March"), the start or end of a period ("beginning in January 2017"), years inside a name ("the 2016 Olympics" when the name is a named mention), and values
 * that are no calendar period ({@code PAST_REF}, {@code XXXX-10}).
 *
 * <p>Undated mentions take the article's publication day only where the tense supports it: the simple
 * past of a verb of reporting ("Koren said", tagged {@code VBD}) in a sentence that gives no date, in an
 * article with a publication date and outside embedded posts; a perfect ("has said") or a present
 * stays undated. Where the passage attachment model ships, it decides first for the triggers of a sentence without
 * a date, between the earlier dates of the passage and the publication day ({@link PassageAttachment}); the rules
 * decide where it gives none.
 */
final class EventMentionFinder {

    /** Case markers and conjunctions that make a time expression the bound of a range or a deadline, not the time of an event. */
    private static final Set<String> RANGE_MARKERS = Set.of("since", "until", "till", "til", "through", "thru", "from",
            "between", "after", "before", "by", "to", "within", "throughout", "ago", "toward", "towards");

    /** The markers of {@link #RANGE_MARKERS} that begin a range or a bound wherever they stand before a time expression. */
    private static final Set<String> RANGE_WORDS = Set.of("since", "until", "till", "til", "through", "thru", "from",
            "between", "throughout");

    /**
     * Words that, as a participle or adjective without a subject or auxiliary of their own, make the time expression they
     * govern the start or the end of a period, not the time of an event: "a programme beginning in January 2017",
     * "starting Monday", "effective Jan. 1", "the year ending in June" (see {@link #periodBoundAt}).
     */
    private static final Set<String> PERIOD_BOUNDS = Set.of("begin", "start", "end", "effective", "commence");

    /** Prepositions that may stand between a {@link #PERIOD_BOUNDS period bound} and its time expression: "beginning in January". */
    private static final Set<String> PERIOD_BOUND_LINKS = Set.of("in", "on", "at", "from");

    /** Relations by which a time expression modifies a predicate. */
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod", "nmod:tmod",
            "nmod:npmod", "nmod:poss", "advmod", "compound", "amod", "dep", "nummod", "appos", "obl:in", "obl:on",
            "obl:at", "obl:during", "nmod:in", "nmod:on", "nmod:of", "nmod:at", "nmod:during");

    /** Relations by which a clause depends on another: a time expression is not carried across them. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp",
            "root");

    /**
     * Relations of an adverbial or relative clause, which may report an event of its own beside its main clause's. A
     * complement clause ("said that a plane will depart on Monday") is what its main clause reports, and is told with it.
     */
    private static final Set<String> SUBORDINATE = Set.of("advcl", "acl:relcl", "acl");

    /** Relations of a clause that modifies a time expression ("the day when ...", "1985, when ..."). */
    private static final Set<String> CLAUSE_OF_TIME = Set.of("acl", "acl:relcl", "advcl");

    private static final Set<String> AUXILIARY_RELATIONS = Set.of("aux", "aux:pass", "cop");

    /** Relations by which a noun's modifier tells what it is about: "Christmas trees", "Election Day's turnout". */
    private static final Set<String> OCCASION_MODIFIERS = Set.of("compound", "amod", "nmod:poss");

    /** Relations of a predicate's subject or object. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "csubj");

    /** TIMEX3 values that name a calendar period: a year, a month, a week, a day, a quarter or season of a year. */
    private static final Pattern DATED_VALUE = Pattern.compile(
            "\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|W\\d{2}(?:-WE)?|Q\\d|H\\d|SP|SU|FA|WI))?(?:T.*)?");

    private final SentenceDependencies dependencies;
    private final Optional<AttachmentModel> model;
    private final Optional<AttachmentModel> passageModel;
    private final Optional<EventNounModel> nounModel;

    /**
     * @param model        the same-sentence attachment model, if any
     * @param passageModel the cross-sentence (passage) attachment model, if any
     * @param nounModel    the event noun model, if any (without it the rules alone find the triggers)
     */
    EventMentionFinder(SentenceDependencies dependencies, Optional<AttachmentModel> model, Optional<AttachmentModel> passageModel,
            Optional<EventNounModel> nounModel) {
        this.dependencies = dependencies;
        this.model = model;
        this.passageModel = passageModel;
        this.nounModel = nounModel;
    }

    List<EventMention> find(ParsedText parsed, List<Timex> timexes, List<Mention> names, Optional<LocalDate> published,
            List<EmbeddedPost> posts) {
        return find(parsed, timexes, names, published, posts, new ArrayList<>(), new ArrayList<>(), Optional.empty());
    }

    /**
     * The article's event mentions; the (trigger, time expression) pairs of its sentences with time expressions are
     * added to {@code candidates}, the (trigger, earlier date or publication day) pairs of its sentences without a date
     * of their own to {@code acrossSentences}, the nouns the rules take as no trigger, with their features, to
     * {@code nouns} when given.
     */
    List<EventMention> find(ParsedText parsed, List<Timex> timexes, List<Mention> names, Optional<LocalDate> published,
            List<EmbeddedPost> posts, List<AttachmentCandidate> candidates, List<PassageCandidate> acrossSentences,
            Optional<List<EventNounCandidate>> nouns) {
        List<EventMention> found = new ArrayList<>();
        PassageDating passage = new PassageDating(published);
        PassageAttachment attachment = new PassageAttachment(parsed.text(), published, passageModel);
        for (Sentence sentence : parsed.sentences()) {
            attachment.next(sentence);
            List<Timex> inside = timexes.stream().filter(timex -> sentence.span().contains(timex.span())).toList();
            List<Timex> dating = inside.stream().filter(EventMentionFinder::datesSomething).toList();
            int before = found.size();
            if (dating.isEmpty()) {
                untimed(parsed, sentence, inside, names, published, posts, passage, attachment, found, acrossSentences);
            } else {
                List<Timex> admissible = timed(parsed, sentence, inside, dating, names, found, candidates);
                List<EventMention> mentions = found.subList(before, found.size());
                passage.timedSentence(mentions, parsed.tokens(sentence), inside);
                attachment.timedSentence(admissible, mentions, parsed.tokens(sentence));
            }
            nouns(parsed, sentence, inside, names, found, before, nouns);
        }
        return found;
    }

    /**
     * The nouns of a sentence that the rules take as no trigger and the event noun model does ({@link EventNounModel}:
     * "the party", "piracy", "the Oscars", a word inside a name too), added to the sentence's mentions in text order,
     * undated: the rules that date a trigger were written and measured for verbs and the listed nouns, so a noun the
     * model adds gives no date and takes none (its event may join others across articles, but is put on no timeline by
     * itself). They come after the sentence's dating, which they do not change. Every noun scored is added to
     * {@code nouns} when given; without a model and a list nothing is scored.
     */
    private void nouns(ParsedText parsed, Sentence sentence, List<Timex> inside, List<Mention> names, List<EventMention> found,
            int before, Optional<List<EventNounCandidate>> nouns) {
        if (nounModel.isEmpty() && nouns.isEmpty()) {
            return;
        }
        List<EventMention> mentions = found.subList(before, found.size());
        Set<Span> triggers = new HashSet<>();
        mentions.forEach(mention -> triggers.add(mention.span()));
        List<Token> tokens = parsed.tokens();
        boolean added = false;
        for (int i = sentence.firstToken(); i < sentence.endToken() && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (triggers.contains(token.span()) || !EventNounFeatures.candidate(tokens, i, inside, names)) {
                continue;
            }
            List<String> features = EventNounFeatures.of(tokens, i, names);
            nouns.ifPresent(list -> list.add(new EventNounCandidate(token.span(), features)));
            if (nounModel.isPresent() && nounModel.get().isEvent(features)) {
                mentions.add(new EventMention(token.span(), EventWords.lemma(token), EventWordClass.NOUN, EventDating.undated(),
                        Optional.empty()));
                added = true;
            }
        }
        if (added) {
            mentions.sort(java.util.Comparator.comparingInt(mention -> mention.span().begin()));
        }
    }

    /**
     * A sentence without a dated time expression: its triggers, by their tags alone; by the rules, reporting verbs in
     * the simple past take the article's day, narrating verbs in the simple past the date of the passage they belong to
     * ({@link PassageDating}); the passage attachment model, when there is one, decides from those decisions and the
     * earlier dates of the passage ({@link PassageAttachment}).
     */
    private static void untimed(ParsedText parsed, Sentence sentence, List<Timex> inside, List<Mention> names,
            Optional<LocalDate> published, List<EmbeddedPost> posts, PassageDating passage, PassageAttachment attachment,
            List<EventMention> found, List<PassageCandidate> acrossSentences) {
        List<Token> tokens = parsed.tokens(sentence);
        boolean inPost = posts.stream().anyMatch(post -> post.span().contains(sentence.span()));
        Optional<Timex> passageDate = passage.untimedSentence(tokens, !inside.isEmpty()).filter(timex -> !inPost);
        boolean narration = passage.narratesInThePast(tokens);
        Map<Integer, EventWordClass> triggers = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (covered(token, inside, names) || periodBoundAt(parsed, Optional.empty(), token.index(), inside).isPresent()) {
                continue;
            }
            int at = i;
            (token.isVerb() && !auxiliaryByPosition(tokens, i) ? Optional.of(EventWordClass.VERB)
                    : EventWords.nominalClass(parsed.tokens(), token.index())).ifPresent(wordClass -> triggers.put(at, wordClass));
        }
        List<Span> habits = Habits.clauses(tokens, inside);
        Map<Integer, Timex> retellings = new TreeMap<>();
        triggers.forEach((i, wordClass) -> {
            if (!inPost && wordClass == EventWordClass.VERB && passage.narrates(tokens, i)) {
                attachment.toldBefore(tokens.get(i)).ifPresent(timex -> retellings.put(i, timex));
            }
        });
        Optional<Timex> retold = retellings.values().stream().findFirst();
        triggers.forEach((i, wordClass) -> {
            Token token = tokens.get(i);
            EventDating dating = EventDating.undated();
            if (!Habits.inHabit(token.span(), habits)) {
                if (wordClass == EventWordClass.VERB && passageDate.isPresent() && passage.narrates(tokens, i)) {
                    dating = EventDating.passage(passageDate.get());
                } else if (wordClass == EventWordClass.VERB && token.partOfSpeech().equals("VBD") && published.isPresent() && !inPost
                        && inside.isEmpty() && EventWords.REPORTING.contains(EventWords.lemma(token))) {
                    dating = EventDating.publication(published.get());
                }
                PassageFeatures.Trigger trigger = new PassageFeatures.Trigger(tokens, i, wordClass, passage.quoted(tokens, i),
                        narration, attachment.position(), attachment.opensParagraph());
                dating = attachment.date(trigger, token.span(), dating, inPost, acrossSentences);
                if (retold.isPresent()) {
                    dating = retelling(Optional.ofNullable(retellings.get(i)), retold.get(), token, dating);
                }
            }
            found.add(new EventMention(token.span(), EventWords.triggerLemma(token), wordClass, dating, Optional.empty()));
        });
    }

    /**
     * The dating of a trigger in a sentence that narrates again, by a verb in the simple past outside quotation marks, an
     * event an earlier sentence dated ({@link PassageAttachment#toldBefore}: "last week's shooting" ... "was shot"; an
     * event noun, "the debate", "the campaign", names the event without telling it again): that verb takes its date; what the sentence narrates
     * beside it happened then too, so another date of the passage or the publication day dates it no longer (a
     * reporting verb keeps its date: the report is made now about what happened then).
     */
    private static EventDating retelling(Optional<Timex> own, Timex retold, Token token, EventDating dating) {
        if (own.isPresent()) {
            return EventDating.passage(own.get());
        }
        if (!dating.isDated() || EventWords.REPORTING.contains(EventWords.lemma(token))
                || dating.value().equals(EventDating.passage(retold).value())) {
            return dating;
        }
        return EventDating.undated();
    }

    /**
     * A sentence with dated time expressions: its tree says which trigger each one dates. Returns the time expressions
     * that may date an event (no range bound, schedule or date inside a name).
     */
    private List<Timex> timed(ParsedText parsed, Sentence sentence, List<Timex> inside, List<Timex> dating, List<Mention> names,
            List<EventMention> found, List<AttachmentCandidate> candidates) {
        List<Dependency> arcs = dependencies.of(parsed, sentence);
        int size = parsed.tokens().size();
        DependencyTree tree = DependencyTree.of(parsed, arcs);
        Map<Integer, EventWordClass> triggers = new LinkedHashMap<>();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = parsed.tokens().get(i);
            if (covered(token, inside, names) || periodBoundAt(parsed, Optional.of(tree), i, inside).isPresent()) {
                continue;
            }
            // "have", "do" and "get" that the tree makes no auxiliary are main verbs ("which last year had sales of"), as
            // the untimed sentences read them by position; "be" is one only as the root of its sentence
            if (token.isVerb() && !AUXILIARY_RELATIONS.contains(tree.relation(i))
                    && (!EventWords.lemma(token).equals("be") || tree.relation(i).equals("root"))) {
                triggers.put(i, EventWordClass.VERB);
            } else {
                int trigger = i;
                EventWords.nominalClass(parsed.tokens(), i).ifPresent(wordClass -> triggers.put(trigger, wordClass));
            }
        }
        Map<Integer, Timex> dated = new HashMap<>();
        List<Integer> schedules = inside.stream().filter(timex -> timex.type() == TimexType.SET)
                .map(timex -> tree.attachment(timex.span())).filter(at -> at >= 0).toList();
        List<Timex> admissible = dating.stream().filter(timex -> !insideName(timex.span(), names)
                && !isRangeBound(parsed, tree, timex, inside) && tree.attachment(timex.span()) >= 0
                && !schedules.contains(tree.attachment(timex.span())) && !namesAnOccasion(tree, timex, triggers)).toList();
        for (Timex timex : admissible) {
            if (!TIME_RELATIONS.contains(tree.relationOfHead(timex.span()))) {
                continue;
            }
            int predicate = predicateOf(tree, tree.attachment(timex.span()), triggers, inside, names);
            if (predicate >= 0) {
                dated.putIfAbsent(predicate, timex);
            }
        }
        for (Timex timex : dating) {
            // a clause that modifies the time expression itself: "in 1979, when the Soviet Union invaded Afghanistan"
            int headToken = tree.headIn(timex.span());
            for (Dependency child : headToken < 0 ? List.<Dependency>of() : tree.children(headToken)) {
                if (CLAUSE_OF_TIME.contains(child.relation()) && triggers.containsKey(child.dependent())) {
                    dated.putIfAbsent(child.dependent(), timex);
                }
            }
        }
        DateSharing.share(tree, triggers, dated);
        List<AttachmentCandidate> pairs = candidates(tree, triggers, admissible, dated);
        candidates.addAll(pairs);
        model.ifPresent(attachment -> fill(attachment, tree, pairs, dated));
        for (Timex timex : inside) {
            // a habit: the predicate a set of times modifies tells no event of one day ("sang at church every week")
            int at = timex.type() == TimexType.SET ? tree.attachment(timex.span()) : -1;
            int predicate = at < 0 ? -1 : predicateOf(tree, at, triggers, inside, names);
            if (predicate >= 0) {
                dated.remove(predicate);
            }
        }
        for (int i = sentence.firstToken(); i < sentence.endToken() && i < size; i++) {
            EventWordClass wordClass = triggers.get(i);
            if (wordClass == null) {
                continue;
            }
            Token token = parsed.tokens().get(i);
            Timex timex = dated.get(i);
            found.add(new EventMention(token.span(), EventWords.triggerLemma(token), wordClass,
                    timex == null ? EventDating.undated() : EventDating.by(timex), subordinateClause(tree, i)));
        }
        return admissible;
    }

    /**
     * The (trigger, time expression) pairs of a sentence the model scores: every trigger against every admissible time
     * expression (no range bound, schedule or date inside a name), with what the rules decided.
     */
    private static List<AttachmentCandidate> candidates(DependencyTree tree, Map<Integer, EventWordClass> triggers,
            List<Timex> admissible, Map<Integer, Timex> dated) {
        List<AttachmentCandidate> pairs = new ArrayList<>();
        List<Token> tokens = tree.parsed().tokens();
        triggers.forEach((trigger, wordClass) -> {
            Timex ruled = dated.get(trigger);
            int nearest = Integer.MAX_VALUE;
            for (Timex timex : admissible) {
                nearest = Math.min(nearest, Math.abs(tree.headIn(timex.span()) - trigger));
            }
            for (Timex timex : admissible) {
                AttachmentFeatures.RuleDecision decision = ruled == null ? AttachmentFeatures.RuleDecision.NONE
                        : timex.equals(ruled) ? AttachmentFeatures.RuleDecision.THIS : AttachmentFeatures.RuleDecision.OTHER;
                boolean isNearest = Math.abs(tree.headIn(timex.span()) - trigger) == nearest;
                pairs.add(new AttachmentCandidate(tokens.get(trigger).span(), timex, AttachmentFeatures.of(tree, trigger, wordClass,
                        timex, admissible.size(), isNearest, decision), timex.equals(ruled)));
            }
        });
        return pairs;
    }

    /**
     * The model dates the triggers the rules leave undated: each takes its best candidate when that one's probability
     * reaches the model's threshold; not an event noun that a modifier places at a time of its own ("the upcoming
     * debates", {@link DateSharing#elsewhereInTime}), nor a word of a quotation by the time of its saying outside it.
     */
    private static void fill(AttachmentModel model, DependencyTree tree, List<AttachmentCandidate> pairs, Map<Integer, Timex> dated) {
        Map<Integer, Double> best = new HashMap<>();
        Map<Integer, Timex> choice = new HashMap<>();
        List<Token> tokens = tree.parsed().tokens();
        Set<Timex> sayings = new HashSet<>();
        dated.forEach((trigger, timex) -> {
            if (tokens.get(trigger).isVerb() && EventWords.REPORTING.contains(EventWords.lemma(tokens.get(trigger)))) {
                sayings.add(timex);
            }
        });
        for (AttachmentCandidate pair : pairs) {
            int trigger = tree.parsed().tokensIn(pair.trigger()).get(0).index();
            if (dated.containsKey(trigger) || DateSharing.elsewhereInTime(tree, trigger)
                    || sayings.contains(pair.timex()) && acrossAQuotationMark(tokens, trigger, tree.headIn(pair.timex().span()))) {
                continue;
            }
            double probability = model.probability(pair.features());
            if (probability >= model.threshold() && probability > best.getOrDefault(trigger, 0.0)) {
                best.put(trigger, probability);
                choice.put(trigger, pair.timex());
            }
        }
        dated.putAll(choice);
    }

    /**
     * Whether a quotation mark stands between two tokens. The words of a quotation tell what is said, and the time of
     * the saying outside it dates none of them ("'Tolerance is on the ballot,' Mr. Obama said on Saturday night"; "'has
     * made dramatic changes,' McConnell said in June 2012"); a time that dates no verb of saying may ("Trump's claim
     * that there have been 'thousands of shootings' in Chicago this year").
     */
    private static boolean acrossAQuotationMark(List<Token> tokens, int trigger, int timex) {
        if (timex < 0) {
            return false;
        }
        for (int i = Math.min(trigger, timex) + 1; i < Math.max(trigger, timex); i++) {
            if (PassageDating.QUOTES.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters of the subordinate clause a verb heads ("he suspended his own presidential campaign in February"
     * of "since he suspended ..."): its subtree less its conjunction and edge punctuation, when it depends on another
     * predicate as an adverbial or relative clause.
     */
    private static Optional<Span> subordinateClause(DependencyTree tree, int token) {
        if (!SUBORDINATE.contains(tree.relation(token)) || !tree.parsed().tokens().get(token).isVerb()) {
            return Optional.empty();
        }
        int first = token;
        int last = token;
        List<Integer> pending = new ArrayList<>(List.of(token));
        while (!pending.isEmpty()) {
            int current = pending.remove(pending.size() - 1);
            for (Dependency child : tree.children(current)) {
                if (!child.relation().equals("punct") && !(current == token && child.relation().equals("mark"))) {
                    first = Math.min(first, child.dependent());
                    last = Math.max(last, child.dependent());
                }
                pending.add(child.dependent());
            }
        }
        List<Token> tokens = tree.parsed().tokens();
        return Optional.of(new Span(tokens.get(first).span().begin(), tokens.get(last).span().end()));
    }


    /**
     * The trigger a time expression attached at token {@code at} dates: that token when it is a trigger;
     * a predicate adjective or noun with a copula (made a trigger); else, for a word that names no event (a
     * noun, a number, an adverb), the predicate it depends on, within its clause ("profits rose in the third
     * quarter" dates "rose"; "blasted Clinton as a 'disgrace' Wednesday" dates "blasted"); -1 for none.
     */
    private static int predicateOf(DependencyTree tree, int at, Map<Integer, EventWordClass> triggers, List<Timex> inside,
            List<Mention> names) {
        int current = at;
        for (int steps = 0; steps < 4 && current >= 0; steps++) {
            if (triggers.containsKey(current)) {
                return current;
            }
            Token token = tree.parsed().tokens().get(current);
            if (covered(token, inside, names)) {
                current = tree.governor(current); // a time expression inside another, or a name: climb out
                continue;
            }
            if (tree.hasChild(current, "cop")) {
                if (token.partOfSpeech().startsWith("JJ")) {
                    triggers.put(current, EventWordClass.ADJECTIVE);
                    return current;
                }
                if (token.isNoun()) {
                    triggers.put(current, EventWordClass.NOUN);
                    return current;
                }
            }
            if (CLAUSES.contains(tree.relation(current))) {
                return -1; // the head of a clause of its own that no trigger heads: do not date the clause above
            }
            current = tree.governor(current);
        }
        return -1;
    }

    /** The bound of a range, a deadline or a start: "since February", "between January 1 and September 26", "until Friday". */
    private static boolean isRangeBound(ParsedText parsed, DependencyTree tree, Timex timex, List<Timex> inside) {
        List<Token> tokens = parsed.tokensIn(timex.span());
        if (tokens.isEmpty()) {
            return true;
        }
        int first = tokens.get(0).index();
        if (first > 0 && RANGE_WORDS.contains(parsed.tokens().get(first - 1).word().toLowerCase(Locale.ROOT))) {
            return true; // whatever the tree says: "between January 1 and ...", "since February"
        }
        for (int bound = Math.max(0, first - 2); bound < first; bound++) {
            if (periodBoundAt(parsed, Optional.of(tree), bound, inside).equals(Optional.of(timex))) {
                return true; // "beginning in January 2017": when a change takes effect, not when something happened
            }
        }
        for (Token token : tokens) {
            if (RANGE_MARKERS.contains(token.word().toLowerCase(Locale.ROOT)) && token.index() == first) {
                return true;
            }
        }
        int headToken = tree.headIn(timex.span());
        if (headToken < 0) {
            return false;
        }
        int attachment = tree.attachment(timex.span());
        if (attachment >= 0 && periodBoundAt(parsed, Optional.of(tree), attachment, inside).equals(Optional.of(timex))) {
            return true;
        }
        // a marker outside the expression: "by March"; not the "ago" of "a year ago", which the parser makes a case marker
        if (tree.children(headToken).stream().anyMatch(arc -> (arc.relation().equals("case") || arc.relation().equals("mark"))
                && RANGE_MARKERS.contains(tree.word(arc.dependent()))
                && !timex.span().contains(parsed.tokens().get(arc.dependent()).span()))) {
            return true;
        }
        if (tree.relation(headToken).equals("conj")) {
            int other = tree.governor(headToken);
            for (Timex candidate : inside) {
                if (candidate != timex && parsed.tokens().get(other).span().overlaps(candidate.span())) {
                    return isRangeBound(parsed, tree, candidate, inside);
                }
            }
        }
        return false;
    }

    /**
     * The time expression whose start or end the word at {@code index} marks, if it marks one: "beginning", "starting",
     * "ending", "commencing" as a participle, or "effective", without a subject or an auxiliary of its own ("a programme
     * beginning in January 2017", "starting Monday, the union will strike", "effective Jan. 1"; not "the strike began on
     * Monday" nor "talks are starting Monday"), and the time expression it governs: by the tree, when the sentence has
     * one and the word has no subject or auxiliary there, or else the one right after it (past one of "in", "on", "at",
     * "from"), unless a form of "be" stands before the word. Such a word names no event, and its time expression dates
     * none.
     */
    private static Optional<Timex> periodBoundAt(ParsedText parsed, Optional<DependencyTree> tree, int index, List<Timex> inside) {
        List<Token> tokens = parsed.tokens();
        Token token = tokens.get(index);
        String lemma = EventWords.lemma(token);
        boolean form = token.partOfSpeech().equals("VBG") || lemma.equals("effective");
        if (!form || !PERIOD_BOUNDS.contains(lemma)) {
            return Optional.empty();
        }
        if (tree.isPresent() && tree.get().children(index).stream()
                .noneMatch(arc -> arc.relation().startsWith("nsubj") || arc.relation().startsWith("aux"))) {
            Optional<Timex> governed = inside.stream().filter(timex -> tree.get().attachment(timex.span()) == index).findFirst();
            if (governed.isPresent()) {
                return governed;
            }
        }
        if (index > 0 && EventWords.lemma(tokens.get(index - 1)).equals("be")) {
            return Optional.empty(); // "talks are starting Monday"
        }
        int next = index + 1;
        if (next < tokens.size() && PERIOD_BOUND_LINKS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
            next++;
        }
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        int begin = tokens.get(next).span().begin();
        return inside.stream().filter(timex -> timex.span().begin() == begin).findFirst();
    }

    /**
     * Whether a holiday's or occasion's name ({@link Holidays}) stands for the occasion rather than for the day something
     * happened: as a modifier of a noun that names no event ("Christmas trees", "retaliated against Christmas trees"; not
     * "a Labor Day interview", which was held that day), as a subject or object ("as Election Day grows near"), or as part
     * of a name made of it ("'Barack Obama Election Day', a designated day on Nov. 1"). It dates nothing then.
     */
    private static boolean namesAnOccasion(DependencyTree tree, Timex timex, Map<Integer, EventWordClass> triggers) {
        if (!Holidays.names(timex.span().coveredText(tree.parsed().text()))) {
            return false;
        }
        int head = tree.headIn(timex.span());
        if (head < 0) {
            return false;
        }
        String relation = tree.relation(head);
        if (OCCASION_MODIFIERS.contains(relation)) {
            int governor = tree.governor(head);
            return governor < 0 || !triggers.containsKey(governor);
        }
        List<Token> tokens = tree.parsed().tokens();
        return ARGUMENTS.contains(relation) || tree.children(head).stream().anyMatch(arc -> arc.relation().equals("compound")
                && !timex.span().contains(tokens.get(arc.dependent()).span()) && tokens.get(arc.dependent()).partOfSpeech().startsWith("NNP"));
    }

    /** Whether a time expression can date an event: a date or time whose value names a calendar period. */
    private static boolean datesSomething(Timex timex) {
        return (timex.type() == TimexType.DATE || timex.type() == TimexType.TIME) && DATED_VALUE.matcher(timex.value()).matches();
    }

    private static boolean insideName(Span span, List<Mention> names) {
        return names.stream().anyMatch(name -> name.span().contains(span) && !name.span().equals(span));
    }

    private static boolean covered(Token token, List<Timex> timexes, List<Mention> names) {
        return timexes.stream().anyMatch(timex -> timex.span().overlaps(token.span()))
                || names.stream().anyMatch(name -> name.span().contains(token.span()));
    }

    /** Without a tree: "be" is a copula or an auxiliary; "have", "do" or "get" closely followed by a verb is an auxiliary. */
    private static boolean auxiliaryByPosition(List<Token> tokens, int i) {
        String lemma = EventWords.lemma(tokens.get(i));
        if (!EventWords.AUXILIARIES.contains(lemma)) {
            return false;
        }
        if (lemma.equals("be")) {
            return true;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
            if (tokens.get(j).isVerb()) {
                return true;
            }
        }
        return false;
    }

}
