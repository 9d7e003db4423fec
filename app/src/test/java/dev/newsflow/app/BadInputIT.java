package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsflow.broker.EmbeddedKafkaCluster;
import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.schemas.PageOutcome;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.testkit.Seeds;
import dev.newsflow.testkit.SharedKafka;
import dev.newsflow.testkit.TopicReader;
import dev.newsflow.topics.SchemaTopic;
import dev.newsflow.topics.TopicAdmin;
import dev.newsflow.topics.Topics;
import dev.newsflow.sink.file.OutputAudit;

/**
 * Bad input, end to end through {@code newsflow run} (the packaged jar, in a process of its own): every kind of
 * bad file, plus a corrupt record and a record of a newer schema put straight onto the raw-pages topic. Each is
 * processed correctly, or is a dead letter with its reason on stderr and on the dead-letter topic; the run goes
 * on and its JSON line reconciles: pages = processed + dead_letters. A second run over the same files publishes
 * nothing and reports the same.
 */
@ExtendWith(SharedKafka.class)
class BadInputIT {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final String PAPER = "测试报";
    private static final String DATE = "2024-03-01";

    @TempDir
    Path root;

    @Test
    void everyBadInputIsProcessedOrADeadLetterWithItsReasonAndTheCountsReconcile(EmbeddedKafkaCluster kafka)
            throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        // deep enough that ../../etc, followed blindly from OUT/<paper>, would still land inside root, where we look
        Path out = root.resolve("a/b/out");
        Map<String, String> rejected = badFiles(in);
        Map<String, String> accepted = goodFiles(in);

        String bootstrap = kafka.bootstrapServers();
        String prefix = "bad-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        KafkaOptions options = KafkaOptions.of(bootstrap, prefix, 3, (short) 1);
        Map<String, Object> client = options.clientConfig(bootstrap);
        Topics topics = options.topics(client);
        TopicAdmin.createTopics(client, topics.all(), (short) 1);
        // ahead of the pages of the same edition on their partition, so enrich meets them before those pages
        String edition = PAPER + "/" + DATE;
        long corruptOffset = produce(client, topics.rawPages().name(), edition,
                "%PDF-1.7 not a RawPage".getBytes(StandardCharsets.UTF_8));
        String newerText = "2024年3月1日 星期五\n\n" + Seeds.text("001");
        String newerPageId = PagePublisher.pageId(PagePublisher.sha256(newerText.getBytes(StandardCharsets.UTF_8)));
        Schema newer = newerRawPageSchema();
        new SchemaTopic(client, topics.schemas().name()).publish(List.of(newer));
        produce(client, topics.rawPages().name(), edition, writeWithNewerSchema(newer, newerPageId, newerText));

        List<String> args = List.of("run", in.toString(), "--out", out.toString(), "--bootstrap-servers", bootstrap,
                "--topic-prefix", prefix, "--replication-factor", "1");
        Forked.Result first = Forked.run(LIMIT, args.toArray(String[]::new));
        assertThat(first.exit()).as(first.stderr()).isZero();
        JsonNode summary = PlainJson.mapper().readTree(first.lastLine());
        System.err.println("bad input run: " + summary);
        first.stderr().lines().filter(l -> l.startsWith("newsflow: dead letter")).forEach(System.err::println);

        long expectedArticles = 0;
        for (String file : accepted.keySet()) {
            expectedArticles += Replay.articleIds(in.resolve(file)).size();
        }
        int files = rejected.size() + accepted.size();
        assertThat(summary.get("pages").asInt()).isEqualTo(files);
        assertThat(summary.get("published").asInt()).isEqualTo(accepted.size());
        assertThat(summary.get("processed").asInt()).isEqualTo(accepted.size());
        assertThat(summary.get("dead_letters").asInt()).isEqualTo(rejected.size());
        assertThat(summary.get("pages").asInt())
                .isEqualTo(summary.get("processed").asInt() + summary.get("dead_letters").asInt());
        assertThat(summary.get("articles").asLong()).isEqualTo(expectedArticles);
        assertThat(summary.get("article_dead_letters").asInt()).isZero();
        assertThat(summary.get("duplicate_articles").asInt()).isZero();

        // a clear line for each dead letter: the file and the reason
        rejected.forEach((file, reason) -> assertThat(first.stderr().lines())
                .as("error line for " + file)
                .anyMatch(l -> l.startsWith("newsflow: dead letter: ") && l.contains(file) && l.contains(reason)));

        // dead-letter records: one per rejected file, with its reason; one for the corrupt record, with its offset
        List<DeadLetter> letters = TopicReader.readAll(bootstrap, topics.deadLetters()).stream().map(r -> r.value())
                .toList();
        Map<String, String> reasons = new HashMap<>();
        letters.stream().filter(l -> l.getStage().equals("ingest"))
                .forEach(l -> reasons.put(Path.of(l.getSourceFile()).getFileName().toString(), l.getErrorClass()));
        assertThat(reasons).isEqualTo(rejected);
        assertThat(letters).filteredOn(l -> l.getStage().equals("ingest") && l.getErrorClass().equals("TOO_LARGE"))
                .singleElement().satisfies(l -> {
                    assertThat(l.getTruncated()).isTrue();
                    assertThat(l.getOriginalSize()).isEqualTo(50L * 1024 * 1024);
                });
        assertThat(letters).filteredOn(l -> l.getStage().equals("decode")).singleElement().satisfies(l -> {
            assertThat(l.getSourceTopic()).isEqualTo(topics.rawPages().name());
            assertThat(l.getSourceOffset()).isEqualTo(corruptOffset);
            assertThat(l.getErrorMessage()).contains("not an Avro single-object encoded RawPage");
            assertThat(StandardCharsets.UTF_8.decode(l.getOriginal()).toString()).isEqualTo("%PDF-1.7 not a RawPage");
        });
        assertThat(letters).hasSize(rejected.size() + 1);

        // the record of a newer schema was read through the schema topic and enriched like any page
        var statuses = TopicReader.readAll(bootstrap, topics.pageStatus());
        assertThat(statuses).filteredOn(r -> r.key().equals(newerPageId)).singleElement()
                .satisfies(r -> assertThat(r.value().getStatus()).isEqualTo(PageOutcome.processed));
        Map<String, JsonNode> articles = articlesInFiles(out);
        assertThat(articles.keySet()).containsAll(Replay.articleIds(newerPageId, newerText));

        // what each accepted file became, and where
        assertSameArticles(articles, in.resolve("gb18030.txt"), Seeds.text("003"));
        assertSameArticles(articles, in.resolve("crlf-bom.txt"), Seeds.text("004"));
        assertThat(articlesOf(articles, "no-article.txt")).isEmpty();
        assertThat(folderOf(articles, "bad-date.txt")).isEqualTo(PAPER + "/unknown-date");
        assertThat(folderOf(articles, "no-edition.txt")).isEqualTo("unknown-paper/unknown-date");
        assertThat(folderOf(articles, "escape.txt")).isEqualTo("etc/" + DATE);
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> !f.startsWith(in) && !f.startsWith(out)).toList())
                    .as("files written outside the output root").isEmpty();
        }

        Forked.Result second = Forked.run(LIMIT, args.toArray(String[]::new));
        assertThat(second.exit()).as(second.stderr()).isZero();
        JsonNode again = PlainJson.mapper().readTree(second.lastLine());
        System.err.println("bad input run again: " + again);
        assertThat(again.get("published").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(files);
        assertThat(again.get("processed").asInt()).isEqualTo(accepted.size());
        assertThat(again.get("dead_letters").asInt()).isEqualTo(rejected.size());
        assertThat(again.get("articles").asLong()).isEqualTo(expectedArticles);
        assertThat(TopicReader.readAll(bootstrap, topics.deadLetters())).as("no new dead letters")
                .hasSize(letters.size());
    }

    /** Files that are no page: file name → the reason ingest must give. */
    private static Map<String, String> badFiles(Path in) throws IOException {
        Map<String, String> bad = new LinkedHashMap<>();
        Files.write(in.resolve("empty.txt"), new byte[0]);
        bad.put("empty.txt", "EMPTY");
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, 0, binary, 0, 9);
        Files.write(in.resolve("scan.png.txt"), binary);
        bad.put("scan.png.txt", "BINARY");
        byte[] utf8 = Seeds.text("002").getBytes(StandardCharsets.UTF_8);
        int mid = utf8.length / 2;
        while ((utf8[mid] & 0xC0) != 0x80) {
            mid++;
        }
        byte[] damaged = new byte[utf8.length - 1];
        System.arraycopy(utf8, 0, damaged, 0, mid);
        System.arraycopy(utf8, mid + 1, damaged, mid, utf8.length - mid - 1);
        Files.write(in.resolve("invalid-utf8.txt"), damaged);
        bad.put("invalid-utf8.txt", "INVALID_ENCODING");
        // 50 MB of text: too large, never read whole
        byte[] line = "本报讯 这是一行很长的测试文字。\n".getBytes(StandardCharsets.UTF_8);
        try (var outStream = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < block.length; i++) {
                block[i] = line[i % line.length];
            }
            for (int i = 0; i < 50; i++) {
                outStream.write(block);
            }
        }
        bad.put("huge.txt", "TOO_LARGE");
        return bad;
    }

    /** Files that are pages, however odd: file name → what is odd about it. */
    private static Map<String, String> goodFiles(Path in) throws IOException {
        Map<String, String> good = new LinkedHashMap<>();
        Files.write(in.resolve("gb18030.txt"), Seeds.text("003").getBytes(Charset.forName("GB18030")));
        good.put("gb18030.txt", "GB18030");
        byte[] crlf = Seeds.text("004").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[crlf.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(crlf, 0, bom, 3, crlf.length);
        Files.write(in.resolve("crlf-bom.txt"), bom);
        good.put("crlf-bom.txt", "CRLF and a BOM");
        Files.writeString(in.resolve("no-article.txt"),
                "版权声明\n\n本报刊载的所有内容,未经本报授权和许可,任何单位和个人不得转载。\n\n零售价1.5元\n");
        good.put("no-article.txt", "no article");
        Files.writeString(in.resolve("bad-date.txt"), Seeds.text("000"));
        good.put("bad-date.txt", "a date that does not exist");
        Files.writeString(in.resolve("no-edition.txt"), "2021年1月1日 星期五\n\n" + Seeds.text("000"));
        good.put("no-edition.txt", "no edition metadata");
        Files.writeString(in.resolve("escape.txt"), Seeds.text("002"));
        good.put("escape.txt", "paper ../../etc");
        Files.writeString(in.resolve("editions.json"), """
                {"gb18030.txt": {"paper": "%1$s", "date": "%2$s", "page": 1},
                 "crlf-bom.txt": {"paper": "%1$s", "date": "%2$s", "page": 2},
                 "no-article.txt": {"paper": "%1$s", "date": "%2$s", "page": 3},
                 "bad-date.txt": {"paper": "%1$s", "date": "2024-02-30", "page": 4},
                 "escape.txt": {"paper": "../../etc", "date": "%2$s", "page": 5},
                 "empty.txt": {"paper": "%1$s", "date": "%2$s", "page": 6}}
                """.formatted(PAPER, DATE));
        return good;
    }

    /** RawPage as a newer writer has it: one more field, with a default, so older readers can resolve it. */
    private static Schema newerRawPageSchema() {
        String json = RawPage.getClassSchema().toString();
        return new Schema.Parser().parse(json.substring(0, json.lastIndexOf(']'))
                + ",{\"name\":\"source_url\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Where the page "
                + "was downloaded.\"}]}");
    }

    private static byte[] writeWithNewerSchema(Schema newer, String pageId, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        GenericRecord page = new GenericData.Record(newer);
        page.put("id", pageId);
        page.put("paper", PAPER);
        page.put("edition_date", DATE);
        page.put("page_number", 9);
        page.put("file_name", "from-a-newer-writer.txt");
        page.put("charset", "UTF-8");
        page.put("sha256", PagePublisher.sha256(bytes));
        page.put("size_bytes", (long) bytes.length);
        page.put("text", text);
        page.put("ingest_time", Instant.now().toEpochMilli());
        page.put("source_url", "https://example.org/2024-03-01/9.pdf");
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), newer).encode(page);
        byte[] encoded = new byte[buffer.remaining()];
        buffer.get(encoded);
        return encoded;
    }

    private static long produce(Map<String, Object> client, String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            RecordMetadata written = producer.send(new ProducerRecord<>(topic, key, value)).get();
            return written.offset();
        }
    }

    /** Article id → its JSON, with the folder it was written to (relative to out) under "_folder". */
    private static Map<String, JsonNode> articlesInFiles(Path out) throws IOException {
        Map<String, JsonNode> articles = new HashMap<>();
        for (Path f : OutputAudit.segments(out)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                var node = (ObjectNode) PlainJson.mapper().readTree(line);
                node.put("_folder", out.relativize(f.getParent()).toString());
                articles.put(node.get("id").asText(), node);
            }
        }
        return articles;
    }

    private static List<JsonNode> articlesOf(Map<String, JsonNode> articles, String file) {
        return articles.values().stream().filter(a -> a.path("page").path("file").asText().equals(file))
                .sorted((a, b) -> a.get("id").asText().compareTo(b.get("id").asText())).toList();
    }

    private static String folderOf(Map<String, JsonNode> articles, String file) {
        List<JsonNode> of = articlesOf(articles, file);
        assertThat(of).as("articles of " + file).isNotEmpty();
        return of.stream().map(a -> a.get("_folder").asText()).distinct().reduce((a, b) -> a + " and " + b)
                .orElseThrow();
    }

    /** The odd file's articles are those of the plain UTF-8 page it was made from: same paragraphs, same titles. */
    private static void assertSameArticles(Map<String, JsonNode> articles, Path file, String plain) {
        List<Article> expected = new PageSplitter().split(plain).articles();
        List<JsonNode> actual = articlesOf(articles, file.getFileName().toString());
        assertThat(actual).as("articles of " + file.getFileName()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            List<String> paragraphs = new ArrayList<>();
            actual.get(i).get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            assertThat(paragraphs).isEqualTo(expected.get(i).paragraphs());
            assertThat(actual.get(i).path("headline").path("title").asText(null))
                    .isEqualTo(expected.get(i).headline() == null ? null : expected.get(i).headline().title());
        }
    }
}
