/**
 * Mentions, entities and roles within one article: the tagger's named-entity spans repaired by
 * general rules, grouped into entities by how their names compare (surnames, possessives and
 * transliteration variants included, people sharing a surname kept apart), and the titles the
 * text gives people where it names them. {@link org.parallax.language.entities.EntityStage} is the
 * stage; {@link org.parallax.language.entities.DescriptionResolver} maps a description such as
 * "the ambassador" to an entity for the quote stage.
 */
package org.parallax.language.entities;
