package dev.newsflow.enrich.tag;

import java.util.List;

/** Everything the tagger found in one text. */
public record Tags(List<EntityTag> entities, List<DateTag> dates, List<AmountTag> amounts, List<String> keywords,
                   String summary) {

    public Tags {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        amounts = List.copyOf(amounts);
        keywords = List.copyOf(keywords);
    }
}
