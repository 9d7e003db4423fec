package dev.newsflow.service.reader.view;

import java.util.List;
import java.util.Objects;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PageEntry;

/** Where a continued article goes on: the pages of its edition it points to, and the story it was stitched into. */
public final class Continuations {

    /** A link to another page of the edition: its label and address ({@code target} null: that page never arrived). */
    public record Jump(String label, String target) {
    }

    private Continuations() {
    }

    /** "continued from page N", linked to page N of the edition; null when the article continues nothing. */
    static Jump from(EnrichedArticle a, EditionSummary edition) {
        return a.getContinuedFrom() == null ? null
                : new Jump("continued from page " + a.getContinuedFrom(), pageLink(edition, a.getContinuedFrom()));
    }

    /** "continued on page N", linked; null when the article is not continued. */
    static Jump to(EnrichedArticle a, EditionSummary edition) {
        return a.getContinuedTo() == null ? null
                : new Jump("continued on page " + a.getContinuedTo(), pageLink(edition, a.getContinuedTo()));
    }

    private static String pageLink(EditionSummary edition, int number) {
        if (edition == null) {
            return null;
        }
        return edition.pages().stream()
                .filter(p -> p.received() && Objects.equals(p.number(), number))
                .map(PageEntry::id)
                .findFirst()
                .map(id -> ReaderLinks.page(edition.edition(), id))
                .orElse(null);
    }

    /**
     * The story {@code a} is part of: the one it starts (same id), or one that spans its page and holds its text (a
     * continuation: the stitched text is the parts' texts joined); null when none.
     */
    static EnrichedArticle storyOf(EnrichedArticle a, List<EnrichedArticle> stories) {
        if (a.getContinuedFrom() == null && a.getContinuedTo() == null) {
            return null;
        }
        for (EnrichedArticle story : stories) {
            if (story.getId().equals(a.getId()) || spans(story, a.getPage()) && story.getText().contains(a.getText())) {
                return story;
            }
        }
        return null;
    }

    private static boolean spans(EnrichedArticle story, PageRef page) {
        return story.getPages().stream().anyMatch(p -> p.getId().equals(page.getId()));
    }
}
