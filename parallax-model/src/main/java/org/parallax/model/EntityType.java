package org.parallax.model;

/**
 * The kinds of mentions the language layer finds: Stanford CoreNLP's named-entity classes, with
 * names spelled out. People, organisations and places become entities; the others are kept as
 * mentions only.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    CITY,
    STATE_OR_PROVINCE,
    COUNTRY,
    NATIONALITY,
    RELIGION,
    TITLE,
    IDEOLOGY,
    CRIMINAL_CHARGE,
    CAUSE_OF_DEATH,
    MISCELLANEOUS,
    MONEY,
    NUMBER,
    ORDINAL,
    PERCENT,
    EMAIL,
    URL,
    HANDLE;

    /** Whether mentions of this type name something the analysis tracks as an entity across mentions. */
    public boolean isEntity() {
        return switch (this) {
            case PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, MISCELLANEOUS -> true;
            default -> false;
        };
    }

    /** Whether this is a kind of place. */
    public boolean isPlace() {
        return this == LOCATION || this == CITY || this == STATE_OR_PROVINCE || this == COUNTRY;
    }
}
