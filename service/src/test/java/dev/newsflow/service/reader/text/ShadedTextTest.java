package dev.newsflow.service.reader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.service.reader.text.PageSpans.ArticleText;
import dev.newsflow.service.reader.text.ShadedText.Kind;
import dev.newsflow.service.reader.text.ShadedText.Segment;
import dev.newsflow.testkit.Seeds;

class ShadedTextTest {

    @Test
    void cutsThePageIntoArticlesTheirMarksFurnitureAndBlankTextThatTogetherAreThePage() {
        String raw = "无锡日报\n2024年6月7日 星期五\n\n本报讯 昨天，全市召开大会。（高美梅）\n\n广告：招租电话12345678\n";
        ArticleText article = new ArticleText(List.of(), List.of("本报讯 昨天，全市召开大会。"), List.of("高美梅"));

        List<Segment> segments = ShadedText.of(raw, PageSpans.locate(raw, List.of(article)));

        assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(raw);
        assertThat(segments).filteredOn(s -> s.kind() != Kind.BLANK)
                .extracting(Segment::text, Segment::kind, Segment::article)
                .containsExactly(
                        tuple("无锡日报\n", Kind.FURNITURE, -1),
                        tuple("2024年6月7日 星期五\n", Kind.FURNITURE, -1),
                        tuple("本报讯 昨天，全市召开大会。", Kind.BODY, 0),
                        tuple("（", Kind.MARK, 0),
                        tuple("高美梅", Kind.BYLINE, 0),
                        tuple("）\n", Kind.MARK, 0),
                        tuple("广告：招租电话12345678\n", Kind.FURNITURE, -1));
    }

    @Test
    void onASeedPageTheArticlesHoldAlmostAllTheTextAndWhatIsLeftIsFurnitureOrMarks() {
        String raw = Seeds.text("002");
        List<ArticleText> articles = new PageSplitter().split(raw).articles().stream()
                .map(a -> new ArticleText(a.headline() == null ? List.of() : java.util.stream.Stream
                        .of(a.headline().kicker(), a.headline().title(), a.headline().subtitle())
                        .filter(l -> l != null).toList(), a.paragraphs(), a.bylines()))
                .toList();

        List<Segment> segments = ShadedText.of(raw, PageSpans.locate(raw, articles));

        assertThat(segments.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(raw);
        long inArticles = chars(segments, true);
        long outside = chars(segments, false);
        assertThat(inArticles).isGreaterThan(20 * outside);
        assertThat(segments).extracting(Segment::article).containsAll(
                java.util.stream.IntStream.range(0, articles.size()).boxed().toList());
    }

    private static long chars(List<Segment> segments, boolean inArticles) {
        return segments.stream().filter(s -> (s.article() >= 0) == inArticles)
                .mapToLong(s -> Haystack.squeeze(s.text()).length()).sum();
    }
}
