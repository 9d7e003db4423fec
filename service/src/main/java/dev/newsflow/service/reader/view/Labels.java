package dev.newsflow.service.reader.view;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Headline;

/** How the views name things that may be unknown. */
public final class Labels {

    /** How much of the body stands for the headline of an article without one. */
    static final int LEAD_CHARS = 40;

    private Labels() {
    }

    public static String paper(String paper) {
        return paper == null ? "(unknown paper)" : paper;
    }

    public static String date(String date) {
        return date == null ? "(no date)" : date;
    }

    public static String page(Integer number) {
        return number == null ? "?" : String.valueOf(number);
    }

    /** An article's headline as one line, or the start of its body, marked as such, when it has none. */
    public static String headline(EnrichedArticle a) {
        Headline h = a.getHeadline();
        if (h != null) {
            for (String line : new String[] {h.getTitle(), h.getKicker(), h.getSubtitle()}) {
                if (line != null && !line.isBlank()) {
                    return line;
                }
            }
        }
        return "(no headline) " + lead(a.getText());
    }

    /** The start of a text, cut at {@link #LEAD_CHARS} characters. */
    public static String lead(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > LEAD_CHARS ? line.substring(0, LEAD_CHARS) + "…" : line;
    }
}
