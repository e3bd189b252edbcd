package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.ArticleEntity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Role;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;

/**
 * Ties the words that stand for a speaker to an article entity, reading quotes in text order.
 *
 * <ul>
 *   <li>A name ("Koren", "Israeli Ambassador to Ukraine Michael Brodsky", "Hebrew newspaper Yedioth Ahronoth"):
 *       the entity of the mention at the phrase's head (its last name), {@link SpeakerResolution#NAME}. A title
 *       with the name set off after a comma ("Ukrainian President, Volodymyr Zelensky") is that name.</li>
 *   <li>"he", "she": the most recent speaker who is a person, when they spoke within the last few sentences;
 *       otherwise the most recent person mentioned; a person whose first name or title has the other gender
 *       ({@link PersonGender}: "she" is not "Donald Trump") is passed over. "it": the most recent organisation. {@link SpeakerResolution#PRONOUN}.</li>
 *   <li>A definite description ("the senior Foreign Ministry official", "the ambassador"): the most recent
 *       speaker, then the most recent mentioned entity, whose roles, names or the words around its name share
 *       a word with the description; failing that, the last named speaker. A document of an organisation
 *       ("a statement from the Kremlin") resolves to the organisation. {@link SpeakerResolution#DESCRIPTION}.</li>
 *   <li>Anything else ("sources", "a senior aide to ..."): kept as words without an entity.</li>
 * </ul>
 *
 * <p>Hand-written: CoreNLP's coreference is far too slow for the layer's budget, and these few rules are
 * what news attribution needs. Not thread-safe: one resolver per article.
 */
final class SpeakerResolver {

    private static final Set<String> MALE_OR_FEMALE = Set.of("he", "she", "him", "her");
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "release", "letter", "communique", "memo",
            "spokesman", "spokeswoman", "spokesperson", "representative", "tweet", "post", "website", "note", "readout",
            "announcement", "document", "filing", "account", "office", "newspaper", "daily", "outlet");
    private static final Set<String> STOP = Set.of("the", "a", "an", "this", "that", "these", "those", "senior", "top", "former",
            "new", "his", "her", "their", "its", "of", "to", "for", "in", "on", "at", "from", "and", "'s", "’s", "also");
    private static final int PRONOUN_REACH_SENTENCES = 6;

    private record Spoken(Speaker speaker, EntityType type, int sentence, String words) {
    }

    private final ParsedText parsed;
    private final List<Mention> mentions;
    private final Map<String, ArticleEntity> entities = new HashMap<>();
    private final Map<String, StringBuilder> evidence = new HashMap<>();
    private final List<Spoken> history = new ArrayList<>();
    private final Map<String, Optional<PersonGender>> genders = new HashMap<>();

    SpeakerResolver(ParsedText parsed, List<Mention> mentions, List<ArticleEntity> entities) {
        this.parsed = parsed;
        this.mentions = mentions.stream().filter(mention -> mention.entity().isPresent()).toList();
        for (ArticleEntity entity : entities) {
            this.entities.put(entity.id(), entity);
            StringBuilder words = new StringBuilder(entity.name()).append(' ');
            entity.aliases().forEach(alias -> words.append(alias).append(' '));
            entity.roles().stream().map(Role::title).forEach(title -> words.append(title).append(' '));
            evidence.put(entity.id(), words);
        }
        // The words of the noun phrase around each mention ("Israeli Ambassador to Ukraine" before "Michael Brodsky").
        for (Mention mention : this.mentions) {
            List<Token> inside = parsed.tokensIn(mention.span());
            if (inside.isEmpty()) {
                continue;
            }
            int first = inside.get(0).index();
            NounPhraseChunker.endingAt(parsed.tokens(), inside.get(inside.size() - 1).index(),
                    parsed.sentences().get(inside.get(0).sentence()).firstToken())
                    .filter(range -> range.first() < first)
                    .ifPresent(range -> evidence.get(mention.entity().get()).append(' ')
                            .append(parsed.text(), range.span(parsed.tokens()).begin(), mention.span().begin()));
        }
    }

    /** The speaker that the words {@code span} at a cue in sentence {@code sentence} stand for. */
    Speaker resolve(Span span, int sentence) {
        List<Token> words = parsed.tokensIn(span);
        Speaker speaker = words.size() == 1 && words.get(0).partOfSpeech().equals("PRP")
                ? pronoun(span, lower(words.get(0)), sentence)
                : phrase(span, words);
        remember(speaker, sentence, span);
        return speaker;
    }

    /** The speaker who carries on from an earlier quote, keeping that quote's words for them. */
    Speaker carryOn(Speaker previous) {
        return new Speaker(previous.span(), previous.entity(), SpeakerResolution.PREVIOUS_QUOTE);
    }

    /**
     * Whether an indefinite description ("a senior aide to Ukrainian President Volodymyr Zelensky") stands for a
     * person named as a speaker a few sentences later ("Andriy Yermak, head of Zelensky’s office, told …"): the named
     * speaker is a person not mentioned in the description, and the words known about them (their names and roles,
     * the words around their mentions, and {@code aside}, the words between their name and the cue) share the
     * description's head noun ("aide") or a word of a name inside it ("Zelensky"). Returns the named speaker's
     * entity.
     */
    Optional<String> namedLater(Span description, Speaker named, Span aside) {
        Optional<String> entity = named.entity();
        if (entity.isEmpty() || named.resolution() != SpeakerResolution.NAME || !isPerson(entity.get())) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (Mention mention : mentions) {
            if (description.contains(mention.span())) {
                if (mention.entity().equals(entity)) {
                    return Optional.empty(); // "a senior aide to Zelensky said" … "Zelensky said": not the aide
                }
                for (Token token : parsed.tokensIn(mention.span())) {
                    keys.add(lower(token));
                }
            }
        }
        List<Token> words = parsed.tokensIn(description);
        int link = 0;
        while (link < words.size() && !words.get(link).partOfSpeech().matches("IN|TO")) {
            link++;
        }
        lastNoun(words.subList(0, link)).map(SpeakerResolver::lower).ifPresent(keys::add);
        keys.removeIf(STOP::contains);
        String known = evidence.getOrDefault(entity.get(), new StringBuilder()) + " " + aside.coveredText(parsed.text());
        return !keys.isEmpty() && matches(known, keys) ? entity : Optional.empty();
    }

    /** Whether the words of a speaker are an indefinite description ("a senior aide to …", "an official"). */
    boolean isIndefiniteDescription(Speaker speaker) {
        List<Token> words = parsed.tokensIn(speaker.span());
        return speaker.resolution() == SpeakerResolution.DESCRIPTION && speaker.entity().isEmpty() && !words.isEmpty()
                && (lower(words.get(0)).equals("a") || lower(words.get(0)).equals("an"));
    }

    private boolean isPerson(String entity) {
        return Optional.ofNullable(entities.get(entity)).map(ArticleEntity::type).orElse(null) == EntityType.PERSON;
    }

    private Speaker pronoun(Span span, String word, int sentence) {
        if (MALE_OR_FEMALE.contains(word)) {
            Optional<PersonGender> gender = PersonGender.ofPronoun(word);
            for (int i = history.size() - 1; i >= 0; i--) {
                Spoken spoken = history.get(i);
                if (sentence - spoken.sentence() > PRONOUN_REACH_SENTENCES) {
                    break;
                }
                if (spoken.type() == EntityType.PERSON && agrees(spoken.speaker().entity().get(), gender)) {
                    return new Speaker(span, spoken.speaker().entity(), SpeakerResolution.PRONOUN);
                }
            }
            return new Speaker(span, lastMentioned(span.begin(), EntityType.PERSON, gender), SpeakerResolution.PRONOUN);
        }
        if (word.equals("it")) {
            return new Speaker(span, lastMentioned(span.begin(), EntityType.ORGANIZATION, Optional.empty()),
                    SpeakerResolution.PRONOUN);
        }
        return new Speaker(span, Optional.empty(), SpeakerResolution.PRONOUN);
    }

    /**
     * Whether a person can be the antecedent of a pronoun of this gender: "she" is not a man whose first name or title
     * says so ("Donald Trump", "Mr. Kaine"); a person of unknown gender agrees with both.
     */
    private boolean agrees(String entity, Optional<PersonGender> pronoun) {
        if (pronoun.isEmpty()) {
            return true;
        }
        Optional<PersonGender> gender = genders.computeIfAbsent(entity, id -> Optional.ofNullable(entities.get(id))
                .flatMap(known -> {
                    List<String> forms = new ArrayList<>(known.aliases());
                    forms.add(known.name());
                    return PersonGender.ofNames(forms);
                }));
        return gender.isEmpty() || gender.equals(pronoun);
    }

    private Speaker phrase(Span span, List<Token> words) {
        for (int i = words.size() - 2; i > 0; i--) {
            if (words.get(i).word().equals(",")) {
                // "Ukrainian President, Volodymyr Zelensky", "one of the family's attorneys, Justin Bamberg":
                // the name set off after the title is who speaks
                List<Token> name = words.subList(i + 1, words.size());
                Span nameSpan = new Span(name.get(0).span().begin(), span.end());
                Optional<Mention> named = headMention(nameSpan, name);
                if (named.isPresent()) {
                    return new Speaker(span, named.get().entity(), SpeakerResolution.NAME);
                }
                break;
            }
        }
        int link = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).partOfSpeech().matches("IN|TO")) {
                link = i;
                break;
            }
        }
        List<Token> head = link > 0 ? words.subList(0, link) : words;
        Token lastWord = words.get(words.size() - 1);
        // "Putin’s" (the owner of "Putin’s claim") is a name; "a senior aide to … Zelensky’s" is a description
        boolean ownerName = lastWord.partOfSpeech().equals("POS") && words.size() > 1
                && words.subList(0, words.size() - 1).stream().allMatch(token -> token.partOfSpeech().startsWith("NNP"));
        boolean description = !ownerName && (head.stream().noneMatch(token -> token.partOfSpeech().startsWith("NNP"))
                || lastWord.partOfSpeech().equals("POS") || lastWord.partOfSpeech().matches("NNS?"));
        if (!description) {
            Optional<Mention> named = headMention(span, words);
            if (named.isPresent()) {
                return new Speaker(span, named.get().entity(), SpeakerResolution.NAME);
            }
            return new Speaker(span, Optional.empty(), SpeakerResolution.UNRESOLVED);
        }
        String headNoun = lastNoun(head).map(SpeakerResolver::lower).orElse("");
        if (DOCUMENTS.contains(headNoun)) {
            Optional<Mention> owner = headMention(span, words);
            if (owner.isPresent()) {
                return new Speaker(span, owner.get().entity(), SpeakerResolution.DESCRIPTION);
            }
        }
        String first = lower(words.get(0));
        boolean definite = first.equals("the") || first.equals("this");
        if (!definite) {
            return new Speaker(span, Optional.empty(), SpeakerResolution.DESCRIPTION);
        }
        return new Speaker(span, described(span, head), SpeakerResolution.DESCRIPTION);
    }

    /** The entity a definite description stands for. */
    private Optional<String> described(Span span, List<Token> head) {
        List<String> keys = head.stream().filter(token -> token.isNoun() || token.partOfSpeech().startsWith("JJ"))
                .map(SpeakerResolver::lower).filter(word -> !STOP.contains(word)).toList();
        for (int i = history.size() - 1; i >= 0; i--) {
            Spoken spoken = history.get(i);
            if (spoken.speaker().entity().isPresent() && matches(spoken.words() + " " + evidenceOf(spoken.speaker()), keys)) {
                return spoken.speaker().entity();
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.span().end() <= span.begin() && matches(evidence.get(mention.entity().get()).toString(), keys)) {
                return mention.entity();
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Spoken spoken = history.get(i);
            if (spoken.speaker().entity().isPresent() && spoken.speaker().resolution() == SpeakerResolution.NAME) {
                return spoken.speaker().entity();
            }
        }
        return Optional.empty();
    }

    private String evidenceOf(Speaker speaker) {
        return speaker.entity().map(evidence::get).map(StringBuilder::toString).orElse("");
    }

    private static boolean matches(String words, List<String> keys) {
        String haystack = " " + words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return keys.stream().anyMatch(key -> haystack.contains(" " + key + " "));
    }

    /** The mention at the head of a named phrase: the one holding its last noun, or else the last one in it. */
    private Optional<Mention> headMention(Span span, List<Token> words) {
        Optional<Token> last = lastNoun(words);
        Mention fallback = null;
        for (Mention mention : mentions) {
            if (mention.span().begin() >= span.end()) {
                break;
            }
            if (mention.span().overlaps(span)) {
                if (last.isPresent() && mention.span().overlaps(last.get().span())) {
                    return Optional.of(mention);
                }
                if (fallback == null || mention.type() == EntityType.PERSON || fallback.type() != EntityType.PERSON) {
                    fallback = mention;
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    private Optional<String> lastMentioned(int before, EntityType type, Optional<PersonGender> gender) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.span().end() <= before && mention.type() == type && agrees(mention.entity().get(), gender)) {
                return mention.entity();
            }
        }
        return Optional.empty();
    }

    private void remember(Speaker speaker, int sentence, Span span) {
        if (speaker.entity().isEmpty()) {
            return;
        }
        EntityType type = Optional.ofNullable(entities.get(speaker.entity().get())).map(ArticleEntity::type)
                .orElse(EntityType.MISCELLANEOUS);
        history.add(new Spoken(speaker, type, sentence, span.coveredText(parsed.text())));
    }

    private static Optional<Token> lastNoun(List<Token> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).isNoun()) {
                return Optional.of(words.get(i));
            }
        }
        return Optional.empty();
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
