package dev.newsflow.enrich.tag;

import java.util.Set;

import dev.newsflow.enrich.segment.Token;

/** HanLP's part-of-speech tags as the person rules read them: what ends a name, what may stand before one. */
final class PosTags {

    /** Parts of speech that end a name or a title phrase: punctuation, prepositions, conjunctions, particles. */
    static final Set<String> HARD_STOPS = Set.of("w", "p", "c", "cc", "ude1", "ude2", "ude3", "udeng", "ule",
            "uzhe", "uguo", "uls", "usuo", "uyy", "udh", "uzhi", "y", "e", "o");
    /** Measure words, numerals and pronouns of one character that close a name rather than belong to it. */
    private static final Set<String> CLOSING_SINGLES = Set.of("q", "qt", "rr", "m");

    private PosTags() {
    }

    static boolean isHardStop(Token t) {
        return HARD_STOPS.contains(t.pos());
    }

    /** Whether the tag starts with one of the prefixes (v matches v, vn, vi, …). */
    static boolean startsWithAny(String pos, String... prefixes) {
        for (String p : prefixes) {
            if (pos.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** A word of a kind that no name runs on into: a verb, an adverb, a preposition, a conjunction, a particle. */
    static boolean isFunctionOrVerb(String pos) {
        return startsWithAny(pos, "v", "d", "p", "c", "u");
    }

    /** A lone word of this kind after a name closes it (a measure word, a numeral, a personal pronoun). */
    static boolean closesName(String pos) {
        return isFunctionOrVerb(pos) || CLOSING_SINGLES.contains(pos);
    }

    /**
     * A word a name may start right after: any word of two characters or more, or a lone one that cannot belong to the
     * name (因|时因地 and 盛合晶|微 are cases where it does).
     */
    static boolean startsAfter(Token before) {
        String pos = before.pos();
        return before.text().length() >= 2 || HARD_STOPS.contains(pos) || isFunctionOrVerb(pos) || pos.equals("m")
                || pos.equals("q");
    }

    static boolean isCoordinator(Token t) {
        return t.text().equals("、") || t.text().equals("和") || t.text().equals("与") || t.text().equals("及");
    }
}
