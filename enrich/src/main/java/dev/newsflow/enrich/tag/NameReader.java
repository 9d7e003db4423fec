package dev.newsflow.enrich.tag;

import java.util.List;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import dev.newsflow.enrich.segment.Token;

/**
 * Reads a name out of the segmenter's tokens at a given place, putting back together what the segmenter cut apart:
 * Chinese names broken into pieces (信/长/星), a surname or a last character cut off (梅/方权, 陈伊/玲), transliterated
 * names in pieces (普里/马科夫) or across the middle dot (奥利/弗/·/沃尔拉特). It says where a name is, not whether
 * it is one: that is {@link PersonEvidence}'s. Pure apart from the lexicon and HanLP's dictionaries.
 */
final class NameReader {

    /** A Chinese name has at most three characters (a surname of one, a given name of two) unless double-barrelled. */
    private static final int MAX_CHINESE_NAME = 3;
    /** A transliterated name of more characters is a phrase the segmenter tagged wrongly. */
    private static final int MAX_TRANSLITERATION = 10;
    /** Han characters after a middle dot that still belong to the name (沃尔拉特); more is the sentence going on. */
    private static final int MAX_AFTER_DOT = 8;
    /** A piece of a transliterated name the segmenter split off is this short. */
    private static final int MAX_PIECE = 3;
    /** A word this long or longer is a phrase, not a piece of a name joined across a dot. */
    private static final int MAX_NAME_PIECE = 8;
    /** A character at least as likely to end a given name as not (HanLP's role D) may be put back onto one. */
    private static final double ENDS_GIVEN_NAME = 0.5;

    private final Lexicon lexicon;

    NameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The name starting at token j: a recognized person word, a foreign name, or Han characters shaped like a name. */
    NameSpan after(List<Token> toks, String text, int j) {
        if (j >= toks.size()) {
            return null;
        }
        NameSpan foreign = foreignAround(toks, text, j, true);
        if (foreign != null) {
            return foreign;
        }
        Token t = toks.get(j);
        if (isTransliterated(t, t.text())) {
            return transliteration(toks, j);
        }
        if (t.pos().startsWith("nr") && lexicon.looksLikeChineseName(t.text()) && endsName(toks, j + 1)) {
            return repaired(toks, text, j);
        }
        return brokenAfter(toks, j);
    }

    /** The segmenter broke the name up (信/长/星, 华安/东): 2-3 characters made of short pieces, from token j. */
    private NameSpan brokenAfter(List<Token> toks, int j) {
        NameSpan best = null;
        int end = j;
        StringBuilder s = new StringBuilder();
        boolean place = false;
        while (end < toks.size() && s.length() < MAX_CHINESE_NAME) {
            Token p = toks.get(end);
            if ((s.isEmpty() && opensNoName(p)) || endsPieces(p, s.length())) {
                break;
            }
            place |= p.pos().startsWith("ns");
            s.append(p.text());
            end++;
            String candidate = s.toString();
            if (candidate.length() >= 2 && lexicon.looksLikeChineseName(candidate) && endsName(toks, end)
                    && !Senses.isOrdinaryWord(candidate) && !(place && candidate.length() < MAX_CHINESE_NAME)) {
                best = new NameSpan(toks.get(j).start(), toks.get(end - 1).end(), end - 1);
            }
        }
        return best;
    }

    /** A verb, a word with no surname, or a place the dictionary knows (江苏/行) opens no name; 华安/东 may. */
    private boolean opensNoName(Token p) {
        return p.pos().startsWith("v") || lexicon.surnameLength(p.text()) == 0
                || (p.pos().startsWith("ns") && p.text().length() >= 2 && Senses.isOrdinaryWord(p.text()));
    }

    /** A token that is no piece of a broken name after {@code have} characters of it. */
    private boolean endsPieces(Token p, int have) {
        if (PosTags.isHardStop(p) || lexicon.isTitle(p) || p.text().length() > 2 || isInstitutionTag(p.pos())) {
            return true;
        }
        return !p.text().codePoints().allMatch(Lexicon::isHan)
                || (p.text().length() == 2 && have > 0 && !p.pos().startsWith("n"));
    }

    private static boolean isInstitutionTag(String pos) {
        return pos.equals("nis") || pos.startsWith("nt");
    }

    /** The name ending at token j, written before a title (吴萍局长, 习近平总书记). */
    NameSpan before(List<Token> toks, String text, int j) {
        if (j < 0) {
            return null;
        }
        Token t = toks.get(j);
        if (t.text().contains("·") || (j > 0 && toks.get(j - 1).text().equals("·"))) {
            NameSpan foreign = foreignAround(toks, text, j, true);
            if (foreign != null && foreign.lastToken() == j) {
                return foreign;
            }
        }
        if (isTransliterated(t, t.text())) {
            return transliteration(toks, j);
        }
        if (t.pos().startsWith("nr") && lexicon.looksLikeChineseName(t.text())) {
            return repaired(toks, text, j);
        }
        return brokenBefore(toks, text, j);
    }

    /** Single characters back from token j (吴/萍), up to three, after a boundary, shaped like a name. */
    private NameSpan brokenBefore(List<Token> toks, String text, int j) {
        int start = j;
        int length = 0;
        while (start >= 0 && length < MAX_CHINESE_NAME && !stopsNameBefore(toks.get(start))) {
            length += toks.get(start).text().length();
            start--;
        }
        int first = start + 1;
        if (first > j) {
            return null;
        }
        int from = toks.get(first).start();
        String s = text.substring(from, toks.get(j).end());
        boolean boundary = first == 0 || boundaryBeforeName(toks.get(first - 1));
        return boundary && s.length() >= 2 && lexicon.looksLikeChineseName(s) ? new NameSpan(from, toks.get(j).end(), j)
                : null;
    }

    private boolean stopsNameBefore(Token p) {
        String pos = p.pos();
        return PosTags.isHardStop(p) || lexicon.isTitle(p) || p.text().length() > 1 || pos.equals("nis")
                || PosTags.startsWithAny(pos, "ns", "v");
    }

    private boolean boundaryBeforeName(Token before) {
        return PosTags.isHardStop(before) || lexicon.isTitle(before) || before.pos().equals("nis")
                || before.pos().startsWith("v");
    }

    /**
     * Whether what follows token index {@code k} can end a name: punctuation, a particle, a preposition, a verb,
     * any word of two or more characters, the end. A lone character of another kind (东, 萍) more likely
     * belongs to the name.
     */
    boolean endsName(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return true;
        }
        Token n = toks.get(k);
        if (n.text().length() >= 2 || PosTags.isHardStop(n) || PersonEvidence.isPersonVerb(n.text())) {
            return true;
        }
        return PosTags.closesName(n.pos());
    }

    /**
     * A transliterated name around token j, joined across the middle dot (奥利/弗/·/沃尔拉特): Han pieces on
     * both sides of a dot, at least one of them tagged as a (foreign) person name.
     */
    NameSpan foreignAround(List<Token> toks, String text, int j, boolean titled) {
        int from = titled || toks.get(j).pos().equals("nrf") ? j : firstPiece(toks, j);
        Token t = toks.get(from);
        if (Lexicon.looksLikeForeignName(t.text())) {
            return new NameSpan(t.start(), t.end(), from);
        }
        int dot = dotAfter(toks, from);
        if (dot < 0 || dot == from || dot + 1 >= toks.size()) {
            return null;
        }
        int last = lastPieceAfterDot(toks, dot);
        if (last == dot) {
            return null;
        }
        boolean tagged = titled;
        for (int k = from; k <= last; k++) {
            tagged |= toks.get(k).pos().startsWith("nr");
        }
        String s = text.substring(t.start(), toks.get(last).end());
        return tagged && Lexicon.looksLikeForeignName(s) ? new NameSpan(t.start(), toks.get(last).end(), last) : null;
    }

    /** Back from j over the one-character pieces of the first part the segmenter split off (托/拉/尔夫). */
    private static int firstPiece(List<Token> toks, int j) {
        int first = j;
        while (first > 0 && toks.get(first - 1).text().length() == 1 && isNamePiece(toks.get(first - 1))
                && !PosTags.isHardStop(toks.get(first - 1))) {
            first--;
        }
        return first;
    }

    /** The index of a middle dot within three pieces after j, or -1 (also when something else comes first). */
    private static int dotAfter(List<Token> toks, int j) {
        for (int k = j; k < toks.size() && k <= j + MAX_PIECE; k++) {
            if (isDot(toks.get(k))) {
                return k;
            }
            if (!isNamePiece(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** The last token of the name's part after the dot (further dots included); {@code dot} when there is none. */
    private static int lastPieceAfterDot(List<Token> toks, int dot) {
        int last = dot;
        int right = 0;
        for (int k = dot + 1; k < toks.size() && right < MAX_AFTER_DOT; k++) {
            Token p = toks.get(k);
            if (isDot(p) && k + 1 < toks.size()) {
                last = k;
                continue;
            }
            if (!isNamePiece(p) || (right > 0 && p.text().length() >= 2 && !p.pos().startsWith("nr"))) {
                break;
            }
            right += p.text().length();
            last = k;
        }
        return last;
    }

    private static boolean isDot(Token t) {
        return t.text().equals("·") || t.text().equals("•");
    }

    private static boolean isNamePiece(Token t) {
        return t.text().codePoints().allMatch(Lexicon::isHan) && t.text().length() <= MAX_NAME_PIECE
                && !t.pos().equals("nnt") && !t.pos().equals("nis");
    }

    /**
     * A name the segmenter recognized as transliterated (克林顿, 基里延科, 若斯潘): Han characters only, and no
     * ordinary word of the dictionary.
     */
    static boolean isTransliterated(Token t, String s) {
        return t.pos().equals("nrf") && s.length() >= 2 && s.length() <= MAX_TRANSLITERATION
                && s.codePoints().allMatch(Lexicon::isHan) && !Senses.isOrdinaryWord(s);
    }

    /**
     * The transliterated name around token j, with the pieces the segmenter cut off it on either side
     * (普里/马科夫, 费尔南/德斯): adjacent short words made only of characters transliterations use.
     */
    NameSpan transliteration(List<Token> toks, int j) {
        int first = j;
        int last = j;
        int length = toks.get(j).text().length();
        while (first > 0 && length < MAX_TRANSLITERATION && isTransliterationPiece(toks.get(first - 1))
                && toks.get(first - 1).end() == toks.get(first).start()) {
            length += toks.get(--first).text().length();
        }
        while (last + 1 < toks.size() && length < MAX_TRANSLITERATION && isTransliterationPiece(toks.get(last + 1))
                && toks.get(last).end() == toks.get(last + 1).start()) {
            length += toks.get(++last).text().length();
        }
        return new NameSpan(toks.get(first).start(), toks.get(last).end(), last);
    }

    /** Every character one that transliterations use (阿斯利, 柯诺威): a foreign brand or name, not a Chinese name. */
    static boolean readsAsTransliteration(String s) {
        return s.chars().allMatch(c -> TranslatedPersonDictionary.containsKey(String.valueOf((char) c)));
    }

    private boolean isTransliterationPiece(Token t) {
        if (t.text().length() > MAX_PIECE || stopsTransliteration(t.pos()) || lexicon.isTitle(t)
                || (t.text().length() >= 2 && Senses.isOrdinaryWord(t.text()))) {
            return false;
        }
        return readsAsTransliteration(t.text());
    }

    /** Verbs, adverbs, numerals, measure words, places, organizations and the like are no piece of a name. */
    private static boolean stopsTransliteration(String pos) {
        return PosTags.HARD_STOPS.contains(pos) || PosTags.startsWithAny(pos, "v", "d", "m", "q", "ns", "nt")
                || pos.equals("b") || pos.equals("nis");
    }

    /**
     * The name at the segmenter's person word i, with a character it cut off put back when the whole reads
     * more like a name: the surname before it (梅/方权 → 梅方权, 张/孝华 → 张孝华) or the last character of
     * the given name after it (陈伊/玲 → 陈伊玲, 果永/毅 → 果永毅).
     */
    NameSpan repaired(List<Token> toks, String text, int i) {
        Token t = toks.get(i);
        if (surnameCutOffBefore(toks, i)) {
            return new NameSpan(toks.get(i - 1).start(), t.end(), i);
        }
        if (lastCharacterCutOffAfter(toks, i)) {
            return new NameSpan(t.start(), toks.get(i + 1).end(), i + 1);
        }
        return new NameSpan(t.start(), t.end(), i);
    }

    /** 梅/方权: a lone surname before the person word, and the whole reads more like a name than the word alone. */
    private boolean surnameCutOffBefore(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.text();
        if (i == 0 || w.length() > 2) {
            return false;
        }
        Token before = toks.get(i - 1);
        String merged = before.text() + w;
        boolean cutOff = isLoneCharacterNextTo(before, before.end() == t.start()) && !before.pos().startsWith("nr")
                && lexicon.surnameLength(merged) == 1 && (i < 2 || PosTags.startsAfter(toks.get(i - 2)));
        double whole = NameModel.likelihood(merged);
        return cutOff && whole >= NameModel.PLAUSIBLE
                && (lexicon.surnameLength(w) == 0 || whole > NameModel.likelihood(w));
    }

    /** 陈伊/玲: a lone character after a two-character person word that commonly ends given names. */
    private boolean lastCharacterCutOffAfter(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (i + 1 >= toks.size() || t.text().length() != 2) {
            return false;
        }
        Token after = toks.get(i + 1);
        return isLoneCharacterNextTo(after, after.start() == t.end())
                && !PosTags.startsWithAny(after.pos(), "p", "c", "u", "q", "m")
                && NameModel.probability(after.text().charAt(0), NR.D) >= ENDS_GIVEN_NAME
                && NameModel.likelihood(t.text() + after.text()) >= NameModel.PLAUSIBLE && endsName(toks, i + 2);
    }

    /** One character, touching the name, neither punctuation-like nor a verb. */
    private static boolean isLoneCharacterNextTo(Token t, boolean touching) {
        return t.text().length() == 1 && touching && !PosTags.isHardStop(t) && !t.pos().startsWith("v");
    }
}
