package dev.newsflow.enrich.tag;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How much a string reads like a Chinese personal name, from the statistics HanLP's person recognizer is built
 * on: for each character, how often the People's Daily corpus uses it as a surname (role B), as the first or
 * last character of a two-character given name (C, D) or as a one-character given name (E), against all its
 * uses around names. The likelihood is the geometric mean of the characters' role probabilities: 苗立杰 0.57,
 * 卢亮 0.73, but 时因地 0.09, 应助尽 0.07 (fragments of 因时因地, 应助尽助). Pure apart from the dictionary.
 */
final class NameModel {

    /** Above this, a name no context vouches for still reads as one (卢亮, 苗立杰, 路甬祥; not 易发期 0.34). */
    static final double PLAUSIBLE = 0.35;
    /** A name of two characters, whose one-character given name is nearly always a word too, must score this. */
    static final double CLEAR = 0.5;
    /**
     * How often a character must serve in given names for a two-character name to stand on it alone: 莉 997
     * times, 亮 3901, but 策 45 and 企 70 (施策, 房企), whose few uses in names say little.
     */
    static final int COMMON_IN_NAMES = 300;

    private NameModel() {
    }

    /** Geometric mean of P(role | character) over a surname of one character and a given name of one or two. */
    static double likelihood(String name) {
        if (name.length() < 2 || name.length() > 3) {
            return 0;
        }
        double p = probability(name.charAt(0), NR.B);
        if (name.length() == 2) {
            p *= probability(name.charAt(1), NR.E);
        } else {
            p *= probability(name.charAt(1), NR.C) * probability(name.charAt(2), NR.D);
        }
        return Math.pow(p, 1.0 / name.length());
    }

    /** How often the corpus uses c inside a given name (roles C, D, E). */
    static int givenNameUses(char c) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        return item == null ? 0 : item.getFrequency(NR.C) + item.getFrequency(NR.D) + item.getFrequency(NR.E);
    }

    /** P(role | c): how often c plays that role in a name, among all its uses around names. */
    static double probability(char c, NR role) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return 0;
        }
        int total = 0;
        for (int f : item.labelMap.values()) {
            total += f;
        }
        return total == 0 ? 0 : (double) item.getFrequency(role) / total;
    }
}
