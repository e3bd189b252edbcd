package org.parallax.language.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Words that make up job titles and forms of address in news English, for finding roles around
 * names and cleaning title words out of person names.
 *
 * <p>Hand-written because CoreNLP's fine-grained {@code TITLE} class covers title nouns but not the
 * words around them that belong to a role ("outgoing", "Deputy" before a noun it does not know,
 * "Director-General" when the tagger splits it), and may be switched off; no well-kept Java library
 * ships an English job-title lexicon. The lists are deliberately short and generic: they name kinds
 * of office, never particular people.
 */
final class TitleLexicon {

    /** Nouns that name an office or position. Compared in lower case, without a final period. */
    private static final Set<String> TITLES = Set.of(
            "president", "vice", "prime", "minister", "premier", "chancellor", "ambassador", "envoy", "consul",
            "chairman", "chairwoman", "chair", "chairperson", "director", "director-general", "general",
            "secretary", "secretary-general", "undersecretary", "spokesman", "spokeswoman", "spokesperson",
            "head", "chief", "governor", "senator", "representative", "congressman", "congresswoman",
            "lawmaker", "legislator", "mayor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
            "leader", "commander", "commander-in-chief", "lieutenant", "colonel", "major", "captain", "admiral",
            "sergeant", "marshal", "officer", "deputy", "adviser", "advisor", "aide", "official", "judge",
            "justice", "attorney", "attorney-general", "prosecutor", "ceo", "founder", "pope", "cardinal",
            "bishop", "archbishop", "rabbi", "imam", "editor", "correspondent", "professor", "diplomat",
            "counsel", "strategist", "manager", "candidate", "nominee", "speaker", "whip", "commissioner",
            "negotiator", "coordinator", "mediator", "minister-counsellor", "counsellor", "counselor",
            "treasurer", "comptroller", "superintendent", "inspector", "sheriff", "councilman", "councilwoman",
            "councillor", "delegate", "executive", "owner", "partner", "analyst", "economist",
            "researcher", "activist", "campaigner", "chaplain", "president-elect", "vice-president");

    /** Abbreviated titles and forms of address, written before a name: never a role by themselves. */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "fr",
            "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "pres", "amb", "hon");

    /** Words that qualify a role without being one ("former prime minister", "outgoing Israeli …"). */
    private static final Set<String> MODIFIERS = Set.of(
            "former", "outgoing", "incoming", "acting", "interim", "then", "current", "senior", "top", "late",
            "assistant", "associate", "ex", "new", "longtime", "long-time", "veteran", "sitting");

    /** Prepositions that join a title to what it is the title of ("Ambassador to Ukraine"). */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "to", "for", "at", "on");

    /** Capitalised words that start dates, not names of what a role belongs to. */
    private static final Set<String> CALENDAR = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow");

    private TitleLexicon() {
    }

    static boolean isTitle(String word) {
        return TITLES.contains(key(word));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(key(word));
    }

    static boolean isModifier(String word) {
        return MODIFIERS.contains(key(word));
    }

    static boolean isRolePreposition(String word) {
        return ROLE_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isCalendarWord(String word) {
        return CALENDAR.contains(key(word));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
