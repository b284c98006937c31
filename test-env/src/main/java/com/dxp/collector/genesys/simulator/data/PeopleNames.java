package com.dxp.collector.genesys.simulator.data;

import java.util.List;
import java.util.SplittableRandom;

/** Small fixed lists of first and last names (German-flavoured, as in the reference samples) to draw people from. */
final class PeopleNames {

    static final List<String> FIRST = List.of("Erika", "Max", "Anna", "Jonas", "Lena", "Lukas", "Sophie", "Felix",
            "Marie", "Paul", "Laura", "Leon", "Hannah", "Tim", "Julia", "Jan", "Lea", "Niklas", "Sarah", "Moritz",
            "Katharina", "Tobias", "Johanna", "Florian", "Clara", "Sebastian", "Mia", "Daniel", "Emma", "Jürgen",
            "Sabine", "Stefan", "Petra", "Ahmet", "Elif", "Marco", "Giulia", "Piotr", "Agnieszka", "Ingrid");

    static final List<String> LAST = List.of("Beispiel", "Muster", "Müller", "Schmidt", "Schneider", "Fischer",
            "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter",
            "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
            "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Yilmaz", "Kaya", "Rossi", "Nowak",
            "Kowalski", "Jensen", "Berg", "Vogel");

    private PeopleNames() {
    }

    static String first(SplittableRandom random) {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    static String last(SplittableRandom random) {
        return LAST.get(random.nextInt(LAST.size()));
    }

    /** Lower-case ASCII form for e-mail addresses: umlauts spelled out, anything else dropped. */
    static String ascii(String name) {
        StringBuilder out = new StringBuilder(name.length() + 2);
        for (char ch : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            switch (ch) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                default -> {
                    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
