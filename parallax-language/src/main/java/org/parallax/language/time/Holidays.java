package org.parallax.language.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The holiday and occasion names the time tagger reads as dates ("Christmas", "Thanksgiving Day", "Election Day"): such a
 * name is a time expression of its own, and also the name of an occasion that a noun may be about ("Christmas trees",
 * "Election Day turnout") without being dated by it.
 */
public final class Holidays {

    /** The names, lower case, longest first where one begins another; a regular expression's alternatives. */
    static final String NAMES = "christmas eve|christmas day|christmas|new year's eve|new year's day"
            + "|thanksgiving day|thanksgiving|independence day|the fourth of july|halloween|election day"
            + "|labor day|memorial day|easter sunday|easter|valentine's day";

    private static final Pattern NAMED = Pattern.compile("(?:(?:last|next) )?(?:" + NAMES + ")(?: \\d{4})?");

    private Holidays() {
    }

    /** Whether these words are a holiday's or occasion's name, with at most a "last" or "next" before and a year after. */
    public static boolean names(String words) {
        return NAMED.matcher(words.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT)).matches();
    }
}
