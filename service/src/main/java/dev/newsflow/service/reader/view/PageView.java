package dev.newsflow.service.reader.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PageEntry;
import dev.newsflow.service.reader.text.PageSpans;
import dev.newsflow.service.reader.text.ShadedText;

/**
 * {@code /pages/{paper}/{date}/{page id}}: a page's articles in page order beside its raw text, each article's part of
 * the text shaded in the article's colour, furniture marked as such.
 */
public record PageView(String title, String paper, String date, String number, String file, String editionLink,
                       String previous, String next, List<Card> articles, List<Segment> text, boolean hasFurniture) {

    /** Colours the articles take in turn (classes {@code a0} … {@code a7} of the stylesheet). */
    static final int SHADES = 8;

    /** An article beside the text. */
    public record Card(int number, String shade, String textAnchor, String articleLink, String kicker,
                       String headlineTitle, String subtitle, String lead, List<String> bylines, String kind,
                       Continuations.Jump from, Continuations.Jump to, String storyLink) {
    }

    /** A piece of the raw text: its CSS classes, a tooltip, and an anchor on an article's first piece. */
    public record Segment(String text, String css, String label, String anchor) {
    }

    public static PageView of(String edition, RawPage page, List<EnrichedArticle> articles, EditionSummary summary,
                              List<EnrichedArticle> stories) {
        List<PageSpans.ArticleText> texts = articles.stream().map(PageView::searched).toList();
        List<ShadedText.Segment> shaded = ShadedText.of(page.getText(), PageSpans.locate(page.getText(), texts));
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            cards.add(card(edition, i, articles.get(i), summary, stories));
        }
        String title = Labels.paper(page.getPaper()) + " " + Labels.date(page.getEditionDate()) + " page "
                + Labels.page(page.getPageNumber());
        return new PageView(title, Labels.paper(page.getPaper()), Labels.date(page.getEditionDate()),
                Labels.page(page.getPageNumber()), page.getFileName(), ReaderLinks.edition(edition),
                neighbour(summary, page.getId(), -1), neighbour(summary, page.getId(), 1), cards,
                segments(shaded, articles),
                shaded.stream().anyMatch(s -> s.kind() == ShadedText.Kind.FURNITURE));
    }

    /** What of an article is looked for in the page's text. */
    static PageSpans.ArticleText searched(EnrichedArticle a) {
        Headline h = a.getHeadline();
        List<String> lines = h == null ? List.of()
                : Stream.of(h.getKicker(), h.getTitle(), h.getSubtitle())
                        .filter(l -> l != null && !l.isBlank()).toList();
        return new PageSpans.ArticleText(lines, a.getParagraphs(), a.getBylines());
    }

    private static Card card(String edition, int i, EnrichedArticle a, EditionSummary summary,
                             List<EnrichedArticle> stories) {
        Headline h = a.getHeadline();
        EnrichedArticle story = Continuations.storyOf(a, stories);
        return new Card(i + 1, "a" + i % SHADES, "t" + i, ReaderLinks.article(edition, a.getId()),
                h == null ? null : h.getKicker(), h == null ? null : h.getTitle(), h == null ? null : h.getSubtitle(),
                h == null ? Labels.lead(a.getText()) : null, a.getBylines(), a.getKind().name(),
                Continuations.from(a, summary), Continuations.to(a, summary),
                story == null ? null : ReaderLinks.story(edition, story.getId()));
    }

    private static List<Segment> segments(List<ShadedText.Segment> shaded, List<EnrichedArticle> articles) {
        List<Segment> out = new ArrayList<>();
        boolean[] anchored = new boolean[articles.size()];
        for (ShadedText.Segment s : shaded) {
            if (s.article() < 0) {
                boolean furniture = s.kind() == ShadedText.Kind.FURNITURE;
                out.add(new Segment(s.text(), furniture ? "furniture" : null,
                        furniture ? "page furniture: in no article" : null, null));
                continue;
            }
            String anchor = anchored[s.article()] ? null : "t" + s.article();
            anchored[s.article()] = true;
            String css = "a" + s.article() % SHADES + " " + s.kind().name().toLowerCase(java.util.Locale.ROOT);
            out.add(new Segment(s.text(), css,
                    "article " + (s.article() + 1) + ": " + Labels.headline(articles.get(s.article())), anchor));
        }
        return out;
    }

    /** The link to the page before ({@code step} -1) or after (+1) this one in the edition, if it arrived. */
    private static String neighbour(EditionSummary summary, String pageId, int step) {
        if (summary == null) {
            return null;
        }
        List<PageEntry> received = summary.pages().stream().filter(PageEntry::received).toList();
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).id().equals(pageId)) {
                int j = i + step;
                return j < 0 || j >= received.size() ? null : ReaderLinks.page(summary.edition(), received.get(j).id());
            }
        }
        return null;
    }
}
