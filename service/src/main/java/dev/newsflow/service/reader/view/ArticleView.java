package dev.newsflow.service.reader.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.newsflow.schemas.Amount;
import dev.newsflow.schemas.DateMention;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.text.ArticleMarks;

/**
 * {@code /articles/…} and {@code /stories/…}: an article (or a stitched story, with every page it spans), its body
 * with persons, organizations, places, dates and amounts marked, its keywords and summary, and links to its people.
 */
public record ArticleView(String title, boolean story, String kicker, String headline, String subtitle,
                          List<String> bylines, String kind, String paper, String date, String editionLink,
                          List<PageLink> pages, List<Paragraph> paragraphs, List<PersonRow> people,
                          List<String> organizations, List<String> places, List<String> keywords, String summary,
                          Continuations.Jump from, Continuations.Jump to, String storyLink) {

    /** A page the article is printed on. */
    public record PageLink(String label, String target) {
    }

    /** A paragraph of the body. */
    public record Paragraph(List<Piece> pieces) {
    }

    /**
     * A piece of a paragraph: plain ({@code css} null) or marked, with a note (a title, a normalized value) shown on
     * hover, and for dates inline too; a person's piece links to the person.
     */
    public record Piece(String text, String css, String note, String link, String value) {
    }

    /** A person of the article, with the titles given there. */
    public record PersonRow(String name, String link, String titles) {
    }

    public static ArticleView of(String edition, EnrichedArticle a, boolean story, EditionSummary summary,
                                 List<EnrichedArticle> stories) {
        Headline h = a.getHeadline();
        EnrichedArticle whole = story ? null : Continuations.storyOf(a, stories);
        return new ArticleView(Labels.headline(a), story, h == null ? null : h.getKicker(),
                h == null ? "(no headline)" : h.getTitle(), h == null ? null : h.getSubtitle(), a.getBylines(),
                a.getKind().name(), Labels.paper(a.getPage().getPaper()), Labels.date(a.getPage().getDate()),
                ReaderLinks.edition(edition), pages(edition, a),
                ArticleMarks.layout(a.getText(), tags(a)).stream().map(ArticleView::paragraph).toList(), people(a),
                names(a, EntityType.ORGANIZATION), names(a, EntityType.LOCATION), a.getKeywords(), a.getSummary(),
                story ? null : Continuations.from(a, summary), story ? null : Continuations.to(a, summary),
                whole == null ? null : ReaderLinks.story(edition, whole.getId()));
    }

    private static List<PageLink> pages(String edition, EnrichedArticle a) {
        List<PageRef> refs = a.getPages().isEmpty() ? List.of(a.getPage()) : a.getPages();
        return refs.stream()
                .map(p -> new PageLink("page " + Labels.page(p.getNumber()), ReaderLinks.page(edition, p.getId())))
                .toList();
    }

    /** Entities first (at one place, a person wins over a date within it), then dates, then amounts. */
    static List<ArticleMarks.Tag> tags(EnrichedArticle a) {
        List<ArticleMarks.Tag> tags = new ArrayList<>();
        for (Entity e : a.getEntities()) {
            boolean person = e.getType() == EntityType.PERSON;
            tags.add(new ArticleMarks.Tag(e.getStart(), e.getEnd(), kind(e.getType()),
                    person ? personNote(e) : e.getType().name().toLowerCase(Locale.ROOT),
                    person ? ReaderLinks.person(e.getText()) : null));
        }
        for (DateMention d : a.getDates()) {
            String value = d.getValue() == null ? "unresolved" : d.getValue()
                    + (d.getEndValue() == null ? "" : " – " + d.getEndValue());
            tags.add(new ArticleMarks.Tag(d.getStart(), d.getEnd(), "date", value, null));
        }
        for (Amount m : a.getAmounts()) {
            tags.add(new ArticleMarks.Tag(m.getStart(), m.getEnd(), m.getKind(), amountNote(m), null));
        }
        return tags;
    }

    private static String kind(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case LOCATION -> "place";
        };
    }

    private static String personNote(Entity e) {
        String title = e.getTitle() == null ? "person" : e.getTitle();
        return e.getOrganization() == null ? title : title + " · " + e.getOrganization();
    }

    private static String amountNote(Amount m) {
        String value = m.getValue() == Math.rint(m.getValue()) && Math.abs(m.getValue()) < 1e15
                ? String.valueOf((long) m.getValue()) : String.valueOf(m.getValue());
        String unit = m.getUnit() == null ? "" : " " + m.getUnit();
        String currency = m.getCurrency() == null ? "" : " (" + m.getCurrency() + ")";
        return m.getKind() + ": " + value + unit + currency;
    }

    private static Paragraph paragraph(List<ArticleMarks.Piece> pieces) {
        return new Paragraph(pieces.stream().map(p -> p.tag() == null ? new Piece(p.text(), null, null, null, null)
                : new Piece(p.text(), "mark " + p.tag().kind(), p.tag().note(), p.tag().link(),
                "date".equals(p.tag().kind()) ? p.tag().note() : null)).toList());
    }

    /** The article's persons, each once, with every title given. */
    private static List<PersonRow> people(EnrichedArticle a) {
        Map<String, LinkedHashSet<String>> titles = new LinkedHashMap<>();
        for (Entity e : a.getEntities()) {
            if (e.getType() == EntityType.PERSON) {
                LinkedHashSet<String> seen = titles.computeIfAbsent(e.getText(), k -> new LinkedHashSet<>());
                if (e.getTitle() != null) {
                    seen.add(e.getTitle());
                }
            }
        }
        return titles.entrySet().stream()
                .map(t -> new PersonRow(t.getKey(), ReaderLinks.person(t.getKey()), String.join("、", t.getValue())))
                .toList();
    }

    private static List<String> names(EnrichedArticle a, EntityType type) {
        return a.getEntities().stream().filter(e -> e.getType() == type).map(Entity::getText).distinct().toList();
    }
}
