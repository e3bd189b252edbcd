package org.parallax.language.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reporting verbs by lemma, with the {@link CueClass} that says how they report.
 *
 * <p>Derived from the cue spans of the PolNeAR training split (the verbs that occur there as cues at
 * least a few times and take a reported clause), then completed with common news synonyms and the light verbs
 * of stance that take a "that"-clause after their noun ("expressed his hope that", "voiced concern that") and the
 * verbs of judging that report a partial quote ("slammed … as “…”", "called … “…”"). A word list,
 * because no maintained library ships an English reporting-verb lexicon; CoreNLP's quote attribution
 * uses a similar hand-made list for novels.
 */
final class CueLexicon {

    private static final Map<String, CueClass> VERBS = new HashMap<>();

    static {
        for (String lemma : new String[] {
            "say", "add", "write", "report", "claim", "argue", "note", "insist", "explain", "announce",
            "declare", "state", "acknowledge", "admit", "confirm", "deny", "reply", "respond", "answer", "recall",
            "stress", "emphasize", "emphasise", "reiterate", "repeat", "predict", "promise", "pledge", "vow", "assert",
            "contend", "concede", "complain", "suggest", "tweet", "post", "remark", "joke", "observe", "comment",
            "mention", "conclude", "allege", "maintain", "boast", "reveal", "testify", "disclose", "counter",
            "recount", "wonder", "exclaim", "shout", "yell", "scream", "whisper", "sigh", "snap", "chant", "quip", "lament", "charge", "accuse", "dismiss", "reject", "question", "retort",
            "stated", "affirm", "proclaim", "announce", "underline", "underscore", "hint", "speculate",
            "estimate", "point", "demand", "complain", "urge", "propose", "blame", "criticize", "criticise",
            "describe", "email", "write", "tout", "brag", "lament", "concur",
            "clarify", "elaborate", "emphasize", "explain", "highlight", "indicate", "muse", "opine", "rebut"}) {
            VERBS.put(lemma, CueClass.SPEECH);
        }
        for (String lemma : new String[] {"warn", "caution"}) {
            VERBS.put(lemma, CueClass.WARNING);
        }
        for (String lemma : new String[] {"tell", "ask", "assure", "inform", "remind", "notify", "brief", "promise"}) {
            VERBS.put(lemma, CueClass.ADDRESSED_SPEECH);
        }
        for (String lemma : new String[] {
            "believe", "think", "feel", "know", "hope", "fear", "expect", "worry", "doubt", "agree", "find", "show",
            "see", "understand", "learn", "realize", "realise", "recognize", "guess", "assume", "suspect", "reckon",
            "consider", "want", "hold", "envision", "imagine", "figure", "anticipate", "calculate", "determine",
            "decide", "prove", "continue", "demonstrate", "suggest", "indicate", "seem", "appear", "view", "deem",
            "express", "voice"}) {
            VERBS.putIfAbsent(lemma, CueClass.ATTITUDE);
        }
    }

    static {
        for (String lemma : new String[] {"slam", "blast", "call", "brand", "label", "term", "dub", "characterize",
            "characterise", "denounce", "condemn", "decry", "hail", "praise", "ridicule", "mock", "deride", "lambaste",
            "castigate"}) {
            VERBS.putIfAbsent(lemma, CueClass.EVALUATION);
        }
    }

    private CueLexicon() {
    }

    /** The class of a reporting verb, or empty for a verb that reports nothing. */
    static Optional<CueClass> classOf(String lemma) {
        return Optional.ofNullable(VERBS.get(lemma.toLowerCase(java.util.Locale.ROOT)));
    }
}
