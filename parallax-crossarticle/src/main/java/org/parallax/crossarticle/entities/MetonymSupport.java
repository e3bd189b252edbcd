package org.parallax.crossarticle.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * Decides from the words around one mention of a seat of government whether the text uses it for
 * the state's government. A use is metonymic when the place
 * <ul>
 *   <li>is the subject of a speech or demand verb: "Moscow warned", "the Kremlin has said",
 *       "Kiev made its most recent demand";</li>
 *   <li>is the source of speech: "a statement from the Kremlin", "warnings from Moscow";</li>
 *   <li>is one side of a relation with a state or another seat: "relations between Kiev and Tel
 *       Aviv", "ties with Moscow", "between Russia and Washington".</li>
 * </ul>
 * Anything else ("in central Kyiv", "moved from Kyiv to Lviv", "Jerusalem as a venue") is a
 * place. Hand-written because the language layer gives no semantic roles; the patterns read only a
 * few words either side, in English.
 */
final class MetonymSupport {

    private static final String SPEECH_VERBS = "said|says|say|warned|warns|warn|demanded|demands|demand|insisted"
            + "|insists|denied|denies|deny|announced|announces|accused|accuses|threatened|threatens|urged|urges"
            + "|stated|states|claimed|claims|told|tells|responded|responds|rejected|rejects|condemned|condemns"
            + "|vowed|vows|asked|asks|called|calls|protested|protests|declined|declines|refused|refuses"
            + "|confirmed|confirms|agreed|agrees|hit back|retorted|replied|sanctioned|sanctions|expelled";
    private static final String SPEECH_NOUNS = "demand|request|statement|threat|warning|appeal|protest|response"
            + "|reply|message|complaint|denial|offer|proposal|ultimatum|pressure|criticism|condemnation|comment";

    private static final Pattern SUBJECT_OF_SPEECH = Pattern.compile(
            "^['’]?s?\\s*,?\\s*(?:has |had |have |was |is |also |then |later |again |quickly |swiftly |reportedly |"
                    + "officially |publicly )*(?:(?:" + SPEECH_VERBS + ")\\b|(?:made|issued|sent|repeated|renewed)"
                    + " (?:\\S+ ){0,3}(?:" + SPEECH_NOUNS + ")s?\\b)");
    private static final Pattern SOURCE_OF_SPEECH = Pattern.compile(
            "\\b(?:" + SPEECH_NOUNS + "|warnings|threats|demands|statements|requests|appeals|protests|criticism"
                    + "|comments)s? (?:from|by) (?:the )?$");
    private static final Pattern RELATION_WITH = Pattern.compile(
            "\\b(?:ties|relations|relationship|talks|contacts?|dialogue|channels?|negotiations|rift|tensions"
                    + "|cooperation|coordination) (?:with|to) (?:the )?$");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile(
            "\\bbetween (?:the )?(\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*)*) and (?:the )?$");
    private static final Pattern BETWEEN_AFTER_START = Pattern.compile("\\bbetween (?:the )?$");
    private static final Pattern AND_OTHER = Pattern.compile(
            "^['’]?s? and (?:the )?(\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*)*)");

    private static final int WINDOW = 80;

    private MetonymSupport() {
    }

    /** Whether this mention of a seat of government stands for a government. */
    static boolean supports(String text, Span mention, List<Mention> mentions) {
        String before = text.substring(Math.max(0, mention.begin() - WINDOW), mention.begin());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + WINDOW));
        if (SUBJECT_OF_SPEECH.matcher(after).find() || SOURCE_OF_SPEECH.matcher(before).find()
                || RELATION_WITH.matcher(before).find()) {
            return true;
        }
        Matcher between = BETWEEN_BEFORE.matcher(before);
        if (between.find() && isStateOrSeat(between.group(1), mention.begin() - before.length() + between.start(1),
                mentions)) {
            return true;
        }
        if (BETWEEN_AFTER_START.matcher(before).find()) {
            Matcher other = AND_OTHER.matcher(after);
            return other.find() && isStateOrSeat(other.group(1), mention.end() + other.start(1), mentions);
        }
        return false;
    }

    private static boolean isStateOrSeat(String name, int begin, List<Mention> mentions) {
        if (MetonymTable.isSeatOrState(NameNormalizer.normalize(name, false))) {
            return true;
        }
        for (Mention mention : mentions) {
            if (mention.span().begin() <= begin && begin < mention.span().end()) {
                return mention.type() == EntityType.COUNTRY;
            }
        }
        return false;
    }
}
