package dev.newsflow.service.reader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.service.reader.text.ArticleMarks.Piece;
import dev.newsflow.service.reader.text.ArticleMarks.Tag;

class ArticleMarksTest {

    @Test
    void marksTagsByCodePointOffsetsSplitsParagraphsAndKeepsTheTextWhole() {
        // 𠮷 is one code point but two UTF-16 units: the offsets after it must still land on 杜小刚
        String text = "𠮷市委书记杜小刚昨天讲话。\n会议投资7052.8亿元。";
        Tag person = new Tag(5, 8, "person", "市委书记", "/people/杜小刚");
        Tag date = new Tag(8, 10, "date", "2024-06-06", null);
        Tag money = new Tag(18, 26, "money", "money: 705280000000 元", null);

        List<List<Piece>> paragraphs = ArticleMarks.layout(text, List.of(money, date, person));

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).extracting(Piece::text, p -> p.tag() == null ? null : p.tag().kind())
                .containsExactly(tuple("𠮷市委书记", null), tuple("杜小刚", "person"), tuple("昨天", "date"), tuple("讲话。", null));
        assertThat(paragraphs.get(1)).extracting(Piece::text, p -> p.tag() == null ? null : p.tag().kind())
                .containsExactly(tuple("会议投资", null), tuple("7052.8亿元", "money"), tuple("。", null));
    }

    @Test
    void aTagOverlappingAnEarlierOneOrOutsideTheTextIsLeftOutAndTheLongerOfTwoAtOnePlaceWins() {
        String text = "2022年市区人口增长。";
        Tag place = new Tag(0, 7, "place", "location", null);
        Tag date = new Tag(0, 5, "date", "2022", null);
        Tag overlapping = new Tag(6, 9, "org", "organization", null);
        Tag outside = new Tag(10, 40, "money", "?", null);

        List<Tag> placed = ArticleMarks.placed(text, List.of(date, place, overlapping, outside));

        assertThat(placed).containsExactly(place);
    }
}
