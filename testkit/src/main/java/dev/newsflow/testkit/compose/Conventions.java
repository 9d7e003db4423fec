package dev.newsflow.testkit.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * How one composed page is printed and extracted: the conventions of a paper (where headlines and bylines
 * stand, what furniture it prints) and of the PDF extraction (column width, where blank lines fall).
 *
 * @param columnWidth        characters per body line (em), 0 for flowing text (a paragraph per line)
 * @param columnHeight       lines per column: the extraction may put a blank line at each column break
 * @param blankAtColumnBreak chance of a blank line at a column break, which falls inside a sentence
 * @param blankAfterParagraph chance of a blank line after a paragraph
 * @param indent             paragraphs' first lines indented (two ideographic spaces)
 * @param placement          where headlines stand relative to their articles
 * @param headlineLines      how a headline's kicker, title and subtitle are broken into lines
 * @param headlineWidth      width at which headline lines wrap, for {@link HeadlineLines#WRAPPED}
 * @param blankAroundHeadline chance of a blank line before and after a headline block
 * @param bylines            where reporters are credited; {@link BylineStyle#MIXED}: each article its own way
 * @param extras             furniture and body devices this page prints
 */
public record Conventions(int columnWidth, int columnHeight, double blankAtColumnBreak, double blankAfterParagraph,
                          boolean indent, Placement placement, HeadlineLines headlineLines, int headlineWidth,
                          double blankAroundHeadline, BylineStyle bylines, Extras extras) {

    /** Where headlines stand. */
    public enum Placement {
        /** Headline above its article. */
        BEFORE,
        /** Headline below its article (the extraction read the headline block after the body). */
        AFTER,
        /** The headlines of two or three articles stacked after the last of them. */
        STACKED_AFTER
    }

    /** How a headline's parts are put on lines. */
    public enum HeadlineLines {
        /** Kicker, title and subtitle on one line, separated by spaces. */
        ONE_LINE,
        /** Each part on a line of its own. */
        PART_PER_LINE,
        /** Each part on lines of its own, wrapped at the headline width. */
        WRAPPED
    }

    /** Where an article's reporters are credited. */
    public enum BylineStyle {
        /** 本报记者  X  Y on a line of its own before the body. */
        LINE_BEFORE,
        /** 记者 X 通讯员 Y on a line of its own before the body. */
        LINE_WITH_CORRESPONDENT,
        /** In brackets after the dateline: 本报讯（记者 X）, 新华社北京…电（记者 X）. */
        IN_DATELINE,
        /** In brackets after the last sentence: （X Y）. */
        TRAILING,
        /** A dateline opening the body (本报讯) and the names in brackets after the last sentence, as city dailies. */
        DATELINE_AND_TRAILING,
        /** No reporter credited. */
        NONE,
        /** Each article one of the others. */
        MIXED
    }

    /**
     * Furniture and devices of a page.
     *
     * @param editionLine    an edition line (paper, date, page) at the top or bottom
     * @param editorLine     a 责任编辑 line at the bottom
     * @param pictureCredits picture credits (X摄, X绘) between articles
     * @param summaries      ■ summary paragraphs opening some articles
     * @param editorsNote    an 编者按 opening an article
     * @param briefs         a run of briefs of two sentences
     * @param continuations  an article continued to another page, one continued from another
     */
    public record Extras(boolean editionLine, boolean editorLine, boolean pictureCredits, boolean summaries,
                         boolean editorsNote, boolean briefs, boolean continuations) {
    }

    /** Conventions drawn at random, each dimension on its own, from the ranges real pages show. */
    public static Conventions random(Random random) {
        boolean flowing = random.nextDouble() < 0.3;
        int width = flowing ? 0 : 8 + random.nextInt(19);
        Placement placement = pick(random, new double[] {0.6, 0.2, 0.2}, Placement.values());
        HeadlineLines lines = pick(random, new double[] {0.3, 0.4, 0.3}, HeadlineLines.values());
        BylineStyle bylines = pick(random, new double[] {0.15, 0.1, 0.15, 0.15, 0.15, 0.1, 0.2}, BylineStyle.values());
        Extras extras = new Extras(random.nextDouble() < 0.8, random.nextDouble() < 0.6, random.nextDouble() < 0.5,
                random.nextDouble() < 0.3, random.nextDouble() < 0.2, random.nextDouble() < 0.3,
                random.nextDouble() < 0.3);
        return new Conventions(width, 15 + random.nextInt(40), random.nextDouble() < 0.5 ? 0.9 : 0.3,
                flowing ? (random.nextBoolean() ? 1.0 : 0.0) : random.nextDouble() * 0.6, random.nextDouble() < 0.3,
                placement, lines, 10 + random.nextInt(20), random.nextDouble() < 0.8 ? 1.0 : 0.5, bylines, extras);
    }

    /** The conventions by name, as the gold files list them for reporting figures per convention. */
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("layout", columnWidth == 0 ? "flowing" : columnWidth <= 14 ? "columns-8-14" : "columns-15-26");
        tags.put("headlines", placement.name().toLowerCase(java.util.Locale.ROOT));
        tags.put("headline-lines", headlineLines.name().toLowerCase(java.util.Locale.ROOT));
        tags.put("bylines", bylines.name().toLowerCase(java.util.Locale.ROOT));
        tags.put("blank-around-headline", blankAroundHeadline >= 1 ? "always" : "sometimes");
        Map<String, Boolean> extra = new LinkedHashMap<>();
        extra.put("edition-line", extras.editionLine());
        extra.put("editor-line", extras.editorLine());
        extra.put("picture-credits", extras.pictureCredits());
        extra.put("summaries", extras.summaries());
        extra.put("editors-note", extras.editorsNote());
        extra.put("briefs", extras.briefs());
        extra.put("continuations", extras.continuations());
        extra.forEach((name, on) -> {
            if (on) {
                tags.put(name, "yes");
            }
        });
        return tags;
    }

    private static <T> T pick(Random random, double[] weights, T[] values) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
