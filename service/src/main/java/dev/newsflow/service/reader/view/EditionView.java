package dev.newsflow.service.reader.view;

import java.util.List;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PageEntry;

/** {@code /editions/{paper}/{date}}: an edition's pages, its stitched stories and its dead letters. */
public record EditionView(String title, String paper, String date, int pagesReceived, int articles,
                          List<PageRow> pages, List<StoryRow> stories, List<LetterRow> letters) {

    /** A page's line; {@code link} null when the page itself never arrived (a dead letter at ingest). */
    public record PageRow(String link, String number, String file, int articles, String deadLetter) {
    }

    /** A story's line: its headline and the pages it spans. */
    public record StoryRow(String link, String headline, String pages) {
    }

    /** A dead letter's line. */
    public record LetterRow(String time, String stage, String error, String message, String file, String page,
                            String article) {
    }

    public static EditionView of(EditionSummary s, List<EnrichedArticle> stories, List<DeadLetter> letters) {
        String title = Labels.paper(s.paper()) + " " + Labels.date(s.date());
        return new EditionView(title, Labels.paper(s.paper()), Labels.date(s.date()), s.pagesReceived(), s.articles(),
                s.pages().stream().map(p -> page(s.edition(), p)).toList(),
                stories.stream().map(story -> story(s.edition(), story)).toList(),
                letters.stream().map(EditionView::letter).toList());
    }

    private static PageRow page(String edition, PageEntry p) {
        return new PageRow(p.received() ? ReaderLinks.page(edition, p.id()) : null, Labels.page(p.number()), p.file(),
                p.articles(), p.deadLetter());
    }

    private static StoryRow story(String edition, EnrichedArticle story) {
        String pages = String.join(", ", story.getPages().stream().map(PageRef::getNumber).map(Labels::page).toList());
        return new StoryRow(ReaderLinks.story(edition, story.getId()), Labels.headline(story), pages);
    }

    private static LetterRow letter(DeadLetter l) {
        return new LetterRow(l.getTime().toString(), l.getStage(), l.getErrorClass(), l.getErrorMessage(),
                l.getSourceFile(), l.getPageId(), l.getArticleId());
    }
}
