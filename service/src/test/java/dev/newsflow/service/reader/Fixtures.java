package dev.newsflow.service.reader;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.AvroTrust;

/** Records as the pipeline writes them, built by hand for the reader's tests. */
public final class Fixtures {

    static {
        // building records whose defaults hold nested records needs Avro to trust the generated classes
        AvroTrust.install();
    }

    private Fixtures() {
    }

    public static RawPage page(String id, String paper, String date, Integer number, String text) {
        return RawPage.newBuilder().setId(id).setPaper(paper).setEditionDate(date).setPageNumber(number)
                .setFileName(id + ".txt").setCharset("UTF-8").setSha256(id).setSizeBytes(text.length()).setText(text)
                .setIngestTime(Instant.parse("2024-06-07T08:00:00Z")).build();
    }

    public static PageRef ref(RawPage page) {
        return PageRef.newBuilder().setId(page.getId()).setFile(page.getFileName()).setPaper(page.getPaper())
                .setDate(page.getEditionDate()).setNumber(page.getPageNumber()).build();
    }

    /** An article of {@code page} at {@code position}, its text the paragraphs joined by newlines. */
    public static EnrichedArticle article(RawPage page, int position, String title, String... paragraphs) {
        String id = page.getId() + (position < 10 ? "-0" : "-") + position;
        return EnrichedArticle.newBuilder().setId(id).setPage(ref(page)).setPages(List.of(ref(page)))
                .setKind(ArticleKind.news)
                .setHeadline(title == null ? null : Headline.newBuilder().setTitle(title).build())
                .setBylines(List.of()).setText(String.join("\n", paragraphs)).setParagraphs(List.of(paragraphs))
                .setWords(List.of(paragraphs)).setSentences(List.of(paragraphs)).setSummary(paragraphs[0])
                .build();
    }

    /** The articles the splitter cuts out of a page, as enrich would publish them before tagging. */
    public static List<EnrichedArticle> split(RawPage page) {
        List<EnrichedArticle> out = new java.util.ArrayList<>();
        for (Article a : new PageSplitter().split(page.getText()).articles()) {
            String id = page.getId() + (a.position() < 10 ? "-0" : "-") + a.position();
            out.add(EnrichedArticle.newBuilder().setId(id).setPage(ref(page)).setPages(List.of(ref(page)))
                    .setKind(ArticleKind.valueOf(a.kind().symbol()))
                    .setHeadline(a.headline() == null ? null : Headline.newBuilder().setKicker(a.headline().kicker())
                            .setTitle(a.headline().title()).setSubtitle(a.headline().subtitle()).build())
                    .setBylines(a.bylines()).setText(a.text()).setParagraphs(a.paragraphs())
                    .setContinuedFrom(a.continuedFrom()).setContinuedTo(a.continuedTo()).build());
        }
        return out;
    }

    public static DeadLetter letter(String stage, String pageId, String paper, String date, Integer number) {
        return DeadLetter.newBuilder().setStage(stage).setErrorClass("BINARY").setErrorMessage("not text")
                .setSourceFile("/inbox/" + pageId + ".txt").setPageId(pageId).setPaper(paper).setEditionDate(date)
                .setPageNumber(number).setOriginal(ByteBuffer.wrap("garbage".getBytes(StandardCharsets.UTF_8)))
                .setOriginalSize(7).setTime(Instant.parse("2024-06-07T08:00:00Z")).build();
    }
}
