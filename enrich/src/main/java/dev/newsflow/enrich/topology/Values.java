package dev.newsflow.enrich.topology;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.SplitPage;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.RawPage;

/** The values passed between the stages of the enrich topology (in memory, never serialized). */
final class Values {

    private Values() {
    }

    /** Where an article was printed. */
    record PageMeta(String id, String file, String paper, String date, Integer number) {

        static PageMeta of(RawPage page) {
            return new PageMeta(page.getId(), page.getFileName(), page.getPaper(), page.getEditionDate(),
                    page.getPageNumber());
        }

        PageRef toAvro() {
            return PageRef.newBuilder().setId(id).setFile(file).setPaper(paper).setDate(date).setNumber(number).build();
        }

        LocalDate editionDate() {
            try {
                return date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    record Page(RawPage raw) implements DeadLetters.HasIds {
        @Override
        public String pageId() {
            return raw.getId();
        }
    }

    record Split(PageMeta page, SplitPage split) implements DeadLetters.HasIds {
        @Override
        public String pageId() {
            return page.id();
        }
    }

    record Draft(PageMeta page, Article article, String articleId) implements DeadLetters.HasIds {
        @Override
        public String pageId() {
            return page.id();
        }
    }

    record Segmented(Draft draft, Segmentation segmentation) implements DeadLetters.HasIds {
        @Override
        public String pageId() {
            return draft.pageId();
        }

        @Override
        public String articleId() {
            return draft.articleId();
        }
    }

    /**
     * An article with its encodings, made on the article workers: {@code encoded} its Avro message, {@code json} its
     * plain JSON (null when the JSON topics are not written).
     */
    record Enriched(EnrichedArticle article, byte[] encoded, byte[] json) implements DeadLetters.HasIds {
        @Override
        public String pageId() {
            return article.getPage().getId();
        }

        @Override
        public String articleId() {
            return article.getId();
        }
    }
}
