package dev.newsflow.enrich.tag;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * What HanLP's dictionaries say of a word: its parts of speech and how often the corpus used it as each. The
 * recognizers ask whether a word is an ordinary word (施策), a known place, mostly a verb (组织), or mostly an
 * organization (现代 is mostly "modern").
 */
final class Senses {

    private final CoreDictionary.Attribute attribute;

    private Senses(CoreDictionary.Attribute attribute) {
        this.attribute = attribute;
    }

    /** The senses the core dictionary lists for a word (none when it does not know it). */
    static Senses of(String word) {
        return new Senses(CoreDictionary.get(word));
    }

    /** The senses of the core dictionary, or else of the custom dictionary (where the regional places are). */
    static Senses ofAnyDictionary(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return new Senses(a != null ? a : CustomDictionary.get(word));
    }

    boolean known() {
        return attribute != null && attribute.nature.length > 0;
    }

    /** Some sense's tag starts with the prefix (ns: a place). */
    boolean any(String prefix) {
        if (attribute == null) {
            return false;
        }
        for (int k = 0; k < attribute.nature.length; k++) {
            if (attribute.nature[k].toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Every sense's tag starts with the prefix; false for an unknown word. */
    boolean only(String prefix) {
        if (!known()) {
            return false;
        }
        for (int k = 0; k < attribute.nature.length; k++) {
            if (!attribute.nature[k].toString().startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The corpus frequency of the senses whose tag starts with the prefix, over all of the word's uses. */
    double share(String prefix) {
        if (attribute == null || attribute.totalFrequency == 0) {
            return 0;
        }
        int f = 0;
        for (int k = 0; k < attribute.nature.length; k++) {
            if (attribute.nature[k].toString().startsWith(prefix)) {
                f += attribute.frequency[k];
            }
        }
        return (double) f / attribute.totalFrequency;
    }

    /** The most frequent sense is exactly this tag (ties count). */
    boolean mostly(String tag) {
        if (!known()) {
            return false;
        }
        int most = 0;
        int of = 0;
        for (int k = 0; k < attribute.nature.length; k++) {
            most = Math.max(most, attribute.frequency[k]);
            if (attribute.nature[k].toString().equals(tag)) {
                of = attribute.frequency[k];
            }
        }
        return of > 0 && of == most;
    }

    /** A word of the dictionary with no sense of a person's name (施策, 文旅). */
    static boolean isOrdinaryWord(String word) {
        Senses s = of(word);
        return s.attribute != null && !s.any("nr");
    }
}
