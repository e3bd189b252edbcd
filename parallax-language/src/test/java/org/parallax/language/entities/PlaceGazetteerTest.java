package org.parallax.language.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

class PlaceGazetteerTest {

    @Test
    void countriesComeFirstThenTheWrittenListThenTheKbpGazetteer() {
        assertThat(PlaceGazetteer.type("Georgia")).contains(EntityType.COUNTRY);
        assertThat(PlaceGazetteer.type("the United States")).contains(EntityType.COUNTRY);
        assertThat(PlaceGazetteer.type("New York")).contains(EntityType.CITY);
        assertThat(PlaceGazetteer.type("WASHINGTON")).contains(EntityType.CITY);
        assertThat(PlaceGazetteer.type("Calif.")).contains(EntityType.STATE_OR_PROVINCE);
        assertThat(PlaceGazetteer.type("Tulsa")).contains(EntityType.CITY);
        assertThat(PlaceGazetteer.type("Essex")).contains(EntityType.STATE_OR_PROVINCE);
    }

    @Test
    void regionsAndUnknownNamesAreNoCityOrState() {
        assertThat(PlaceGazetteer.type("Asia")).isEmpty();
        assertThat(PlaceGazetteer.type("Middle East")).isEmpty();
        assertThat(PlaceGazetteer.type("Donbas")).isEmpty();
        assertThat(PlaceGazetteer.type("Crimea")).isEmpty();
        assertThat(PlaceGazetteer.isStateOrProvince("Georgia")).isTrue();
    }
}
