package org.parallax.crossarticle.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Capitals and seats of government that news text uses for a state's government ("Moscow warned",
 * "the Kremlin said", "relations between Kiev and Tel Aviv"), with the names of the state each
 * stands for. Hand-written: no well-kept library lists metonymic seats of government. It is small
 * on purpose; a name here is only a candidate, and {@link MetonymSupport} decides from the text
 * whether a given use is metonymic. Names are compared in {@link NameNormalizer} form.
 */
final class MetonymTable {

    private record Seat(List<String> seats, List<String> states) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat(List.of("Moscow", "Kremlin", "the Kremlin"), List.of("Russia", "Russian Federation")),
            new Seat(List.of("Jerusalem", "Tel Aviv"), List.of("Israel")),
            new Seat(List.of("Kyiv", "Kiev"), List.of("Ukraine")),
            new Seat(List.of("Washington", "White House", "the White House"),
                    List.of("United States", "US", "U.S.", "USA", "America", "United States of America")),
            new Seat(List.of("Beijing"), List.of("China", "People's Republic of China")),
            new Seat(List.of("London", "Downing Street", "Whitehall"),
                    List.of("United Kingdom", "Britain", "Great Britain", "UK", "U.K.")),
            new Seat(List.of("Paris", "Elysee", "Elysée"), List.of("France")),
            new Seat(List.of("Berlin"), List.of("Germany")),
            new Seat(List.of("Tehran"), List.of("Iran")),
            new Seat(List.of("Ankara"), List.of("Turkey", "Türkiye")),
            new Seat(List.of("Minsk"), List.of("Belarus")),
            new Seat(List.of("Warsaw"), List.of("Poland")),
            new Seat(List.of("Damascus"), List.of("Syria")),
            new Seat(List.of("Riyadh"), List.of("Saudi Arabia")),
            new Seat(List.of("Pyongyang"), List.of("North Korea")),
            new Seat(List.of("Seoul"), List.of("South Korea")),
            new Seat(List.of("Tokyo"), List.of("Japan")),
            new Seat(List.of("New Delhi"), List.of("India")),
            new Seat(List.of("Brussels"), List.of("European Union", "EU")));

    private static final Map<String, Integer> SEAT_INDEX = new HashMap<>();
    private static final Map<String, Integer> STATE_INDEX = new HashMap<>();

    static {
        for (int i = 0; i < SEATS.size(); i++) {
            for (String seat : SEATS.get(i).seats()) {
                SEAT_INDEX.put(NameNormalizer.normalize(seat, false), i);
            }
            for (String state : SEATS.get(i).states()) {
                STATE_INDEX.put(NameNormalizer.normalize(state, false), i);
            }
        }
    }

    private MetonymTable() {
    }

    /** The state a seat of government stands for, as an index into this table, by normalised name. */
    static Optional<Integer> seat(String normalizedName) {
        return Optional.ofNullable(SEAT_INDEX.get(normalizedName));
    }

    /** The state a normalised name names, as an index into this table. */
    static Optional<Integer> state(String normalizedName) {
        return Optional.ofNullable(STATE_INDEX.get(normalizedName));
    }

    /** Whether a normalised name is a seat or a state of this table. */
    static boolean isSeatOrState(String normalizedName) {
        return SEAT_INDEX.containsKey(normalizedName) || STATE_INDEX.containsKey(normalizedName);
    }

    static Set<String> seatNames() {
        return SEAT_INDEX.keySet();
    }
}
