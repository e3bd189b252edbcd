package org.parallax.language.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9: places get the type users expect (COUNTRY, CITY, STATE_OR_PROVINCE) from a gazetteer
 * lookup, nationalities are tagged, and products and weapons systems are not organisations.
 * Sentences in the style of wire reports, and sentences from real news (the {@code polnear-} ones,
 * from PolNeAR's training articles: Washington Post and New York Times, 2016); goldens one span per line.
 */
class Issue9EntityTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            countries-and-cities | Israel and Ukraine signed the agreement in Jerusalem on Monday, while officials in Kyiv and Moscow said talks with the United States would resume in Geneva.
            states               | The storm hit Atlanta, Georgia, on Tuesday before moving into South Carolina; the governor of Texas sent crews to Florida and the Canadian province of Ontario offered help.
            georgia-the-country  | Georgia and Armenia both border Turkey, and Tbilisi has asked the European Union for closer ties.
            nationalities        | Israeli officials said Ukrainian and Russian negotiators met in Istanbul, and several Palestinians were wounded.
            products             | The Pegasus spyware made by NSO Group was found on phones in Spain. Israel's Iron Dome system intercepted most of the rockets, and Iron Dome batteries were moved north.
            polnear-states       | His rival, Hillary Clinton, captured Virginia, Georgia, Arkansas, Alabama, Texas and Tennessee.
            polnear-city-state   | Clinton spent Sunday speaking at an African American church in Oakland, Calif., and seeking to shore up support among younger Latino voters.
            polnear-tehran       | Robert A. Levinson, a C.I.A. contractor who disappeared in Iran in 2007, was not part of the swap; Iran insists it does not know his whereabouts. And Siamak Namazi, an Iranian-American businessman arrested in Tehran in October, was not part of the exchange.
            """)
    void placesNationalitiesAndProductsGetTheirTypes(String name, String text) {
        String rendered = EntityAnalysis.render(EntityAnalysis.analyze("issue9-" + name, text));
        EntityAnalysis.assertGolden(rendered, "issue9/" + name + ".entities.txt");
    }
}
