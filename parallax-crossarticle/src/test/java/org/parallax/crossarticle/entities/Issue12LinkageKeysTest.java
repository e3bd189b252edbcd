package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEntity;
import org.parallax.model.EntityType;

/**
 * Issue 12: the keys through which the Spark job lets per-article entities meet. A full name's name-token keys
 * are needed only where a one-token name has that token's skeleton (only one-token names meet people by a name
 * token), so without such a name "Donald Trump" and "Donald Duck" are not put in one group by "Donald".
 */
class Issue12LinkageKeysTest {

    private static ArticleEntity person(String id, String name) {
        return new ArticleEntity(id, name, EntityType.PERSON, List.of(), List.of());
    }

    @Test
    void oneTokenPeopleHaveTheSkeletonOfTheirName() {
        assertThat(NameEntityResolver.oneTokenSkeleton(person("a/e1", "Mrs. Clinton")))
                .contains(NameNormalizer.skeleton("clinton"));
        assertThat(NameEntityResolver.oneTokenSkeleton(person("a/e2", "Hillary Clinton"))).isEmpty();
        assertThat(NameEntityResolver.oneTokenSkeleton(new ArticleEntity("a/e3", "Moscow", EntityType.LOCATION, List.of(),
                List.of()))).isEmpty();
    }

    @Test
    void fullNamesKeepOnlyTheTokenKeysThatAOneTokenNameHas() {
        ArticleEntity trump = person("a/e1", "Donald Trump");
        String given = "person-token|" + NameNormalizer.skeleton("donald");
        String surname = "person-token|" + NameNormalizer.skeleton("trump");
        assertThat(NameEntityResolver.linkageKeys(trump)).contains(given, surname);

        Set<String> onlySurname = NameEntityResolver.linkageKeys(trump, Set.of(NameNormalizer.skeleton("trump"))::contains);
        assertThat(onlySurname).contains(surname).doesNotContain(given);
        assertThat(NameEntityResolver.linkageKeys(trump, skeleton -> false)).doesNotContain(given, surname)
                .as("the name's own keys stay").contains("PERSON|donald trump");

        assertThat(NameEntityResolver.linkageKeys(person("b/e1", "Trump"), skeleton -> false))
                .as("a one-token name keeps its own token's key").contains(surname);
    }
}
