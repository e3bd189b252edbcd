package org.parallax.crossarticle.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Role;

/**
 * What the titles before a person's name say about them: a gender where an honorific carries one
 * ("Mr. Obama", "Mrs. Clinton", "Ms. Stein", "Sir", "Queen"), and the offices named ("President
 * Obama", "Sen. Bernie Sanders", "Vice President Joe Biden").
 *
 * <p>Read from the per-article entity's name, aliases and role titles. Abbreviations are spelled
 * out ("Sen." is "senator"); "vice", "deputy" and "prime" join the next word ("vice president");
 * "former", "late", "outgoing" and "ex" are ignored. Hand-written because the language layer gives
 * no gender and English honorifics are a short closed list; no well-kept library maps them.
 *
 * @param gender the gender the honorifics agree on; empty when none carries one, or when they disagree
 * @param titles the offices named, spelled out
 */
record PersonCues(Optional<Gender> gender, Set<String> titles) {

    /** The gender an honorific carries. */
    enum Gender {
        MALE,
        FEMALE
    }

    private static final Map<String, Gender> HONORIFICS = Map.ofEntries(Map.entry("mr", Gender.MALE),
            Map.entry("mister", Gender.MALE), Map.entry("sir", Gender.MALE), Map.entry("lord", Gender.MALE),
            Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE), Map.entry("mrs", Gender.FEMALE),
            Map.entry("ms", Gender.FEMALE), Map.entry("miss", Gender.FEMALE), Map.entry("dame", Gender.FEMALE),
            Map.entry("lady", Gender.FEMALE), Map.entry("queen", Gender.FEMALE),
            Map.entry("princess", Gender.FEMALE));

    private static final Map<String, String> OFFICES = Map.ofEntries(Map.entry("president", "president"),
            Map.entry("pres", "president"), Map.entry("minister", "minister"), Map.entry("pm", "prime minister"),
            Map.entry("premier", "premier"), Map.entry("chancellor", "chancellor"),
            Map.entry("senator", "senator"), Map.entry("sen", "senator"), Map.entry("representative", "representative"),
            Map.entry("rep", "representative"), Map.entry("congressman", "representative"),
            Map.entry("congresswoman", "representative"), Map.entry("governor", "governor"),
            Map.entry("gov", "governor"), Map.entry("mayor", "mayor"), Map.entry("secretary", "secretary"),
            Map.entry("general", "general"), Map.entry("gen", "general"), Map.entry("colonel", "colonel"),
            Map.entry("col", "colonel"), Map.entry("ambassador", "ambassador"), Map.entry("speaker", "speaker"),
            Map.entry("judge", "judge"), Map.entry("justice", "justice"), Map.entry("pope", "pope"),
            Map.entry("rabbi", "rabbi"), Map.entry("sheikh", "sheikh"), Map.entry("king", "king"),
            Map.entry("queen", "queen"), Map.entry("prince", "prince"), Map.entry("princess", "princess"),
            Map.entry("chairman", "chair"), Map.entry("chairwoman", "chair"), Map.entry("chair", "chair"));

    private static final Set<String> JOINS_NEXT = Set.of("vice", "deputy", "prime", "foreign", "defense", "defence");
    private static final Set<String> IGNORED = Set.of("the", "former", "late", "outgoing", "ex", "then", "dr",
            "prof", "rev");

    /** No cues. */
    static final PersonCues NONE = new PersonCues(Optional.empty(), Set.of());

    PersonCues {
        titles = Set.copyOf(titles);
    }

    /** The cues of a per-article person: its name, aliases and role titles. */
    static PersonCues of(ArticleEntity entity) {
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(0, entity.name());
        Set<Gender> genders = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (String name : names) {
            read(name, true, genders, titles);
        }
        for (Role role : entity.roles()) {
            read(role.title(), false, genders, titles);
        }
        return new PersonCues(genders.size() == 1 ? Optional.of(genders.iterator().next()) : Optional.empty(),
                titles);
    }

    /** These cues together with another's: titles pooled, a gender only where they do not disagree. */
    PersonCues with(PersonCues other) {
        Set<String> pooled = new HashSet<>(titles);
        pooled.addAll(other.titles);
        return new PersonCues(conflictsWith(other) ? Optional.empty() : gender.or(() -> other.gender), pooled);
    }

    /** Whether the two genders are both known and differ. */
    boolean conflictsWith(PersonCues other) {
        return gender.isPresent() && other.gender.isPresent() && !gender.equals(other.gender);
    }

    /** Whether the two name an office in common. */
    boolean sharesTitleWith(PersonCues other) {
        return titles.stream().anyMatch(other.titles::contains);
    }

    /** A nationality adjective before a title in a name ("Ukrainian President Volodymyr Zelensky"). */
    private static boolean demonym(String token) {
        return token.endsWith("ian") || token.endsWith("ish") || token.endsWith("ese") || token.endsWith("an")
                || token.endsWith("i");
    }

    /**
     * Reads honorifics and offices: in a name, only the words before it ("President Barack Obama");
     * in a role title, every word ("Ukrainian President").
     */
    private static void read(String text, boolean name, Set<Gender> genders, Set<String> titles) {
        String[] words = text.trim().split("[\\s\\u00A0]+");
        String pending = "";
        for (String word : words) {
            String token = NameNormalizer.normalizeToken(word);
            if (token.isEmpty()) {
                continue;
            }
            Gender gender = HONORIFICS.get(token);
            if (gender != null) {
                genders.add(gender);
            }
            String office = OFFICES.get(token);
            if (office != null) {
                titles.add(pending.isEmpty() ? office : pending + " " + office);
                pending = "";
            } else if (JOINS_NEXT.contains(token)) {
                pending = pending.isEmpty() ? token : pending + " " + token;
            } else if (gender == null && !IGNORED.contains(token) && !(name && demonym(token))) {
                pending = "";
                if (name) {
                    return;
                }
            }
        }
    }
}
