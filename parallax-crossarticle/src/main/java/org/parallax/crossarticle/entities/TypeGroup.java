package org.parallax.crossarticle.entities;

import org.parallax.model.EntityType;

/**
 * Which entity types may name the same thing across articles: a person only with a person; any
 * kind of place with any other (the language layer types "Kyiv" CITY and "Israel" COUNTRY where its
 * gazetteer knows the name, LOCATION where it does not, and older analyses say LOCATION throughout);
 * an organisation with an organisation or a miscellaneous name (newspapers and agencies are tagged
 * either way, and products and weapons systems, MISCELLANEOUS, are often tagged organisations).
 */
enum TypeGroup {
    PERSON,
    PLACE,
    ORGANIZATION,
    /** Types that are not tracked as entities: such names only merge with the very same type. */
    OTHER;

    static TypeGroup of(EntityType type) {
        if (type == EntityType.PERSON) {
            return PERSON;
        }
        if (type.isPlace()) {
            return PLACE;
        }
        return type.isEntity() ? ORGANIZATION : OTHER;
    }

    /** Whether names of these two types may name the same thing. */
    static boolean compatible(EntityType a, EntityType b) {
        TypeGroup group = of(a);
        return group == of(b) && (group != OTHER || a == b);
    }
}
