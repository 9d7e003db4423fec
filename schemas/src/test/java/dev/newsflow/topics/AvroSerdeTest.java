package dev.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import dev.newsflow.schemas.RawPage;

class AvroSerdeTest {

    private static RawPage page() {
        return RawPage.newBuilder().setId("0123456789abcdef").setPaper("无锡日报").setEditionDate("2024-05-27")
                .setPageNumber(1).setFileName("p1.txt").setCharset("UTF-8").setSha256("00".repeat(32))
                .setSizeBytes(12).setText("本报讯 测试。").setIngestTime(Instant.ofEpochMilli(1_700_000_000_000L)).build();
    }

    /** RawPage as a later version might define it: one more field, with a default, as compatible evolution requires. */
    private static Schema newerRawPage() {
        Schema current = RawPage.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : current.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(new Schema.Field("source_url", SchemaBuilder.unionOf().nullType().and().stringType().endUnion(),
                "Where the page was downloaded from.", Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static byte[] writeNewer(Schema newer) throws Exception {
        GenericRecord record = new GenericData.Record(newer);
        RawPage old = page();
        for (Schema.Field f : RawPage.getClassSchema().getFields()) {
            Object v = old.get(f.pos());
            record.put(f.name(), v instanceof Instant i ? i.toEpochMilli() : v);
        }
        record.put("source_url", "https://example.org/p1.pdf");
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), newer).encode(record);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void roundTripsWithTheSchemaFingerprintInEveryMessage() {
        AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn());
        byte[] bytes = serde.serialize("t", page());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SchemaCatalog.fingerprint(RawPage.getClassSchema()));
        assertThat(serde.deserialize("t", bytes)).isEqualTo(page());
    }

    @Test
    void writesTheBytesOfAvrosOwnMessageEncoderAndReadsThem() throws Exception {
        AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn());
        ByteBuffer avro = new BinaryMessageEncoder<RawPage>(SpecificData.getForClass(RawPage.class),
                RawPage.getClassSchema())
                .encode(page());
        byte[] expected = new byte[avro.remaining()];
        avro.get(expected);
        // twice: the second message reuses the thread's buffer and encoder
        assertThat(serde.serialize("t", page())).isEqualTo(expected);
        assertThat(serde.serialize("t", page())).isEqualTo(expected);
        assertThat(serde.deserialize("t", expected)).isEqualTo(page());
    }

    @Test
    void theDatumOfAMessageIsOfferedOnlyWhenItWasWrittenWithTheSerdesOwnSchema() throws Exception {
        AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn());
        byte[] own = serde.serialize("t", page());
        ByteBuffer datum = serde.datumIfOwnSchema(own);
        byte[] bytes = new byte[datum.remaining()];
        datum.get(bytes);
        assertThat(new org.apache.avro.specific.SpecificDatumReader<>(RawPage.class)
                .read(null, org.apache.avro.io.DecoderFactory.get().binaryDecoder(bytes, null))).isEqualTo(page());
        assertThat(serde.datumIfOwnSchema(writeNewer(newerRawPage()))).isNull();
        assertThat(serde.datumIfOwnSchema("not avro at all".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    /** A serde of today's RawPage whose schema topic holds {@code newer}, as its writer published it. */
    private static AvroSerde<RawPage> readerKnowing(Schema newer) {
        PublishedSchemas topic = new PublishedSchemas();
        topic.publish(List.of(newer));
        return new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.backedBy(topic));
    }

    @Test
    void anOlderReaderReadsARecordWrittenWithANewerCompatibleSchema() throws Exception {
        Schema newer = newerRawPage();
        AvroSerde<RawPage> reader = readerKnowing(newer);

        RawPage read = reader.deserialize("t", writeNewer(newer));

        assertThat(read).isEqualTo(page());
    }

    @Test
    void aNewerSchemaNobodyPublishedIsAClearError() throws Exception {
        AvroSerde<RawPage> reader = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(),
                SchemaCatalog.backedBy(new PublishedSchemas()));
        byte[] bytes = writeNewer(newerRawPage());
        assertThatThrownBy(() -> reader.deserialize("newsflow.raw-pages", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("newsflow.raw-pages")
                .hasMessageContaining("cannot find");
    }

    @Test
    void bytesThatAreNotAvroAreAClearError() {
        AvroSerde<RawPage> reader = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn());
        assertThatThrownBy(() -> reader.deserialize("newsflow.raw-pages", "not avro".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not an Avro single-object encoded RawPage");
        byte[] truncated = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn())
                .serialize("t", page());
        byte[] cut = java.util.Arrays.copyOf(truncated, 14);
        assertThatThrownBy(() -> reader.deserialize("t", cut)).isInstanceOf(SerializationException.class);
    }

    @Test
    void aGenericReadKeepsStringsAsUtf8WithTheSameValues() {
        AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class, RawPage.getClassSchema(), SchemaCatalog.builtIn());
        RawPage page = page();
        GenericRecord read = serde.deserializeGeneric("t", serde.serialize("t", page));
        assertThat(read.get("text")).isInstanceOf(Utf8.class).hasToString(page.getText());
        assertThat(read.get("paper")).isInstanceOf(Utf8.class).hasToString("无锡日报");
        // same fields, same positions; logical types converted as in the compiled class
        for (Schema.Field f : RawPage.getClassSchema().getFields()) {
            Object value = read.get(f.pos());
            Object expected = page.get(f.pos());
            assertThat(value instanceof Utf8 ? value.toString() : value).as(f.name()).isEqualTo(expected);
        }
        assertThat(SchemaNormalization.parsingFingerprint64(read.getSchema()))
                .isEqualTo(SchemaNormalization.parsingFingerprint64(RawPage.getClassSchema()));
    }

    @Test
    void aGenericReadResolvesANewerWritersSchemaLikeTheSpecificOne() throws Exception {
        Schema newer = newerRawPage();
        AvroSerde<RawPage> reader = readerKnowing(newer);
        byte[] bytes = writeNewer(newer);
        GenericRecord read = reader.deserializeGeneric("t", bytes);
        assertThat(read.getSchema().getField("source_url")).isNull();
        assertThat(read.get("text")).hasToString(reader.deserialize("t", bytes).getText());
        assertThatThrownBy(() -> reader.deserializeGeneric("t", "not avro".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("C3 01");
    }
}
