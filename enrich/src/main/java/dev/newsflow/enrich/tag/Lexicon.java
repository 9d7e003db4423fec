package dev.newsflow.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsflow.enrich.segment.Token;

/**
 * The word lists newsflow ships (in {@code resources/dev/newsflow/enrich/tag}): heads of titles, Chinese
 * surnames and organizations known by a short name. Loaded once per process.
 */
final class Lexicon {

    static final Lexicon INSTANCE = new Lexicon();

    /** How many of the surnames (listed by frequency) count as frequent. */
    private static final int FREQUENT_SURNAMES = 100;
    private static final Pattern NAME_DOTS = Pattern.compile("[·•]");

    private final Set<String> titleHeads;
    private final int longestTitleHead;
    /** The last characters of the title heads: a word ending otherwise has none. */
    private final java.util.BitSet titleHeadEnds = new java.util.BitSet(Character.MAX_VALUE + 1);
    private final Set<String> surnames;
    private final Set<String> frequentSurnames;
    private final Set<String> organizations;

    private Lexicon() {
        titleHeads = new HashSet<>(read("titles.txt"));
        longestTitleHead = titleHeads.stream().mapToInt(String::length).max().orElse(0);
        titleHeads.forEach(h -> titleHeadEnds.set(h.charAt(h.length() - 1)));
        List<String> names = read("surnames.txt");
        surnames = Set.copyOf(names);
        frequentSurnames = new HashSet<>(names.subList(0, Math.min(FREQUENT_SURNAMES, names.size())));
        organizations = Set.copyOf(read("organizations.txt"));
    }

    private static List<String> read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A title word: tagged as one by the segmenter (nnt) or ending in a known title head (国防部长). */
    boolean isTitle(Token t) {
        if (t.pos().equals("nnt")) {
            return true;
        }
        if (t.pos().startsWith("v") || t.pos().startsWith("nr") || t.text().length() > 8) {
            return false;
        }
        return hasTitleHead(t.text());
    }

    /**
     * Token i ends a title: it is one, or it closes a title head the segmenter cut into pieces
     * (首席/财务/官 → 首席财务官).
     */
    boolean isTitleAt(List<Token> toks, int i) {
        if (isTitle(toks.get(i))) {
            return true;
        }
        if (!endsLikeATitleHead(toks.get(i).text())) {
            return false;
        }
        String s = toks.get(i).text();
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (toks.get(k).end() != toks.get(k + 1).start()) {
                return false;
            }
            if (s.length() + toks.get(k).text().length() > longestTitleHead) {
                return false; // longer than any head: so are the longer runs
            }
            s = toks.get(k).text().concat(s);
            if (titleHeads.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Ends in a title head of the shipped list (局长, 总书记, 首席执行官…). */
    boolean hasTitleHead(String word) {
        if (!endsLikeATitleHead(word)) {
            return false;
        }
        // every ending of the word up to the longest head, looked up: a set lookup each, not a scan of the list
        for (int k = Math.min(word.length(), longestTitleHead); k >= 1; k--) {
            if (titleHeads.contains(word.substring(word.length() - k))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsLikeATitleHead(String word) {
        return !word.isEmpty() && titleHeadEnds.get(word.charAt(word.length() - 1));
    }

    /** An organization known by this short name (国务院, 欧盟, 中科院). */
    boolean isOrganization(String word) {
        return organizations.contains(word);
    }

    /** The length of the surname {@code s} starts with: 2 for a compound surname, 1, or 0 for none. */
    int surnameLength(String s) {
        if (s.length() >= 2 && surnames.contains(s.substring(0, 2))) {
            return 2;
        }
        return !s.isEmpty() && surnames.contains(s.substring(0, 1)) ? 1 : 0;
    }

    boolean hasFrequentSurname(String s) {
        return !s.isEmpty() && frequentSurnames.contains(s.substring(0, 1));
    }

    /** Shaped like a Chinese personal name: a surname and a given name of one or two Han characters. */
    boolean looksLikeChineseName(String s) {
        int surname = surnameLength(s);
        int given = s.length() - surname;
        return surname > 0 && given >= 1 && given <= 2 && s.codePoints().allMatch(Lexicon::isHan);
    }

    /** A transliterated foreign name: Han parts joined by a middle dot (克里斯蒂安·布洛克). */
    static boolean looksLikeForeignName(String s) {
        String[] parts = NAME_DOTS.split(s, -1);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 8 || !p.codePoints().allMatch(Lexicon::isHan)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
