package org.parallax.language.events;

import java.util.Locale;
import java.util.Set;
import org.parallax.language.text.Token;

/**
 * Which words can report an event: verbs other than auxiliaries, and nouns that name something that
 * happens ("attack", "meeting", "earthquake", "election"), from a lexicon of the event nouns of news
 * English and the suffixes of nominalised verbs ("-tion", "-ment", "-al", "-ing"), less the common
 * nouns with those endings that name no event ("nation", "government", "official", "building").
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
            "buy-out", "slide", "turnaround", "rebound", "downturn", "sell-off", "selloff", "squeeze");

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

    private EventWords() {
    }

    /** Whether a common noun names an event. */
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

    static String lemma(Token token) {
        String lemma = token.lemma().isEmpty() ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
