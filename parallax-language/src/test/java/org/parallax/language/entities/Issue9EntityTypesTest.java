package org.parallax.language.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9: places get the type users expect (COUNTRY, CITY, STATE_OR_PROVINCE) from a gazetteer
 * lookup, nationalities are tagged, and products and weapons systems are not organisations.
 * Sentences in the style of wire reports; goldens one span per line.
 */
class Issue9EntityTypesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            countries-and-cities | Israel and Ukraine signed the agreement in Jerusalem on Monday, while officials in Kyiv and Moscow said talks with the United States would resume in Geneva.
            states               | The storm hit Atlanta, Georgia, on Tuesday before moving into South Carolina; the governor of Texas sent crews to Florida and the Canadian province of Ontario offered help.
            georgia-the-country  | Georgia and Armenia both border Turkey, and Tbilisi has asked the European Union for closer ties.
            nationalities        | Israeli officials said Ukrainian and Russian negotiators met in Istanbul, and several Palestinians were wounded.
            products             | The Pegasus spyware made by NSO Group was found on phones in Spain. Israel's Iron Dome system intercepted most of the rockets, and Iron Dome batteries were moved north.
            """)
    void placesNationalitiesAndProductsGetTheirTypes(String name, String text) {
        String rendered = EntityAnalysis.render(EntityAnalysis.analyze("issue9-" + name, text));
        EntityAnalysis.assertGolden(rendered, "issue9/" + name + ".entities.txt");
    }
}
