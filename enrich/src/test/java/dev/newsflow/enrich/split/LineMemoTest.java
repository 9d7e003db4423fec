package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.split.LineMemo.Question;

class LineMemoTest {

    /** Counts the lines it is asked about and answers with their length, or null for an empty line. */
    private static final class Asker implements Function<String, Integer> {
        final List<String> asked = new ArrayList<>();

        @Override
        public Integer apply(String line) {
            asked.add(line);
            return line.isEmpty() ? null : line.length();
        }
    }

    @Test
    void outsideASplitEveryQuestionIsAskedAnew() {
        Asker ask = new Asker();
        String line = "本报记者 张三";
        LineMemo.answer(Question.BYLINE_LINE, line, ask);
        LineMemo.answer(Question.BYLINE_LINE, line, ask);
        assertThat(ask.asked).hasSize(2);
    }

    @Test
    void duringASplitALineIsAskedEachQuestionOnce() {
        Asker ask = new Asker();
        String line = "本报记者 张三";
        LineMemo.during(() -> {
            assertThat(LineMemo.answer(Question.BYLINE_LINE, line, ask)).isEqualTo(7);
            assertThat(LineMemo.answer(Question.BYLINE_LINE, line, ask)).isEqualTo(7);
            // another question about the same line is a question of its own
            LineMemo.answer(Question.OPENS_ARTICLE, line, ask);
            return null;
        });
        assertThat(ask.asked).hasSize(2);
    }

    @Test
    void aNullAnswerIsKeptAsOneToo() {
        Asker ask = new Asker();
        String empty = new String("");
        LineMemo.during(() -> {
            assertThat(LineMemo.answer(Question.TRAILING_BYLINE, empty, ask)).isNull();
            assertThat(LineMemo.answer(Question.TRAILING_BYLINE, empty, ask)).isNull();
            return null;
        });
        assertThat(ask.asked).hasSize(1);
    }

    @Test
    void aCopyOfALineIsAskedAnew() {
        Asker ask = new Asker();
        String line = "新华社北京3日电";
        String copy = new String(line);
        LineMemo.during(() -> {
            LineMemo.answer(Question.OPENS_ARTICLE, line, ask);
            LineMemo.answer(Question.OPENS_ARTICLE, copy, ask);
            return null;
        });
        assertThat(ask.asked).hasSize(2);
    }

    @Test
    void answersAreForgottenWhenThePageIsDoneEvenWhenItsSplitFails() {
        Asker ask = new Asker();
        String line = "责任编辑：李四";
        LineMemo.during(() -> LineMemo.answer(Question.BYLINE_LINE, line, ask));
        assertThatThrownBy(() -> LineMemo.during(() -> {
            LineMemo.answer(Question.BYLINE_LINE, line, ask);
            throw new IllegalStateException("split failed");
        })).isInstanceOf(IllegalStateException.class);
        LineMemo.during(() -> LineMemo.answer(Question.BYLINE_LINE, line, ask));
        assertThat(ask.asked).hasSize(3);
    }

    @Test
    void aSplitInsideASplitSharesItsAnswers() {
        Asker ask = new Asker();
        String line = "（记者 王五）";
        LineMemo.during(() -> {
            LineMemo.answer(Question.TRAILING_BYLINE, line, ask);
            return LineMemo.during(() -> LineMemo.answer(Question.TRAILING_BYLINE, line, ask));
        });
        assertThat(ask.asked).hasSize(1);
    }

    @Test
    void splittingAPageTwiceGivesTheSameArticles() {
        String page = "城市公园迎客\n\n本报讯（记者 张三）城市公园今天开园。\n市民纷纷前来游览。\n\n"
                + "地铁新线开通\n\n本报讯（记者 李四）地铁新线今天开通。\n沿线居民出行更方便。\n";
        PageSplitter splitter = new PageSplitter();
        assertThat(splitter.split(page).articles()).hasSize(2).isEqualTo(splitter.split(page).articles());
    }
}
