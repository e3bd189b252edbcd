package org.parallax.language.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;
import org.parallax.language.text.ParsedText;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Countries;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Role;

/**
 * Turns the tagger's named-entity spans into the article's mentions, entities and roles.
 *
 * <p>Every corrected named-entity span (see {@link MentionCorrector}), with its finer type ({@link MentionTyper}), becomes a {@link Mention} of
 * its type; those of tracked types ({@link EntityType#isEntity()}) point at an entity, grouped by
 * {@link EntityLinker}. Each entity, with id {@code <article id>/e<n>} numbered by first mention
 * from 1, is named by its fullest name (most words, then most characters; the first on a tie)
 * without a possessive, a country by its short name where the article uses it ("Russia" rather
 * than "Russian Federation"); its aliases are its other names as written and, for people, the forms
 * with a title or form of address directly before the name ("President Zelensky", "Mr. Putin").
 * People get the roles {@link RoleFinder} reads where they are named, each distinct title once,
 * with the evidence of its first statement.
 *
 * <p>Stateless: safe to share between threads.
 */
public final class EntityStage implements Stage {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PARTS_OF_SPEECH, Layer.NAMED_ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS, Layer.ENTITIES, Layer.ROLES);
    }

    @Override
    public void process(AnnotationContext context) {
        ParsedText parsed = context.parsed();
        String text = context.text();
        List<NameSpan> spans = MentionTyper.refine(parsed, MentionCorrector.correct(parsed));
        List<EntityLinker.Group> groups = EntityLinker.link(spans, text);
        RoleFinder roles = RoleFinder.of(parsed, spans);
        Map<NameSpan, String> idOf = new HashMap<>();
        List<ArticleEntity> entities = new ArrayList<>(groups.size());
        for (int n = 0; n < groups.size(); n++) {
            EntityLinker.Group group = groups.get(n);
            String id = context.article().id() + "/e" + (n + 1);
            group.members().forEach(member -> idOf.put(member, id));
            entities.add(entity(id, group, text, roles));
        }
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            mentions.add(new Mention(span.span(), span.type(), Optional.ofNullable(idOf.get(span))));
        }
        context.mentions(mentions);
        context.entities(entities);
    }

    private static ArticleEntity entity(String id, EntityLinker.Group group, String text, RoleFinder finder) {
        EntityType type = group.type();
        String name = null;
        int nameWords = -1;
        Set<String> forms = new LinkedHashSet<>();
        for (NameSpan member : group.members()) {
            String form = NameForms.display(member.span().coveredText(text));
            forms.add(form);
            int words = NameForms.keys(form).size();
            if (words > nameWords || (words == nameWords && form.length() > name.length())) {
                name = form;
                nameWords = words;
            }
        }
        if (type == EntityType.COUNTRY) {
            String fullest = name;
            name = Countries.code(fullest).map(Countries::shortName).filter(forms::contains).orElse(fullest);
        }
        List<Role> roles = new ArrayList<>();
        if (type == EntityType.PERSON) {
            Set<String> titles = new LinkedHashSet<>();
            for (NameSpan member : group.members()) {
                finder.addressedForm(member).ifPresent(span -> forms.add(NameForms.display(span.coveredText(text))));
                for (Role role : finder.rolesOf(member)) {
                    if (titles.add(role.title().toLowerCase(Locale.ROOT))) {
                        roles.add(role);
                    }
                }
            }
        }
        forms.remove(name);
        return new ArticleEntity(id, name, type, List.copyOf(forms), roles);
    }
}
