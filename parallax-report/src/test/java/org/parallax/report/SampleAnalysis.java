package org.parallax.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.AttributionLink;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.DatingBasis;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityRole;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Evidence;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Role;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/** A small analysis built by hand from two paragraphs of a real article (seed 002), with every kind of annotation. */
final class SampleAnalysis {

    static final String TEXT = "Israeli Ambassador to Ukraine Michael Brodsky, however, said Israel will not be able to mediate "
            + "between Russia and Ukraine at this time.\n\n"
            + "“There is no window of opportunity for talks between Russia and Ukraine with Israeli mediation at this time,” "
            + "Brodsky told KAN on Sunday.";

    private SampleAnalysis() {
    }

    static Span span(String words) {
        int begin = TEXT.indexOf(words);
        if (begin < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        return new Span(begin, begin + words.length());
    }

    /** The span of {@code words} where they start {@code context}. */
    static Span within(String context, String words) {
        Span found = span(context);
        return new Span(found.begin(), found.begin() + words.length());
    }

    static Span last(String words) {
        int begin = TEXT.lastIndexOf(words);
        return new Span(begin, begin + words.length());
    }

    static Analysis build() {
        Article article = new Article("a1", "jpost.txt", InputFormat.TEXT, Optional.empty(), Optional.of("Israel can't mediate"),
                Optional.empty(), Optional.of("The Jerusalem Post"), List.of(), Optional.of(LocalDate.of(2022, 2, 27)),
                DateSource.MANIFEST, Optional.empty(), TEXT, List.of(), List.of());
        ArticleEntity brodsky = new ArticleEntity("a1/e1", "Michael Brodsky", EntityType.PERSON, List.of("Brodsky"),
                List.of(new Role("Israeli Ambassador to Ukraine", span("Israeli Ambassador to Ukraine Michael Brodsky"))));
        ArticleEntity israel = new ArticleEntity("a1/e2", "Israel", EntityType.COUNTRY, List.of(), List.of());
        Annotations annotations = new Annotations(
                List.of(new Mention(span("Michael Brodsky"), EntityType.PERSON, Optional.of("a1/e1")),
                        new Mention(within("Israel will", "Israel"), EntityType.COUNTRY, Optional.of("a1/e2")),
                        new Mention(last("Brodsky"), EntityType.PERSON, Optional.of("a1/e1"))),
                List.of(new Timex(span("Sunday"), TimexType.DATE, "2022-02-27", TimeReference.publication(LocalDate.of(2022, 2, 27)))),
                List.of(new Quote(span("Israel will not be able to mediate between Russia and Ukraine at this time"), QuoteKind.INDIRECT,
                                Optional.of(span("said")), Optional.of(new Speaker(span("Michael Brodsky"), Optional.of("a1/e1"),
                                        SpeakerResolution.NAME)), Optional.empty()),
                        new Quote(span("There is no window of opportunity for talks between Russia and Ukraine with Israeli mediation at this time"),
                                QuoteKind.DIRECT, Optional.of(span("told")), Optional.of(new Speaker(last("Brodsky"), Optional.of("a1/e1"),
                                        SpeakerResolution.NAME)), Optional.of(span("KAN")))),
                List.of(brodsky, israel));
        AnalyzedArticle analyzed = new AnalyzedArticle(article, annotations);
        Evidence quote = new Evidence("a1", span("Israel will not be able to mediate between Russia and Ukraine at this time"));
        Entity resolvedBrodsky = new Entity("e1", "Michael Brodsky", EntityType.PERSON,
                List.of(new EntityAlias("Michael Brodsky", List.of("a1")), new EntityAlias("Brodsky", List.of("a1"))),
                List.of(new EntityRole("Israeli Ambassador to Ukraine", new Evidence("a1", span("Israeli Ambassador to Ukraine Michael Brodsky")))),
                List.of("a1/e1"), Optional.empty());
        Entity resolvedIsrael = new Entity("e2", "Israel", EntityType.COUNTRY, List.of(new EntityAlias("Israel", List.of("a1"))),
                List.of(), List.of("a1/e2"), Optional.empty());
        Event interview = new Event("v1", Optional.of("2022-02-27"),
                List.of(new EventDate("2022-02-27", new Evidence("a1", span("Sunday")))),
                "Brodsky told KAN", List.of("e1"), Optional.empty(), List.of(new Evidence("a1", span("Brodsky told KAN on Sunday")),
                        new Evidence("a1", span("There is no window of opportunity for talks"))),
                List.of(new ArticleEventMention("a1", new EventMention(span("told"), "tell", EventWordClass.VERB,
                        new EventDating(DatingBasis.TIME_EXPRESSION, Optional.of("2022-02-27"), Optional.of(span("Sunday"))),
                        Optional.empty()))));
        Claim claim = new Claim("c1", "Israel will not be able to mediate between Russia and Ukraine", List.of("e2"),
                List.of(new ClaimReport("a1", "The Jerusalem Post", Stance.REPORTED, quote,
                        List.of(new AttributionLink("The Jerusalem Post", Optional.empty(), Optional.empty()),
                                new AttributionLink("Michael Brodsky", Optional.of("e1"), Optional.of(new Evidence("a1", span("Michael Brodsky"))))))),
                Coverage.EXCLUSIVE);
        Evidence window = new Evidence("a1", span("There is no window of opportunity for talks"));
        Claim detail = new Claim("c2", "There is no window of opportunity for talks", List.of(),
                List.of(new ClaimReport("a1", "The Jerusalem Post", Stance.REPORTED, window,
                        List.of(new AttributionLink("The Jerusalem Post", Optional.empty(), Optional.empty())))),
                Coverage.DETAIL);
        Story story = new Story("s1", "Israel can't mediate", List.of(quote), List.of("a1"), List.of("e1", "e2"), List.of("v1"),
                List.of(claim, detail), List.of("The Jerusalem Post", "Breitbart"));
        return new Analysis(List.of(analyzed), List.of(), List.of(), 1,
                new CrossArticle(List.of(resolvedBrodsky, resolvedIsrael), List.of(interview), List.of(story)));
    }
}
