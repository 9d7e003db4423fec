package dev.newsflow.enrich.split;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers to questions about one line, kept while a page is split on this thread. The layout, the reader and the
 * heading checks ask the same lines the same questions (does a byline close it, is it a byline line, does it open
 * an article). Each answer depends on the line's text alone, so the first is kept and given again; callers only
 * read what they are given. Lines are known by identity: the stages hand the same strings on, and a copy or a
 * joined line is simply asked anew. Outside a split (a test asking one function) nothing is kept. See decision 0028.
 */
final class LineMemo {

    /** The questions whose answers are kept: each is asked of most lines by more than one stage. */
    enum Question { TRAILING_BYLINE, BYLINE_LINE, OPENS_ARTICLE }

    private static final ThreadLocal<LineMemo> PAGE = new ThreadLocal<>();
    /** Stands for a null answer, which a map cannot hold apart from a missing one. */
    private static final Object NONE = new Object();

    private boolean active;
    @SuppressWarnings("unchecked")
    private final Map<String, Object>[] answers = new Map[Question.values().length];

    private LineMemo() {
        for (int q = 0; q < answers.length; q++) {
            answers[q] = new IdentityHashMap<>();
        }
    }

    /** The answer of {@code ask} for the line: kept from the first time it was asked during this page's split. */
    @SuppressWarnings("unchecked")
    static <T> T answer(Question question, String line, Function<String, T> ask) {
        LineMemo memo = PAGE.get();
        if (memo == null || !memo.active) {
            return ask.apply(line);
        }
        Map<String, Object> known = memo.answers[question.ordinal()];
        Object answer = known.get(line);
        if (answer == null) {
            T asked = ask.apply(line);
            known.put(line, asked == null ? NONE : asked);
            return asked;
        }
        return answer == NONE ? null : (T) answer;
    }

    /** Splits one page with answers kept for it, and forgets them after. */
    static <R> R during(Supplier<R> split) {
        LineMemo memo = PAGE.get();
        if (memo == null) {
            memo = new LineMemo();
            PAGE.set(memo);
        } else if (memo.active) {
            return split.get();
        }
        memo.active = true;
        try {
            return split.get();
        } finally {
            memo.active = false;
            for (Map<String, Object> known : memo.answers) {
                known.clear();
            }
        }
    }
}
