package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {

    private static LocalDate first(String text) {
        return WrittenDates.findAll(text).get(0).date();
    }

    @Test
    void readsGermanMonthNamesAndNumerals() {
        assertThat(first("Veröffentlicht am 18. Oktober 2019 um 14:30")).isEqualTo(LocalDate.of(2019, 10, 18));
        assertThat(first("Dienstag, 3. März 2020")).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(first("1. Dez. 2021")).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(first("Stand: 25.01.2022, 10:12 Uhr")).isEqualTo(LocalDate.of(2022, 1, 25));
        assertThat(first("18.10.19")).isEqualTo(LocalDate.of(2019, 10, 18));
    }

    @Test
    void readsEnglishAndIsoDates() {
        assertThat(first("Posted on October 18th, 2019")).isEqualTo(LocalDate.of(2019, 10, 18));
        assertThat(first("18 Oct 2019")).isEqualTo(LocalDate.of(2019, 10, 18));
        assertThat(first("2019-10-18T08:00")).isEqualTo(LocalDate.of(2019, 10, 18));
        assertThat(first("2019/10/18")).isEqualTo(LocalDate.of(2019, 10, 18));
    }

    @Test
    void readsFullMonthNamesOfOtherLanguagesOfSavedPages() {
        assertThat(first("lundi 9 décembre 2019 à 09h08")).isEqualTo(LocalDate.of(2019, 12, 9));
        assertThat(first("le 1er septembre 2009")).isEqualTo(LocalDate.of(2009, 9, 1));
        assertThat(first("martes 17 de marzo de 2020")).isEqualTo(LocalDate.of(2020, 3, 17));
        assertThat(first("28 luglio 2020")).isEqualTo(LocalDate.of(2020, 7, 28));
        assertThat(first("21 de Agosto de 2020")).isEqualTo(LocalDate.of(2020, 8, 21));
        assertThat(first("14 mei 2020")).isEqualTo(LocalDate.of(2020, 5, 14));
        assertThat(first("duminică, 20 septembrie 2020 16:20")).isEqualTo(LocalDate.of(2020, 9, 20));
        assertThat(first("Sept. 4, 2020")).isEqualTo(LocalDate.of(2020, 9, 4));
        // a word that starts like a month is none: "Marsch", "Junior"
        assertThat(WrittenDates.findAll("Marsch 12 2020, Junior 3 2019")).isEmpty();
    }

    @Test
    void readsSlashedDatesOnlyWhereDayAndMonthCannotBeConfused() {
        assertThat(first("10/23/2019")).isEqualTo(LocalDate.of(2019, 10, 23));
        assertThat(first("23/10/2019")).isEqualTo(LocalDate.of(2019, 10, 23));
        assertThat(WrittenDates.findAll("10/11/2019")).isEmpty();
    }

    @Test
    void leavesOutWhatIsNoFullDate() {
        assertThat(WrittenDates.findAll("18. Oktober")).isEmpty();
        assertThat(WrittenDates.findAll("version 1.2.3, 31.02.2019, 123.10.2019, 1980-01-01")).isEmpty();
        assertThat(WrittenDates.findAll("© 2019")).isEmpty();
    }

    @Test
    void findsEveryDateInTextOrder() {
        assertThat(WrittenDates.findAll("Erstellt 1.2.2020, aktualisiert am 3. Februar 2020"))
                .extracting(WrittenDates.Found::date)
                .containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 3));
    }
}
