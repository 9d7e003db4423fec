package dev.newsflow.enrich.split;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.newsflow.enrich.split.HeadlineAssigner.Candidate;
import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/**
 * Splits the text of one newspaper page into articles the way an editor reads the page.
 *
 * <ol>
 *   <li>Lines are grouped into blocks at blank lines; the layout is "columns" (hard breaks every dozen or
 *       so characters) or "flowing" (a paragraph per line).</li>
 *   <li>Page furniture (imprints, legal notices, prices, page headers) is set aside.</li>
 *   <li>The rest is read in order. Openers (本报讯, agency datelines, （上接第N版）) start an article; a byline
 *       or a （下转第N版） ends one; body text after an ended article starts a new one. Headline-like blocks
 *       (short, unpunctuated) between articles form zones; inside a running article they are sub-headings,
 *       unless only headlines follow them up to the next opener. Lines wrapped by the column are joined,
 *       also across blank lines that fall in the middle of a sentence.</li>
 *   <li>{@link HeadlineAssigner} gives the zones' headlines to their articles.</li>
 * </ol>
 * Pure: the same text always splits the same way.
 */
public final class PageSplitter {

    private static final int FLOWING_LINE_WIDTH = 36;
    private static final int MAX_HEADLINE_LINES = 6;
    private static final int MAX_HEADLINE_CHARS = 90;
    private static final int LEAD_CHARS = 300;
    private static final Pattern OBITUARY = Pattern.compile("逝世|病逝|辞世|讣告|与世长辞");
    private static final Pattern OBITUARY_BODY = Pattern.compile("享年|遗体|告别仪式|火化|追悼会");
    private static final Pattern NOTICE = Pattern.compile("公告|启事|通告|声明|招聘|招标|通知$");

    public SplitPage split(String pageText) {
        List<Block> blocks = blocks(pageText);
        boolean flowing = isFlowing(blocks);
        markFurniture(blocks);
        Reader reader = new Reader(blocks, flowing);
        reader.read();
        return reader.finish();
    }

    // ---- blocks and layout ----

    /** Lines between blank lines. */
    private static final class Block {
        final List<String> lines;
        boolean furniture;
        private String text;
        /** isHeadlineLike of the lines, read as columns [0] and as flowing text [1]; null until asked. */
        private final Boolean[] headlineLike = new Boolean[2];

        Block(List<String> lines) {
            this.lines = lines;
        }

        String text() {
            if (text == null) {
                text = String.join("\n", lines);
            }
            return text;
        }

        /** {@link PageSplitter#isHeadlineLike}, asked of a block many times as the page is read: answered once. */
        boolean isHeadlineLike(boolean flowing) {
            int k = flowing ? 1 : 0;
            if (headlineLike[k] == null) {
                headlineLike[k] = PageSplitter.isHeadlineLike(lines, flowing);
            }
            return headlineLike[k];
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = Text.tidy(raw);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current));
        }
        return blocks;
    }

    /** Flowing when most of the text stands in lines wider than any newspaper column. */
    private static boolean isFlowing(List<Block> blocks) {
        double wide = 0;
        double all = 0;
        for (Block b : blocks) {
            for (String line : b.lines) {
                double w = Text.width(line);
                all += w;
                if (w > FLOWING_LINE_WIDTH) {
                    wide += w;
                }
            }
        }
        return all > 0 && wide >= all / 2;
    }

    /**
     * Furniture blocks, then the short blocks among them (section labels such as 联系我们, a masthead such as
     * the paper's name just above its imprint). A block right after a sentence cut in the middle is body text.
     */
    private static void markFurniture(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean afterCutSentence = i > 0 && !blocks.get(i - 1).furniture && endsMidSentence(blocks.get(i - 1));
            b.furniture = Furniture.isFurnitureBlock(b.lines) && !afterCutSentence;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.furniture || b.lines.size() > 2 || Text.endsSentence(b.text())) {
                    continue;
                }
                int chars = Text.contentLength(b.text());
                boolean before = i > 0 && blocks.get(i - 1).furniture;
                boolean after = i + 1 < blocks.size() && blocks.get(i + 1).furniture;
                if ((before && after && chars <= 12) || (after && chars <= 6) || (before && i == blocks.size() - 1 && chars <= 12)) {
                    b.furniture = true;
                    changed = true;
                }
            }
        }
    }

    private static boolean endsMidSentence(Block b) {
        String last = b.lines.get(b.lines.size() - 1);
        return !Text.endsSentence(last) && Bylines.trailing(last).isEmpty() && !b.isHeadlineLike(false);
    }

    /** Short, unpunctuated lines that could be a headline (or a sub-heading). */
    static boolean isHeadlineLike(List<String> lines, boolean flowing) {
        if (lines.size() > MAX_HEADLINE_LINES) {
            return false;
        }
        int chars = 0;
        for (String line : lines) {
            // counted no further than the most a headline has: a paragraph is ruled out after a line's worth
            chars += Text.contentLength(line, MAX_HEADLINE_CHARS + 1 - chars);
            if (chars > MAX_HEADLINE_CHARS) {
                return false;
            }
        }
        if (chars < 2) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Markers.opensArticle(line) || Bylines.trailing(line).isPresent() || Furniture.isEditorLine(line)) {
                return false;
            }
            if (Text.width(line) > 75) {
                return false;
            }
            boolean last = i == lines.size() - 1;
            if (Text.endsClause(line) || (Text.endsSentence(line) && !(last && endsExclamationOrQuestion(line)))) {
                return false;
            }
            if (line.contains("。")) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsExclamationOrQuestion(String line) {
        char c = Text.lastMeaningful(line);
        return c == '！' || c == '？' || c == '!' || c == '?';
    }

    // ---- reading the page ----

    /** An article being read. */
    private static final class Draft {
        final List<String> paragraphs = new ArrayList<>();
        final List<String> bylines = new ArrayList<>();
        final Deque<Double> recentWidths = new ArrayDeque<>();
        final boolean opener;
        Integer continuedFrom;
        Integer continuedTo;
        StringBuilder paragraph = new StringBuilder();
        String lastLine;
        boolean closed;

        Draft(boolean opener) {
            this.opener = opener;
        }

        boolean isEmpty() {
            return paragraphs.isEmpty() && paragraph.isEmpty();
        }

        void endParagraph() {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph = new StringBuilder();
            }
        }

        /** Adds a line, joining it to the open paragraph unless that paragraph has visibly ended. */
        void addLine(String line, boolean afterBlank, boolean flowing) {
            if (paragraph.isEmpty()) {
                paragraph.append(line);
            } else if (Text.endsSentence(lastLine) && (flowing || afterBlank || isShort(lastLine))) {
                endParagraph();
                paragraph.append(line);
            } else {
                Text.appendWrapped(paragraph, line);
            }
            lastLine = line;
            recentWidths.addLast(Text.width(line));
            if (recentWidths.size() > 6) {
                recentWidths.removeFirst();
            }
        }

        /** The open paragraph ended a sentence: what follows may start a new paragraph or a sub-heading. */
        boolean atParagraphEnd() {
            return paragraph.isEmpty() || (lastLine != null && Text.endsSentence(lastLine));
        }

        /**
         * One or two lines, the last visibly shorter than the column: a block of full-width lines after a
         * finished sentence is the next paragraph cut by a column break, not a sub-heading.
         */
        boolean isSubheadingShape(List<String> lines, boolean flowingLayout) {
            if (lines.size() > 2) {
                return false;
            }
            return flowingLayout || isShort(lines.get(lines.size() - 1));
        }

        /** A sub-heading inside the article: a paragraph of its own, and the next line starts another. */
        void addSubheading(String text) {
            endParagraph();
            paragraphs.add(text);
            lastLine = null;
        }

        /** Visibly shorter than the column it is set in. */
        private boolean isShort(String line) {
            double max = recentWidths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return Text.width(line) < max - 1.5;
        }

        String body() {
            List<String> all = new ArrayList<>(paragraphs);
            if (!paragraph.isEmpty()) {
                all.add(paragraph.toString());
            }
            return String.join("\n", all);
        }
    }

    private static final class Reader {
        final List<Block> blocks;
        final boolean flowing;
        final List<Draft> drafts = new ArrayList<>();
        final List<List<ZoneLine>> zones = new ArrayList<>();
        final List<String> furniture = new ArrayList<>();
        Draft open;

        Reader(List<Block> blocks, boolean flowing) {
            this.blocks = blocks;
            this.flowing = flowing;
            zones.add(new ArrayList<>());
        }

        void read() {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block.furniture) {
                    furniture.add(block.text());
                } else if (block.isHeadlineLike(flowing) && (open == null || onlyHeadlinesUntilOpener(i))) {
                    close();
                    for (int j = 0; j < block.lines.size(); j++) {
                        currentZone().add(new ZoneLine(block.lines.get(j), j == 0));
                    }
                } else if (open != null && block.isHeadlineLike(flowing) && open.atParagraphEnd()
                        && open.isSubheadingShape(block.lines, flowing)) {
                    open.addSubheading(String.join("", block.lines));
                } else {
                    readBody(block);
                }
            }
            close();
        }

        /** From block i on, only headline-like blocks (or furniture) until an opener or the end of the page. */
        private boolean onlyHeadlinesUntilOpener(int i) {
            for (int j = i + 1; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                if (b.furniture) {
                    continue;
                }
                if (Markers.opensArticle(b.lines.get(0))) {
                    return true;
                }
                if (!b.isHeadlineLike(flowing)) {
                    return false;
                }
            }
            return true;
        }

        private void readBody(Block block) {
            for (int j = 0; j < block.lines.size(); j++) {
                String line = block.lines.get(j);
                boolean afterBlank = j == 0;
                if (Furniture.isEditorLine(line)) {
                    furniture.add(line);
                    continue;
                }
                Optional<Bylines.Trailing> byline = Bylines.trailing(line);
                if (byline.isPresent() && byline.get().rest().isEmpty()) {
                    creditLast(byline.get().names());
                    continue;
                }
                Integer from = Markers.continuedFrom(line);
                if (Markers.opensArticle(line)) {
                    close();
                    open = new Draft(true);
                    open.continuedFrom = from;
                    drafts.add(open);
                    zones.add(new ArrayList<>());
                    if (from != null) {
                        line = line.replaceFirst("^[（(][^）)]*[）)]\\s*", "");
                        if (line.isEmpty()) {
                            continue;
                        }
                    }
                } else if (open == null) {
                    open = new Draft(false);
                    drafts.add(open);
                    zones.add(new ArrayList<>());
                }
                String text = byline.map(Bylines.Trailing::rest).orElse(line);
                Integer to = Markers.continuedTo(text);
                if (to != null) {
                    text = Markers.stripContinuedTo(text);
                }
                if (!text.isEmpty()) {
                    open.addLine(text, afterBlank, flowing);
                }
                if (byline.isPresent()) {
                    open.bylines.addAll(byline.get().names());
                    close();
                } else if (to != null) {
                    open.continuedTo = to;
                    close();
                }
            }
        }

        /** A byline on a line of its own credits the article it ends. */
        private void creditLast(List<String> names) {
            Draft target = open != null ? open : (drafts.isEmpty() ? null : drafts.get(drafts.size() - 1));
            if (target != null && target.bylines.isEmpty() && currentZone().isEmpty()) {
                target.bylines.addAll(names);
                close();
            }
        }

        private void close() {
            if (open != null) {
                open.endParagraph();
                open.closed = true;
                open = null;
            }
        }

        private List<ZoneLine> currentZone() {
            return zones.get(zones.size() - 1);
        }

        SplitPage finish() {
            // a draft with no text (a lone opener) is no article; its zone merges into the next
            List<Draft> kept = new ArrayList<>();
            List<List<ZoneLine>> keptZones = new ArrayList<>();
            keptZones.add(new ArrayList<>(zones.get(0)));
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.paragraphs.isEmpty()) {
                    keptZones.get(keptZones.size() - 1).addAll(zones.get(i + 1));
                    continue;
                }
                kept.add(d);
                keptZones.add(new ArrayList<>(zones.get(i + 1)));
            }
            List<Candidate> candidates = kept.stream()
                    .map(d -> new Candidate(Markers.withoutOpeners(d.body()), d.body(), d.opener,
                            innerSubheadings(d.paragraphs)))
                    .toList();
            HeadlineAssigner.Result assigned = new HeadlineAssigner(candidates, keptZones).assign();
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                Draft d = kept.get(i);
                List<String> paragraphs = new ArrayList<>(assigned.subheadings().get(i));
                paragraphs.addAll(d.paragraphs);
                Headline headline = HeadlineBuilder.build(assigned.headlines().get(i), candidates.get(i).lead());
                Article article = new Article(i, headline, d.bylines, paragraphs, ArticleKind.NEWS,
                        d.continuedFrom, d.continuedTo);
                articles.add(article.withKind(kind(article, d.opener, !assigned.subheadings().get(i).isEmpty())));
            }
            return new SplitPage(articles, furniture, assigned.orphans(), flowing ? "flowing" : "columns");
        }
    }

    // ---- kinds ----

    static ArticleKind kind(Article a, boolean opener, boolean hasSubheadings) {
        String headline = a.headline() == null ? "" : a.headline().text();
        String body = a.text();
        String lead = body.length() > LEAD_CHARS ? body.substring(0, LEAD_CHARS) : body;
        if (a.continuedFrom() != null) {
            return ArticleKind.CONTINUATION;
        }
        if ((OBITUARY.matcher(headline).find() || OBITUARY.matcher(lead).find()) && OBITUARY_BODY.matcher(body).find()) {
            return ArticleKind.OBITUARY;
        }
        if (NOTICE.matcher(headline).find()) {
            return ArticleKind.NOTICE;
        }
        int chars = Text.contentLength(body);
        if (!opener && (hasSubheadings || chars >= 1200 || hasInnerSubheadings(a.paragraphs()))) {
            return ArticleKind.FEATURE;
        }
        if (chars < 200) {
            return ArticleKind.BRIEF;
        }
        return ArticleKind.NEWS;
    }

    private static boolean hasInnerSubheadings(List<String> paragraphs) {
        return paragraphs.stream().skip(1).anyMatch(p -> isHeadlineLike(List.of(p), true));
    }

    /** Paragraphs after the first that read as headlines: the sub-headings of a feature. */
    static List<String> innerSubheadings(List<String> paragraphs) {
        return paragraphs.stream().skip(1).filter(p -> isHeadlineLike(List.of(p), true)).toList();
    }
}
