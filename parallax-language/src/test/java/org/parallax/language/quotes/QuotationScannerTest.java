package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

    @Test
    void curlyAndStraightQuotesArePaired() {
        String text = "Koren said: “Exactly as you described it.” Korniychuk said Israel is \"one of the most prominent\".";
        List<Quotation> found = QuotationScanner.scan(text);
        assertThat(found).extracting(quotation -> quotation.inner().coveredText(text))
                .containsExactly("Exactly as you described it.", "one of the most prominent");
    }

    @Test
    void paragraphOpeningWithoutClosingContinuesInTheNextOpeningParagraph() {
        String text = "“We are in touch with all sides.\n\n“When it is needed, we will talk.”\n\nNext.";
        List<Quotation> found = QuotationScanner.scan(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).inner().coveredText(text)).startsWith("We are in touch").endsWith("we will talk.");
    }

    @Test
    void unclosedQuotationEndsWithItsParagraph() {
        String text = "He said: “There is no window of opportunity\n\nTalks resumed.";
        List<Quotation> found = QuotationScanner.scan(text);
        assertThat(found).singleElement().satisfies(quotation -> {
            assertThat(quotation.inner().coveredText(text)).isEqualTo("There is no window of opportunity");
            assertThat(quotation.closed()).isFalse();
        });
    }

    @Test
    void nestedQuotesOfTheOtherStyleStayInside() {
        String text = "\"I read the question: “Do you think so?” Forty-three, yes.\" he said.";
        assertThat(QuotationScanner.scan(text)).singleElement()
                .satisfies(quotation -> assertThat(quotation.inner().coveredText(text)).contains("Do you think so?"));
    }

    @Test
    void twoApostrophesAreQuotationMarksAsInPlainTextNews() {
        String text = "''It does give an advantage to serious candidates,'' Mr. Gingrich said. ``We will see.'' "
                + "The Patriots' and the Giants' fans cheered.";
        List<Quotation> found = QuotationScanner.scan(text);
        assertThat(found).extracting(quotation -> quotation.inner().coveredText(text))
                .containsExactly("It does give an advantage to serious candidates,", "We will see.");
        assertThat(found.get(0).outer().coveredText(text)).startsWith("''").endsWith(",''");
    }

    @Test
    void aThirdApostropheClosesANestedSingleQuoteFirst() {
        String text = "''He told me, 'Leave aside the unpleasantness,''' Starr said.";
        assertThat(QuotationScanner.scan(text)).singleElement().satisfies(quotation ->
                assertThat(quotation.inner().coveredText(text)).isEqualTo("He told me, 'Leave aside the unpleasantness,'"));
    }

    @Test
    void twoApostrophesContinueAQuotationIntoTheNextParagraph() {
        String text = "''We are in touch with all sides.\n\n''When it is needed, we will talk.''\n\nNext.";
        assertThat(QuotationScanner.scan(text)).singleElement().satisfies(quotation ->
                assertThat(quotation.inner().coveredText(text)).startsWith("We are in touch").endsWith("we will talk."));
    }
}
