package dev.newsflow.service.reader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.service.reader.text.PageSpans.ArticleText;
import dev.newsflow.service.reader.text.PageSpans.Role;
import dev.newsflow.service.reader.text.PageSpans.Span;
import dev.newsflow.testkit.Seeds;

class PageSpansTest {

    static Stream<String> seedPages() {
        return Stream.of("000", "001", "002", "003", "004");
    }

    private static List<ArticleText> split(String raw) {
        return new PageSplitter().split(raw).articles().stream().map(PageSpansTest::text).toList();
    }

    private static ArticleText text(Article a) {
        List<String> headlines = a.headline() == null ? List.of()
                : Stream.of(a.headline().kicker(), a.headline().title(), a.headline().subtitle())
                .filter(l -> l != null && !l.isBlank()).toList();
        return new ArticleText(headlines, a.paragraphs(), a.bylines());
    }

    /** The characters (whitespace left out) of an article's spans of one role, in text order. */
    private static String covered(String raw, List<Span> spans, int article, Role role) {
        return spans.stream().filter(s -> s.article() == article && s.role() == role)
                .map(s -> Haystack.squeeze(raw.substring(s.start(), s.end()))).collect(Collectors.joining());
    }

    private static int squeezedLength(List<String> texts) {
        return texts.stream().mapToInt(t -> Haystack.squeeze(t).length()).sum();
    }

    private static void assertDisjoint(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).as("span %d starts after span %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void everyParagraphHeadlineAndBylineOfEverySeedArticleIsFoundAndNoTwoArticlesShareACharacter(String seed) {
        String raw = Seeds.text(seed);
        List<ArticleText> articles = split(raw);
        List<Span> spans = PageSpans.locate(raw, articles);

        assertDisjoint(spans);
        for (int a = 0; a < articles.size(); a++) {
            ArticleText article = articles.get(a);
            assertThat(covered(raw, spans, a, Role.BODY)).as("body of article %d", a)
                    .hasSize(squeezedLength(article.paragraphs()));
            assertThat(covered(raw, spans, a, Role.HEADLINE)).as("headline of article %d", a)
                    .hasSize(squeezedLength(article.headlines()));
            assertThat(covered(raw, spans, a, Role.BYLINE)).as("bylines of article %d", a)
                    .hasSize(squeezedLength(article.bylines()));
        }
    }

    @ParameterizedTest
    @MethodSource("seedPages")
    void theSameArticlesAreFoundInTheSamePageLaidOutInNarrowerColumnsWithWindowsLineEnds(String seed) {
        String raw = Seeds.text(seed);
        List<ArticleText> articles = split(raw);
        List<Span> spans = PageSpans.locate(raw, articles);
        String relaid = rewrap(raw, 7).replace("\n", "\r\n");
        List<Span> moved = PageSpans.locate(relaid, articles);

        assertDisjoint(moved);
        for (int a = 0; a < articles.size(); a++) {
            for (Role role : Role.values()) {
                assertThat(covered(relaid, moved, a, role)).as("%s of article %d", role, a)
                        .isEqualTo(covered(raw, spans, a, role));
            }
        }
    }

    /** Every line cut into lines of at most {@code width} characters, as a narrower column would print it. */
    private static String rewrap(String raw, int width) {
        return Arrays.stream(raw.split("\n", -1))
                .map(line -> String.join("\n", line.isEmpty() ? List.of("") : chunks(line, width)))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> chunks(String line, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < line.length(); i += width) {
            out.add(line.substring(i, Math.min(line.length(), i + width)));
        }
        return out;
    }

    @Test
    void anArticleCutAcrossColumnsWithAnotherArticleBetweenItsPartsGetsOneSpanPerPart() {
        String raw = "市委常委会召开会议\n会议指出，要深化改\n革开放。\n另一篇文章的正文在这里，\n与前文无关。\n会议强调，要守牢底线，\n确保平安。";
        ArticleText cut = new ArticleText(List.of("市委常委会召开会议"),
                List.of("会议指出，要深化改革开放。会议强调，要守牢底线，确保平安。"), List.of());
        ArticleText between = new ArticleText(List.of(), List.of("另一篇文章的正文在这里，与前文无关。"), List.of());

        List<Span> spans = PageSpans.locate(raw, List.of(cut, between));

        assertThat(spans).extracting(s -> raw.substring(s.start(), s.end()), Span::article, Span::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("市委常委会召开会议", 0, Role.HEADLINE),
                org.assertj.core.groups.Tuple.tuple("会议指出，要深化改\n革开放。", 0, Role.BODY),
                org.assertj.core.groups.Tuple.tuple("另一篇文章的正文在这里，\n与前文无关。", 1, Role.BODY),
                org.assertj.core.groups.Tuple.tuple("会议强调，要守牢底线，\n确保平安。", 0, Role.BODY));
    }

    @Test
    void aSentencePrintedInTwoArticlesAndABylineSharedByTwoGoToTheirOwnArticle() {
        String raw = "会议指出，要稳字当头。前一篇。（惠晓婧）\n\n会议指出，要稳字当头。后一篇。（惠晓婧）";
        ArticleText first = new ArticleText(List.of(), List.of("会议指出，要稳字当头。前一篇。"), List.of("惠晓婧"));
        ArticleText second = new ArticleText(List.of(), List.of("会议指出，要稳字当头。后一篇。"), List.of("惠晓婧"));

        List<Span> spans = PageSpans.locate(raw, List.of(first, second));

        assertDisjoint(spans);
        assertThat(spans).extracting(Span::article, Span::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, Role.BODY),
                        org.assertj.core.groups.Tuple.tuple(0, Role.BYLINE),
                        org.assertj.core.groups.Tuple.tuple(1, Role.BODY),
                        org.assertj.core.groups.Tuple.tuple(1, Role.BYLINE));
        assertThat(raw.substring(spans.get(1).start(), spans.get(1).end())).isEqualTo("惠晓婧");
        assertThat(spans.get(1).end()).isLessThan(spans.get(2).start());
    }

    @Test
    void aCharacterTheSplitterChangedIsSkippedAndTextNotOnThePageIsNotPlacedAnywhere() {
        String raw = "本报讯 昨天，全市召开大会，部署工作。";
        ArticleText changed = new ArticleText(List.of("此标题不在版面上"), List.of("本报讯 昨天,全市召开大会，部署工作。"), List.of());

        List<Span> spans = PageSpans.locate(raw, List.of(changed));

        assertThat(spans).allSatisfy(s -> assertThat(s.role()).isEqualTo(Role.BODY));
        assertThat(covered(raw, spans, 0, Role.BODY)).isEqualTo("本报讯昨天全市召开大会，部署工作。");
    }
}
