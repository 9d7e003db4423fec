package dev.newsflow.enrich.tag;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dev.newsflow.enrich.segment.Segmentation;

/** Tags one segmented article body: entities with titles, dates, amounts, keywords and a summary. Pure. */
public final class Tagger {

    private static final int KEYWORDS = 10;

    /**
     * @param segmentation the body, segmented
     * @param editionDate  resolves relative and year-less dates; may be null
     * @param bylines      the article's credited names, which are not entity mentions
     */
    public Tags tag(Segmentation segmentation, LocalDate editionDate, Collection<String> bylines) {
        String text = segmentation.text();
        List<EntityTag> entities = EntityRecognizer.recognize(segmentation, bylines);
        List<String> keywords = KeywordExtractor.extract(segmentation, KEYWORDS);
        return new Tags(entities,
                DateNormalizer.find(text, editionDate),
                AmountNormalizer.find(text),
                keywords,
                Summarizer.summarize(segmentation, keywords));
    }
}
