package dev.newsflow.enrich.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages printed in traditional characters (papers of Hong Kong, Macao and Taiwan; some mainland supplements). The
 * splitter's marks are written in simplified characters (本报讯, 记者, 责任编辑), so such a page is read through a
 * copy mapped character by character to simplified ones, of the same length, and every text the split gives back is
 * put back into the characters the page printed: nothing the page says is changed.
 *
 * <p>The character map is HanLP's traditional-to-simplified table (its entries of one character each); phrases are
 * not needed, as each mark is recognised character by character.
 */
final class TraditionalScript {

    /** HanLP's table of traditional characters and phrases with their simplified forms, a {@code 繁=简} pair a line. */
    private static final String TABLE = "/data/dictionary/tc/t2s.txt";
    /**
     * Share of a page's Han characters that must be traditional-only for the page to be read as traditional: such
     * characters (們, 這, 為, 說, 報, 記) make a fifth of a traditional text and almost none of a simplified one, where
     * only a few (乾, 瞭, 著) stand in words of their own.
     */
    private static final double MIN_SHARE = 0.05;
    /** The simplified character of each traditional one, 0 where it has none of its own. */
    private static volatile char[] map;

    private TraditionalScript() {
    }

    /** Characters of a page read to tell its script: a few paragraphs tell it as well as the whole page. */
    private static final int SAMPLE_CHARS = 2000;

    /** The page is printed in traditional characters. */
    static boolean isTraditional(String page) {
        char[] m = map();
        int han = 0;
        int traditional = 0;
        for (int i = 0, n = Math.min(page.length(), SAMPLE_CHARS); i < n; i++) {
            char c = page.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                han++;
                traditional += m[c] != 0 ? 1 : 0;
            }
        }
        return han > 0 && traditional >= han * MIN_SHARE;
    }

    /** The page with each traditional character replaced by its simplified one: of the same length, line for line. */
    static String simplified(String page) {
        char[] m = map();
        char[] out = page.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (m[out[i]] != 0) {
                out[i] = m[out[i]];
            }
        }
        return new String(out);
    }

    /**
     * The split of the simplified copy with its texts in the characters the page printed: each text is found in the
     * copy (spaces aside) and read back from the same places of the page.
     */
    static SplitPage restore(SplitPage split, String page, String copy) {
        Restorer r = new Restorer(page, copy);
        List<Article> articles = new ArrayList<>();
        for (Article a : split.articles()) {
            Headline h = a.headline() == null ? null
                    : new Headline(r.text(a.headline().kicker()), r.text(a.headline().title()),
                    r.text(a.headline().subtitle()));
            articles.add(new Article(a.position(), h, r.texts(a.bylines()), r.texts(a.paragraphs()), a.kind(),
                    a.continuedFrom(), a.continuedTo()));
        }
        return new SplitPage(articles, r.texts(split.furniture()), r.texts(split.orphans()), split.layout(),
                split.doubts());
    }

    /** Reads texts of the copy back from the page. */
    private static final class Restorer {
        /** Marks a simplified character the page printed as two different ones. */
        private static final char AMBIGUOUS = '\uffff';
        /** The page's characters without whitespace, and the copy's, place for place. */
        private final String printed;
        private final String mapped;
        /** For each character of the copy, the one the page printed in its place, where that is always the same. */
        private final char[] printedFor = new char[Character.MAX_VALUE + 1];

        Restorer(String page, String copy) {
            this.printed = withoutSpace(page);
            this.mapped = withoutSpace(copy);
            for (int i = 0; i < mapped.length(); i++) {
                char c = mapped.charAt(i);
                char p = printed.charAt(i);
                printedFor[c] = printedFor[c] == 0 || printedFor[c] == p ? p : AMBIGUOUS;
            }
        }

        List<String> texts(List<String> texts) {
            return texts.stream().map(this::text).toList();
        }

        /**
         * The text as printed: from the place of the copy that holds it whole, else (a text put together from parts,
         * around a line of furniture) character by character, where the page printed the character one way only.
         */
        String text(String text) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            int at = mapped.indexOf(withoutSpace(text));
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    out.append(c);
                } else if (at >= 0) {
                    out.append(printed.charAt(at++));
                } else {
                    char p = printedFor[c];
                    out.append(p == 0 || p == AMBIGUOUS ? c : p);
                }
            }
            return out.toString();
        }

        /** The text without whitespace, the ideographic space (U+3000) among it; a no-break space is kept. */
        private static String withoutSpace(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c)) {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }

    private static char[] map() {
        char[] m = map;
        if (m == null) {
            m = load();
            map = m;
        }
        return m;
    }

    /** The table's pairs of one character each, both in the basic plane. */
    private static char[] load() {
        char[] m = new char[Character.MAX_VALUE + 1];
        try (InputStream in = TraditionalScript.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return m;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (eq == 1 && line.length() == 3 && line.charAt(0) != line.charAt(2)) {
                    m[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + TABLE, e);
        }
        return m;
    }
}
