package org.parallax.crossarticle;

import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The highest {@code <letter><n>} number of each kind of record an account holds ({@code e} entities,
 * {@code v} events, {@code s} stories, {@code c} claims; 0 where it holds none): new records are
 * numbered after them ({@link AccountIds}), so that an id is never given to something else while the
 * account holds it.
 */
public record AccountNumbers(int entities, int events, int stories, int claims) {

    public AccountNumbers {
        if (entities < 0 || events < 0 || stories < 0 || claims < 0) {
            throw new IllegalArgumentException("record numbers are never negative: " + entities + ", " + events + ", "
                    + stories + ", " + claims);
        }
    }

    /** The highest numbers of a whole account. */
    public static AccountNumbers of(CrossArticle account) {
        return new AccountNumbers(AccountIds.maxNumber(account.entities().stream().map(Entity::id).toList(), "e"),
                AccountIds.maxNumber(account.events().stream().map(Event::id).toList(), "v"),
                AccountIds.maxNumber(account.stories().stream().map(Story::id).toList(), "s"),
                AccountIds.maxNumber(AccountIds.claims(account).stream().map(Claim::id).toList(), "c"));
    }
}
