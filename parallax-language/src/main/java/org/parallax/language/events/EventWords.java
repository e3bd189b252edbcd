package org.parallax.language.events;

import edu.stanford.nlp.process.Morphology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.Token;
import org.parallax.model.EventWordClass;

/**
 * Which words can report an event: verbs other than auxiliaries, and nouns that name something that
 * happens ("attack", "meeting", "earthquake", "election"), from a lexicon of the event nouns of news
 * English and the suffixes of nominalised verbs ("-tion", "-ment", "-al", "-ing"), less the common
 * nouns with those endings that name no event ("nation", "government", "official", "building").
 *
 * <p>Beside that list, the event words learnt from data ({@code event-words.tsv}, written by {@code parallax train
 * event-words} from ECB+ train's gold event mentions): a noun or adjective whose lemma annotators mark as an event in
 * most of its uses ("arson", "suspicion", "trial", "dead", "guilty", "injured") is a trigger, unless it is one of the
 * abstract nouns of {@link #NOT_HAPPENINGS}.
 *
 * <p>Hand-written because no library on the classpath says whether a noun is eventive (WordNet is not
 * a dependency); the lists are news English, not the words of any one article or corpus.
 */
final class EventWords {

    /** Verbs that are auxiliaries or copulas when another verb or a predicate follows. */
    static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");

    /** Verbs of saying and reporting, whose simple past in a dated article may take the article's day. */
    static final Set<String> REPORTING = Set.of("say", "tell", "announce", "report", "state", "confirm", "add",
            "declare", "claim", "write", "deny", "warn", "insist", "explain", "reveal", "note", "acknowledge", "admit");

    private static final Set<String> NOUNS = Set.of(
            "attack", "strike", "airstrike", "bombing", "raid", "assault", "shelling", "explosion", "blast",
            "shooting", "killing", "murder", "massacre", "war", "battle", "fighting", "clash", "invasion",
            "offensive", "coup", "riot", "protest", "demonstration", "rally", "march", "uprising", "revolt", "crash",
            "accident", "collision", "earthquake", "quake", "tsunami", "storm", "hurricane", "typhoon", "cyclone",
            "tornado", "flood", "fire", "wildfire", "eruption", "outbreak", "epidemic", "death", "arrest", "trial",
            "hearing", "verdict", "ruling", "sentence", "appeal", "indictment", "conviction", "execution",
            "election", "vote", "referendum", "ballot", "primary", "caucus", "poll", "campaign", "debate", "meeting",
            "talks", "summit", "conference", "briefing", "session", "visit", "trip", "tour", "call", "speech",
            "address", "interview", "statement", "deal", "agreement", "accord", "treaty", "ceasefire", "truce",
            "sale", "purchase", "acquisition", "merger", "takeover", "buyout", "offer", "bid", "loss", "gain",
            "increase", "decline", "drop", "rise", "fall", "growth", "jump", "surge", "slump", "plunge", "cut",
            "hike", "crisis", "collapse", "bankruptcy", "resignation", "appointment", "nomination", "inauguration",
            "launch", "release", "announcement", "decision", "move", "ceremony", "funeral", "wedding", "celebration",
            "festival", "game", "match", "race", "victory", "win", "defeat", "walkout", "shutdown", "closing",
            "opening", "split", "layoff", "hijacking", "kidnapping", "abduction", "escape", "rescue", "evacuation",
            "crackdown", "bombardment", "operation", "incident", "event", "episode", "scandal", "leak", "breach",
            "hack", "recall", "report", "testimony", "remark", "charge", "bomb", "mission", "power-grab", "trading",
            "results", "earnings", "profit", "deficit", "surplus", "talk", "lunch", "dinner", "crime", "cutback",
            "buy-out", "slide", "turnaround", "rebound", "downturn", "sell-off", "selloff", "squeeze", "cookout", "parade",
            "picnic", "close");

    private static final Set<String> SUFFIXES = Set.of("tion", "sion", "ment", "ure", "ance", "ence", "al", "ing");

    /** Nouns with a nominalisation's ending that name a thing, a person or a group, not an event. */
    private static final Set<String> NOT_EVENTS = Set.of(
            "nation", "station", "population", "position", "question", "information", "organization", "organisation",
            "administration", "institution", "foundation", "corporation", "association", "federation", "commission",
            "condition", "situation", "location", "section", "portion", "region", "religion", "version",
            "television", "vision", "division", "pension", "tension", "mansion", "opinion", "government",
            "department", "parliament", "apartment", "equipment", "document", "instrument", "movement",
            "environment", "management", "element", "segment", "comment", "amount", "official", "capital", "general",
            "hospital", "animal", "individual", "material", "total", "interval", "journal", "signal", "principal",
            "editorial", "rival", "arsenal", "criminal", "terminal", "portal", "potential", "proposal",
            "legislature", "structure", "future", "nature", "culture", "figure", "picture", "feature", "measure",
            "pressure", "temperature", "literature", "procedure", "exposure", "agriculture", "signature", "creature",
            "furniture", "brochure", "insurance", "distance", "balance", "finance", "alliance", "province",
            "evidence", "science", "presence", "independence", "influence", "audience", "difference", "experience",
            "residence", "intelligence", "confidence", "violence", "defence", "defense", "evening", "morning",
            "building", "thing", "something", "nothing", "anything", "everything", "king", "ring", "wing", "spring",
            "string", "ceiling", "darling", "sibling", "pudding", "feeling", "clothing", "housing", "funding",
            "spending", "earning", "offspring", "lightning", "understanding", "reading", "ending", "beginning",
            "setting", "timing", "painting", "drawing");

    /**
     * Nouns that ECB+'s annotators mark as events (states, in its scheme: "heart problems", "made history", "a long
     * career") but that in news name no happening a reader would follow across articles: the issue, the reason, the
     * record. They stay out of the learnt event words.
     */
    private static final Set<String> NOT_HAPPENINGS = Set.of("issue", "problem", "reason", "history", "experience",
            "career", "measure", "design", "order", "guide", "need", "use", "support", "unknown", "undisclose", "work",
            "hand", "face", "look", "set", "deal", "play", "lead", "end", "move", "spend", "show", "know", "try", "turn");

    private static final String LEXICON = "event-words.tsv";

    private static final Set<String> LEARNT = read(LEXICON);

    private EventWords() {
    }

    /**
     * The class of a word that is no verb but names an event: a noun of the hand-written list, a nominalisation
     * ({@link #isEventNoun}), or a noun or adjective among the learnt event words; empty for any other word.
     */
    static Optional<EventWordClass> nominalClass(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (isEventNoun(token)) {
            return Optional.of(EventWordClass.NOUN);
        }
        if (learnt(token).isEmpty() || inCompound(tokens, index)) {
            return Optional.empty();
        }
        return Optional.of(token.partOfSpeech().startsWith("JJ") ? EventWordClass.ADJECTIVE : EventWordClass.NOUN);
    }

    /**
     * Whether a learnt noun stands in a compound with a common noun before or after it: the learnt words are verbs
     * as often as nouns in ECB+, and in such compounds the noun names a thing, not the verb's event ("tax returns",
     * "tax breaks", "talk radio" on PolNeAR dev).
     */
    private static boolean inCompound(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (!token.partOfSpeech().startsWith("NN")) {
            return false;
        }
        return commonNounInSentence(tokens, index - 1, token.sentence())
                || commonNounInSentence(tokens, index + 1, token.sentence());
    }

    private static boolean commonNounInSentence(List<Token> tokens, int index, int sentence) {
        if (index < 0 || index >= tokens.size() || tokens.get(index).sentence() != sentence) {
            return false;
        }
        String tag = tokens.get(index).partOfSpeech();
        return tag.equals("NN") || tag.equals("NNS");
    }

    /**
     * The lemma an event mention of this trigger carries: the learnt event word it matched ("injure" of the adjective
     * "injured", so that it shares a family with the verb), else its lemma.
     */
    static String triggerLemma(Token token) {
        if (token.isVerb()) {
            return lemma(token);
        }
        return learnt(token).orElse(lemma(token));
    }

    /** The learnt event word a common noun or adjective stands for: its lemma, or an adjective's verb stem. */
    private static Optional<String> learnt(Token token) {
        String tag = token.partOfSpeech();
        boolean noun = tag.equals("NN") || tag.equals("NNS");
        boolean adjective = tag.equals("JJ");
        if (!noun && !adjective) {
            return Optional.empty();
        }
        String lemma = lemma(token);
        if (NOT_HAPPENINGS.contains(lemma) || NOT_EVENTS.contains(lemma)) {
            return Optional.empty();
        }
        if (LEARNT.contains(lemma)) {
            return Optional.of(lemma);
        }
        if (adjective && lemma.endsWith("ed")) {
            String stem = Morphology.stemStatic(token.word().toLowerCase(Locale.ROOT), "VBN").word();
            if (LEARNT.contains(stem) && !NOT_HAPPENINGS.contains(stem)) {
                return Optional.of(stem);
            }
        }
        return Optional.empty();
    }

    private static Set<String> read(String resource) {
        try (InputStream in = EventWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the event stage's resource " + resource + " is missing from the build");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.split("\t", 2)[0].strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event stage's resource " + resource, e);
        }
    }

    /** Whether a lemma is one of the abstract nouns ECB+ marks but that name no happening ({@link #NOT_HAPPENINGS}) or a noun of {@link #NOT_EVENTS}. */
    static boolean notAHappening(String lemma) {
        return NOT_HAPPENINGS.contains(lemma) || NOT_EVENTS.contains(lemma);
    }

    /** Whether a lemma is one of the event words learnt from ECB+ train ({@code event-words.tsv}). */
    static boolean learntWord(String lemma) {
        return LEARNT.contains(lemma);
    }

    /** Whether a common noun names an event, by the hand-written list or a nominalisation's ending. */
    static boolean isEventNoun(Token token) {
        if (!token.partOfSpeech().equals("NN") && !token.partOfSpeech().equals("NNS")) {
            return false;
        }
        String lemma = lemma(token);
        if (NOUNS.contains(lemma)) {
            return true;
        }
        if (lemma.length() < 6 || NOT_EVENTS.contains(lemma) || !lemma.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (lemma.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb an event trigger names, to tell one event told twice: a verb's lemma, a gerund noun's verb ("shooting" ->
     * "shoot", "last week's shooting" and "was shot"), else the trigger's lemma ({@link #triggerLemma}).
     */
    static String eventStem(Token token) {
        if (!token.isVerb() && token.partOfSpeech().startsWith("NN") && lemma(token).endsWith("ing") && lemma(token).length() > 5) {
            return Morphology.stemStatic(token.word().toLowerCase(Locale.ROOT), "VBG").word();
        }
        return triggerLemma(token);
    }

    static String lemma(Token token) {
        String lemma = token.lemma().isEmpty() ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
