package org.parallax.evaluation.ecbplus;

import java.util.Locale;

/**
 * The type of an ECB+ markable, the tag name it has in the XML (ECB+ annotation guidelines,
 * Cybulska &amp; Vossen 2014, technical report NWR-2014-1): actions (events), negated actions,
 * participants, places and times, plus the corpus's {@code UNKNOWN_INSTANCE_TAG}.
 */
public enum MarkableType {
    ACTION_OCCURRENCE, ACTION_PERCEPTION, ACTION_REPORTING, ACTION_ASPECTUAL, ACTION_STATE, ACTION_CAUSATIVE,
    ACTION_GENERIC,
    NEG_ACTION_OCCURRENCE, NEG_ACTION_PERCEPTION, NEG_ACTION_REPORTING, NEG_ACTION_ASPECTUAL, NEG_ACTION_STATE,
    NEG_ACTION_CAUSATIVE, NEG_ACTION_GENERIC,
    HUMAN_PART, HUMAN_PART_PER, HUMAN_PART_ORG, HUMAN_PART_GPE, HUMAN_PART_FAC, HUMAN_PART_VEH, HUMAN_PART_MET,
    HUMAN_PART_GENERIC,
    NON_HUMAN_PART, NON_HUMAN_PART_GENERIC,
    LOC_GEO, LOC_FAC, LOC_OTHER,
    TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION, TIME_REPETITION,
    UNKNOWN_INSTANCE_TAG;

    /** An event mention: an action or a negated action. */
    public boolean isEvent() {
        return name().startsWith("ACTION_") || name().startsWith("NEG_ACTION_");
    }

    /** A participant: a person, organisation, other human participant, or a thing. */
    public boolean isParticipant() {
        return name().startsWith("HUMAN_PART") || name().startsWith("NON_HUMAN_PART");
    }

    public boolean isLocation() {
        return name().startsWith("LOC_");
    }

    public boolean isTime() {
        return name().startsWith("TIME_");
    }

    /** The type of a tag name, or an exception naming it when ECB+ has no such type. */
    static MarkableType ofTag(String tag) {
        try {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ECB+ markable type: " + tag, e);
        }
    }
}
