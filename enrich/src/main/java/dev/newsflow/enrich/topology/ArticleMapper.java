package dev.newsflow.enrich.topology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.tag.AmountTag;
import dev.newsflow.enrich.tag.DateTag;
import dev.newsflow.enrich.tag.EntityTag;
import dev.newsflow.enrich.tag.Tags;
import dev.newsflow.schemas.Amount;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.DateMention;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Headline;

/**
 * Maps the results of split, segment and tag to the Avro contract. Offsets become Unicode code point
 * offsets, as consumers in any language count characters.
 */
final class ArticleMapper {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ArticleMapper() {
    }

    static EnrichedArticle toAvro(Values.Draft draft, Segmentation segmentation, Tags tags) {
        Article a = draft.article();
        String text = segmentation.text();
        CodePoints cp = new CodePoints(text);
        return EnrichedArticle.newBuilder()
                .setId(draft.articleId())
                .setPage(draft.page().toAvro())
                .setPages(List.of(draft.page().toAvro()))
                .setKind(ArticleKind.valueOf(a.kind().symbol()))
                .setHeadline(a.headline() == null ? null : Headline.newBuilder()
                        .setKicker(a.headline().kicker())
                        .setTitle(a.headline().title())
                        .setSubtitle(a.headline().subtitle())
                        .build())
                .setBylines(a.bylines())
                .setText(text)
                .setParagraphs(a.paragraphs())
                .setContinuedFrom(a.continuedFrom())
                .setContinuedTo(a.continuedTo())
                .setSentences(segmentation.sentenceTexts())
                .setWords(segmentation.words())
                .setEntities(tags.entities().stream().map(e -> entity(e, cp)).toList())
                .setDates(tags.dates().stream().map(d -> date(d, cp)).toList())
                .setAmounts(tags.amounts().stream().map(m -> amount(m, cp)).toList())
                .setKeywords(tags.keywords())
                .setSummary(tags.summary())
                .build();
    }

    /** One mention per entity occurrence, keyed TYPE:normalized. */
    static List<EntityMention> mentions(EnrichedArticle article) {
        List<EntityMention> out = new ArrayList<>();
        String headline = headlineLine(article.getHeadline());
        for (Entity e : article.getEntities()) {
            out.add(EntityMention.newBuilder()
                    .setEntity(normalize(e.getText()))
                    .setType(e.getType())
                    .setText(e.getText())
                    .setTitle(e.getTitle())
                    .setOrganization(e.getOrganization())
                    .setArticleId(article.getId())
                    .setPageId(article.getPage().getId())
                    .setPaper(article.getPage().getPaper())
                    .setDate(article.getPage().getDate())
                    .setStart(e.getStart())
                    .setEnd(e.getEnd())
                    .setHeadline(headline)
                    .build());
        }
        return out;
    }

    /** A headline as one line for listings: its title, else its kicker, else its subtitle; null when none. */
    static String headlineLine(Headline h) {
        if (h == null) {
            return null;
        }
        for (String line : new String[] {h.getTitle(), h.getKicker(), h.getSubtitle()}) {
            if (line != null && !line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    static String mentionKey(EntityMention m) {
        return m.getType() + ":" + m.getEntity();
    }

    static String normalize(String name) {
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static Entity entity(EntityTag e, CodePoints cp) {
        return Entity.newBuilder()
                .setText(e.text())
                .setType(EntityType.valueOf(e.type().name()))
                .setStart(cp.at(e.start()))
                .setEnd(cp.at(e.end()))
                .setTitle(e.title())
                .setOrganization(e.organization())
                .build();
    }

    private static DateMention date(DateTag d, CodePoints cp) {
        return DateMention.newBuilder()
                .setText(d.text())
                .setStart(cp.at(d.start()))
                .setEnd(cp.at(d.end()))
                .setValue(d.value())
                .setEndValue(d.endValue())
                .setPrecision(d.precision())
                .build();
    }

    private static Amount amount(AmountTag m, CodePoints cp) {
        return Amount.newBuilder()
                .setText(m.text())
                .setStart(cp.at(m.start()))
                .setEnd(cp.at(m.end()))
                .setKind(m.kind())
                .setValue(m.value().doubleValue())
                .setExactValue(m.exactValue())
                .setUnit(m.unit())
                .setCurrency(m.currency())
                .build();
    }

    /** Java string index to code point offset, in O(1) after one pass. */
    static final class CodePoints {
        private final int[] offsets;

        CodePoints(String text) {
            offsets = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                offsets[i] = cp;
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    cp++;
                }
            }
            offsets[text.length()] = text.codePointCount(0, text.length());
        }

        int at(int index) {
            return offsets[index];
        }
    }
}
