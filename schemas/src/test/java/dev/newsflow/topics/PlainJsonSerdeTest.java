package dev.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.Amount;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Entity;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;

class PlainJsonSerdeTest {

    private final PlainJsonSerde<EnrichedArticle> articles =
            new PlainJsonSerde<>(EnrichedArticle.class, EnrichedArticle.getClassSchema());

    private static EnrichedArticle article() {
        PageRef page = PageRef.newBuilder().setId("14de17e36ab3497a").setFile("000.txt").setPaper("无锡日报")
                .setDate("2022-12-10").setNumber(1).build();
        return EnrichedArticle.newBuilder()
                .setId("14de17e36ab3497a-03")
                .setPage(page)
                .setPages(List.of(page))
                .setKind(ArticleKind.feature)
                .setHeadline(Headline.newBuilder().setTitle("总投资2066.32亿元").setSubtitle("“引号” \\ 和\n换行").build())
                .setText("市委书记杜小刚说，总投资2066.32亿元，增长82.5%。")
                .setEntities(List.of(Entity.newBuilder().setText("杜小刚").setType(EntityType.PERSON).setStart(4)
                        .setEnd(7).setTitle("市委书记").build()))
                .setAmounts(List.of(Amount.newBuilder().setText("2066.32亿元").setStart(13).setEnd(22).setKind("money")
                        .setValue(206632000000.0).setExactValue("206632000000").setUnit("元").setCurrency("CNY")
                        .build()))
                .setContinuedTo(4)
                .build();
    }

    @Test
    void aRecordIsItsPlainJsonLineAndReadsBackEqual() {
        EnrichedArticle article = article();
        byte[] json = articles.serialize("t", article);

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(PlainJson.write(article))
                .contains("\"value\":206632000000,\"exact_value\":\"206632000000\"")
                .contains("\"kind\":\"feature\"", "\"type\":\"PERSON\"", "\"kicker\":null", "\"continued_from\":null");
        assertThat(articles.deserialize("t", json)).isEqualTo(article);
    }

    @Test
    void timestampsBytesAndOptionalNumbersReadBackToo() {
        PlainJsonSerde<DeadLetter> letters = new PlainJsonSerde<>(DeadLetter.class, DeadLetter.getClassSchema());
        DeadLetter letter = DeadLetter.newBuilder().setStage("sink").setErrorClass("E").setErrorMessage("bad")
                .setSourceTopic("t").setSourcePartition(1).setSourceOffset(1L << 40)
                .setOriginal(ByteBuffer.wrap(new byte[] {0, 1, (byte) 0xFF})).setOriginalSize(3).setTruncated(false)
                .setTime(Instant.ofEpochMilli(1_700_000_000_123L)).build();

        assertThat(letters.deserialize("t", letters.serialize("t", letter))).isEqualTo(letter);
    }

    @Test
    void jsonOfAnOlderWriterWithoutAFieldThatHasADefaultReadsWithTheDefault() throws Exception {
        String older = PlainJson.write(article()).replace(",\"exact_value\":\"206632000000\"", "");

        EnrichedArticle read = articles.deserialize("t", older.getBytes(StandardCharsets.UTF_8));

        assertThat(read.getAmounts().get(0).getExactValue()).isNull();
        assertThat(read.getAmounts().get(0).getValue()).isEqualTo(206632000000.0);
    }

    @Test
    void jsonThatIsNotOfTheSchemaIsAnErrorNamingTheField() {
        String wrongType = PlainJson.write(article()).replace("\"start\":13", "\"start\":\"13\"");
        String noId = PlainJson.write(article()).replace("\"id\":\"14de17e36ab3497a-03\",", "");
        String unknownKind = PlainJson.write(article()).replace("\"feature\"", "\"opinion\"");

        assertThatThrownBy(() -> articles.deserialize("t", wrongType.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("amounts.start: int expected, not \"13\"");
        assertThatThrownBy(() -> articles.deserialize("t", noId.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("id: missing, and the field has no default");
        assertThatThrownBy(() -> articles.deserialize("t", unknownKind.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("kind: one of [news, feature, obituary, brief, continuation, notice] expected");
        assertThatThrownBy(() -> articles.deserialize("t", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }
}
