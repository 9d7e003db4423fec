package dev.newsflow.enrich.tag;

import java.util.List;
import java.util.Set;

import dev.newsflow.enrich.segment.Token;

/**
 * Reads the title phrase that ends with a title word (市委书记, 上海外国语大学党委书记, 市委常委、常务副市长): the words of the
 * title and of its organization, back to punctuation, a verb or a preposition. Pure apart from the lexicon.
 */
final class TitleReader {

    /** Longer runs are not one title but a sentence that ends in one. */
    private static final int MAX_TITLE_CHARS = 30;
    /** A word longer than this is no part of a title phrase. */
    private static final int MAX_PART_CHARS = 8;
    /** Tags of words a title phrase is made of, beside nouns (n…): 副, 常务, 党委, 省, 一级, 二级, 中. */
    private static final Set<String> TITLE_PART_TAGS = Set.of("b", "a", "vn", "j", "gi", "m", "x");

    private final Lexicon lexicon;

    TitleReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The title phrase ending with the title word at token i; titles chained with 、 are one phrase
     * (市委常委、常务副市长). A named organization at its head is split off (上海外国语大学 | 党委书记).
     */
    TitlePhrase endingAt(List<Token> toks, String text, int i) {
        int first = firstToken(toks, text, i);
        String phrase = text.substring(toks.get(first).start(), toks.get(i).end());
        if (hasChain(toks, first, i)) {
            return TitlePhrase.bare(phrase, first);
        }
        // the organization is the phrase up to an institution word with a proper name in it
        boolean proper = false;
        for (int k = first; k < i; k++) {
            Token t = toks.get(k);
            proper |= isProper(t);
            if (proper && isInstitution(t) && !isProper(toks.get(k + 1))) {
                int orgStart = toks.get(first).start();
                int orgEnd = t.end();
                return new TitlePhrase(text.substring(toks.get(k + 1).start(), toks.get(i).end()), first,
                        text.substring(orgStart, orgEnd), orgStart, orgEnd);
            }
        }
        return TitlePhrase.bare(phrase, first);
    }

    /** The first token of the phrase: one run of words (本报讯 | 市委书记), each a part of a title. */
    private int firstToken(List<Token> toks, String text, int i) {
        int first = i;
        for (int k = i - 1; k >= 0; k--) {
            Token t = toks.get(k);
            if (text.substring(t.start(), toks.get(i).end()).length() > MAX_TITLE_CHARS
                    || t.end() != toks.get(k + 1).start()) {
                break;
            }
            if (t.text().equals("、") && k > 0 && lexicon.isTitle(toks.get(k - 1))) {
                first = k - 1;
                k--;
                continue;
            }
            if (!isTitlePart(t)) {
                break;
            }
            first = k;
        }
        return first;
    }

    private static boolean hasChain(List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (toks.get(k).text().equals("、")) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitlePart(Token t) {
        String pos = t.pos();
        if (pos.startsWith("nr") || PosTags.isHardStop(t) || t.text().length() > MAX_PART_CHARS) {
            return false;
        }
        return pos.startsWith("n") || TITLE_PART_TAGS.contains(pos) || (pos.equals("f") && t.text().length() > 1)
                || lexicon.isTitle(t);
    }

    static boolean isProper(Token t) {
        String pos = t.pos();
        return pos.startsWith("ns") || pos.equals("nz") || pos.equals("nx") || pos.startsWith("nt")
                || pos.equals("nrf");
    }

    private static boolean isInstitution(Token t) {
        String pos = t.pos();
        if (pos.equals("nis") || pos.startsWith("nt")) {
            return true;
        }
        String w = t.text();
        return w.length() >= 2 && (w.endsWith("公司") || w.endsWith("集团") || w.endsWith("大学") || w.endsWith("中心")
                || "行局院部委厅办所司会社校馆团".indexOf(w.charAt(w.length() - 1)) >= 0);
    }
}
