package dev.newsflow.testkit.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class CorpusPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode record(String... paragraphs) {
        ObjectNode n = JSON.createObjectNode();
        n.put("title", "老街夜市重新开张");
        n.putArray("paragraphs").addAll(java.util.Arrays.stream(paragraphs).map(JSON::valueToTree)
                .map(JsonNode.class::cast).toList());
        return n;
    }

    /** A line of who took the pictures and who wrote the text is a printed byline: its names are the reporters. */
    @Test
    void aSignatureOfPicturesAndTextCreditsItsNames() {
        Story s = CorpusPages.story(record("老街夜市昨晚重新开张，吸引大批市民前来。", "张\u00a0\u00a0明图\u00a0\u00a0李\u00a0\u00a0华文"));
        assertThat(s.paragraphs()).containsExactly("老街夜市昨晚重新开张，吸引大批市民前来。");
        assertThat(s.reporters()).containsExactly("张明", "李华");
    }

    /** A picture an agency sent, credited with no photographer, is furniture on the printed page. */
    @Test
    void anAgencysPictureCreditIsACredit() {
        for (String credit : java.util.List.of("新华社发", "某某视觉")) {
            Story s = CorpusPages.story(record("老街夜市昨晚重新开张，吸引大批市民前来。", credit));
            assertThat(s.paragraphs()).containsExactly("老街夜市昨晚重新开张，吸引大批市民前来。");
            assertThat(s.credits()).containsExactly(credit);
            assertThat(s.reporters()).isEmpty();
        }
    }
}
