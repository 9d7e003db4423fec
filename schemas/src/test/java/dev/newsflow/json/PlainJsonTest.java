package dev.newsflow.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

import dev.newsflow.schemas.DeadLetter;

class PlainJsonTest {

    private static GenericRecord everyKind() {
        Schema inner = SchemaBuilder.record("Inner").fields().requiredString("name").optionalInt("n").endRecord();
        Schema schema = SchemaBuilder.record("Every").fields()
                .requiredString("text")
                .optionalString("missing")
                .requiredInt("i").requiredLong("l").requiredDouble("d").requiredFloat("f").requiredBoolean("b")
                .name("kind").type().enumeration("Kind").symbols("NEWS", "BRIEF").noDefault()
                .requiredBytes("raw")
                .name("items").type().array().items(inner).noDefault()
                .name("counts").type().map().values().longType().noDefault()
                .name("words").type().array().items().stringType().noDefault()
                .endRecord();
        GenericRecord a = new GenericData.Record(inner);
        a.put("name", "杜小刚");
        a.put("n", 3);
        GenericRecord b = new GenericData.Record(inner);
        b.put("name", "quote \" and \\ and\nnewline");
        GenericRecord r = new GenericData.Record(schema);
        r.put("text", "本报讯 市委书记杜小刚会见……");
        r.put("i", -7);
        r.put("l", 1_700_000_000_000L);
        r.put("d", 0.1 + 0.2);
        r.put("f", 1.5f);
        r.put("b", true);
        r.put("kind", new GenericData.EnumSymbol(schema.getField("kind").schema(), "BRIEF"));
        r.put("raw", ByteBuffer.wrap(new byte[] {0, 1, (byte) 0xFF}));
        r.put("items", List.of(a, b));
        r.put("counts", Map.of("江苏", 2L));
        r.put("words", List.of("市委", "书记"));
        return r;
    }

    private static DeadLetter letter() {
        return DeadLetter.newBuilder().setStage("sink").setErrorClass("E").setErrorMessage("bad")
                .setSourceTopic("t").setSourcePartition(1).setSourceOffset(2L)
                .setOriginal(ByteBuffer.wrap("原文".getBytes(StandardCharsets.UTF_8))).setOriginalSize(6)
                .setTruncated(false)
                .setTime(Instant.ofEpochMilli(1_700_000_000_123L)).build();
    }

    @Test
    void streamedJsonIsTheJsonOfThePlainMaps() throws Exception {
        for (IndexedRecord record : List.of(everyKind(), letter())) {
            String viaMaps = PlainJson.mapper().writeValueAsString(PlainJson.toPlain(record));
            assertThat(PlainJson.write(record)).isEqualTo(viaMaps);
        }
    }

    @Test
    void jsonLinesAreOneRecordPerLineInUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainJson.writeLines(List.of(everyKind(), letter()), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.split("\n", -1)).containsExactly(PlainJson.write(everyKind()), PlainJson.write(letter()), "");
        assertThat(PlainJson.mapper().readTree(text.split("\n")[0]).get("text").asText()).isEqualTo("本报讯 市委书记杜小刚会见……");
    }

    @Test
    void avroUtf8StringsGoOutAsTheirBytesAndReadAsTheSameJson() throws Exception {
        String tricky = "quote \" back \\ tab\t nl\n nul\u0000 bell\u0007 del\u007f 𠀀 emoji 😀 ls\u2028 市委书记";
        GenericRecord asStrings = everyKind();
        asStrings.put("text", tricky);
        asStrings.put("words", List.of("市委", "书记", tricky));
        GenericRecord asUtf8 = everyKind();
        asUtf8.put("text", new Utf8(tricky));
        asUtf8.put("words", List.of(new Utf8("市委"), new Utf8("书记"), new Utf8(tricky)));
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        PlainJson.writeLines(List.of(asStrings), strings);
        PlainJson.writeLines(List.of(asUtf8), utf8);
        assertThat(utf8.toByteArray()).isEqualTo(strings.toByteArray());
        // a character beyond the BMP is its four UTF-8 bytes, not two escaped surrogates
        assertThat(utf8.toString(StandardCharsets.UTF_8)).contains("𠀀 emoji 😀").doesNotContain("\\uD840");
        assertThat(PlainJson.mapper().readTree(utf8.toString(StandardCharsets.UTF_8)).get("text").asText())
                .isEqualTo(tricky);
        // the one-line form (a character writer) decodes them instead
        assertThat(PlainJson.write(asUtf8)).isEqualTo(PlainJson.write(asStrings));
    }

    @Test
    void doublesAreTheirShortestDecimalInPlainNotation() throws Exception {
        Schema schema = SchemaBuilder.record("Amount").fields().requiredDouble("value").endRecord();
        Map<Double, String> written = Map.of(
                new BigDecimal("2066.32").movePointRight(8).doubleValue(), "206632000000",
                82.5, "82.5",
                1e21, "1000000000000000000000",
                0.00001, "0.00001",
                -3.0, "-3",
                0.0, "0",
                // 2e23 is 1.9999999999999998E23 by Java 17's Double.toString, whose digits are not always the fewest
                2e23, "200000000000000000000000");
        for (var e : written.entrySet()) {
            GenericRecord r = new GenericData.Record(schema);
            r.put("value", e.getKey());
            String json = PlainJson.write(r);
            assertThat(json).isEqualTo("{\"value\":" + e.getValue() + "}");
            assertThat(PlainJson.mapper().writeValueAsString(PlainJson.toPlain(r))).isEqualTo(json);
            assertThat(Double.parseDouble(e.getValue())).as("reads back as the same double").isEqualTo(e.getKey());
        }
    }
}
