package dev.newsflow.enrich.topology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsflow.schemas.Amount;
import dev.newsflow.schemas.DateMention;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;

/**
 * Articles continued across pages ((下转第2版) … (上接第1版)): which fragments belong together, and the
 * stitched article. Pure.
 */
public final class Stories {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final int MAX_KEYWORDS = 10;
    private static final int LEAD_CHARS = 200;

    private Stories() {
    }

    /** A start fragment: continued on another page. */
    public static boolean isStart(EnrichedArticle a) {
        return a.getContinuedTo() != null;
    }

    /** A continuation fragment: continued from another page. */
    public static boolean isContinuation(EnrichedArticle a) {
        return a.getContinuedFrom() != null;
    }

    /** The page number the article's last part was printed on. */
    static Integer lastPage(EnrichedArticle a) {
        List<PageRef> pages = a.getPages();
        return pages.isEmpty() ? a.getPage().getNumber() : pages.get(pages.size() - 1).getNumber();
    }

    /** Whether {@code cont} may continue {@code start}: same edition, the pages point at each other. */
    public static boolean mayContinue(EnrichedArticle start, EnrichedArticle cont) {
        return isStart(start) && isContinuation(cont)
                && Objects.equals(start.getPage().getPaper(), cont.getPage().getPaper())
                && Objects.equals(start.getPage().getDate(), cont.getPage().getDate())
                && Objects.equals(start.getContinuedTo(), cont.getPage().getNumber())
                && Objects.equals(cont.getContinuedFrom(), lastPage(start));
    }

    /**
     * How well a continuation fits a start, 0..1: the character-bigram overlap of the continuation's own
     * headline (a jump head repeats the words of the original) or lead with the start's headline and lead.
     */
    public static double affinity(EnrichedArticle start, EnrichedArticle cont) {
        String startWords = headline(start.getHeadline()) + lead(start.getText());
        String contWords = cont.getHeadline() != null ? headline(cont.getHeadline()) : lead(cont.getText());
        return dice(bigrams(startWords), bigrams(contWords));
    }

    /**
     * The start and its continuation as one article: the start's id, headline, page and kind; the texts joined
     * with a paragraph break; offsets of the continuation's entities, dates and amounts moved accordingly;
     * every page listed; bylines and keywords of both.
     */
    public static EnrichedArticle stitch(EnrichedArticle start, EnrichedArticle cont) {
        String text = start.getText() + "\n" + cont.getText();
        int shift = start.getText().codePointCount(0, start.getText().length()) + 1;

        List<PageRef> pages = new ArrayList<>(start.getPages().isEmpty() ? List.of(start.getPage()) : start.getPages());
        pages.addAll(cont.getPages().isEmpty() ? List.of(cont.getPage()) : cont.getPages());
        List<Entity> entities = new ArrayList<>(start.getEntities());
        for (Entity e : cont.getEntities()) {
            entities.add(Entity.newBuilder(e).setStart(e.getStart() + shift).setEnd(e.getEnd() + shift).build());
        }
        List<DateMention> dates = new ArrayList<>(start.getDates());
        for (DateMention d : cont.getDates()) {
            dates.add(DateMention.newBuilder(d).setStart(d.getStart() + shift).setEnd(d.getEnd() + shift).build());
        }
        List<Amount> amounts = new ArrayList<>(start.getAmounts());
        for (Amount m : cont.getAmounts()) {
            amounts.add(Amount.newBuilder(m).setStart(m.getStart() + shift).setEnd(m.getEnd() + shift).build());
        }
        return EnrichedArticle.newBuilder(start)
                .setPages(pages)
                .setText(text)
                .setParagraphs(concat(start.getParagraphs(), cont.getParagraphs()))
                .setSentences(concat(start.getSentences(), cont.getSentences()))
                .setWords(concat(start.getWords(), cont.getWords()))
                .setBylines(union(start.getBylines(), cont.getBylines(), Integer.MAX_VALUE))
                .setKeywords(union(start.getKeywords(), cont.getKeywords(), MAX_KEYWORDS))
                .setEntities(entities)
                .setDates(dates)
                .setAmounts(amounts)
                .setContinuedTo(cont.getContinuedTo())
                .build();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> union(List<String> a, List<String> b, int max) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all.stream().limit(max).toList();
    }

    private static String headline(Headline h) {
        if (h == null) {
            return "";
        }
        return (h.getKicker() == null ? "" : h.getKicker()) + (h.getTitle() == null ? "" : h.getTitle())
                + (h.getSubtitle() == null ? "" : h.getSubtitle());
    }

    private static String lead(String text) {
        return text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new LinkedHashSet<>();
        String t = WHITESPACE.matcher(s).replaceAll("");
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : b) {
            if (a.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
