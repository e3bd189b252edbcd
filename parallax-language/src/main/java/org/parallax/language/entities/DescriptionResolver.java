package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Mention;
import org.parallax.model.Role;

/**
 * Maps a description written in place of a name ("the ambassador", "the senior Foreign Ministry
 * official", "the Russian president") to the entity of the article it most likely stands for: the
 * one with a matching role that was mentioned most recently before the description, as a reader
 * resolves it. When no such entity is mentioned before it (a headline's "Ukrainian president
 * reveals …"), the one with a matching role mentioned first after it.
 *
 * <p>A description matches a role when every word of the description that carries meaning appears
 * among the role title's words (case and a plural "s" ignored) and at least one does. Determiners
 * and possessive pronouns carry no meaning here; modifiers ("former", "senior", "top") and generic
 * heads ("official", "source", "leader") only narrow and may be absent from the role, but a
 * description made only of them matches nothing. So "the ambassador" matches "Israeli Ambassador to
 * Ukraine", "the Russian president" matches "Russian President" but not "Ukrainian President", and
 * "the senior Foreign Ministry official" matches "Foreign Ministry Deputy Director-General for
 * Eurasia".
 *
 * <p>Stateless and thread-safe.
 */
public final class DescriptionResolver {

    private static final Set<String> EMPTY_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "its", "their", "our", "my", "your", "'s", "s");
    private static final Set<String> GENERIC_HEADS = Set.of("official", "officials", "source", "leader", "man",
            "woman", "person", "figure", "representative");

    private DescriptionResolver() {
    }

    /**
     * @param phrase   the description as written, e.g. "the senior Foreign Ministry official"
     * @param offset   where it stands in the article text
     * @param entities the article's entities, with their roles
     * @param mentions the article's mentions, which tie entities to places in the text
     * @return the id of the entity the description stands for, or empty when no entity's role fits
     */
    public static Optional<String> resolveDescription(String phrase, int offset, List<ArticleEntity> entities,
            List<Mention> mentions) {
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (String word : words(phrase)) {
            if (EMPTY_WORDS.contains(word)) {
                continue;
            }
            (TitleLexicon.isModifier(word) || GENERIC_HEADS.contains(word) ? optional : required).add(word);
        }
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Map<String, int[]> nearest = new HashMap<>();
        for (Mention mention : mentions) {
            mention.entity().ifPresent(id -> {
                int[] around = nearest.computeIfAbsent(id, k -> new int[] {-1, Integer.MAX_VALUE});
                int begin = mention.span().begin();
                if (begin < offset) {
                    around[0] = Math.max(around[0], begin);
                } else {
                    around[1] = Math.min(around[1], begin);
                }
            });
        }
        String before = null;
        int beforeAt = -1;
        String after = null;
        int afterAt = Integer.MAX_VALUE;
        for (ArticleEntity entity : entities) {
            int[] around = nearest.get(entity.id());
            if (around == null || !hasMatchingRole(entity, required)) {
                continue;
            }
            if (around[0] > beforeAt) {
                beforeAt = around[0];
                before = entity.id();
            }
            if (around[1] < afterAt) {
                afterAt = around[1];
                after = entity.id();
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    private static boolean hasMatchingRole(ArticleEntity entity, List<String> required) {
        for (Role role : entity.roles()) {
            List<String> roleWords = words(role.title());
            if (required.stream().allMatch(word -> roleWords.contains(word) || roleWords.contains(singular(word)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
