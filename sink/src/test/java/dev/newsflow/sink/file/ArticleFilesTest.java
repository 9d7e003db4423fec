package dev.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.ArticleKind;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.Headline;
import dev.newsflow.schemas.PageRef;
import dev.newsflow.topics.AvroSerde;
import dev.newsflow.topics.AvroTrust;
import dev.newsflow.topics.SchemaCatalog;
import dev.newsflow.topics.Topics;

class ArticleFilesTest {

    @TempDir
    Path out;

    static EnrichedArticle article(String id, String paper, String date) {
        AvroTrust.install();
        PageRef page = PageRef.newBuilder().setId("page1").setFile("page1.txt").setPaper(paper).setDate(date)
                .setNumber(1).build();
        return EnrichedArticle.newBuilder().setId(id).setPage(page).setPages(List.of(page)).setKind(ArticleKind.news)
                .setHeadline(Headline.newBuilder().setTitle("标题").build()).setBylines(List.of("记者"))
                .setText("正文。").setParagraphs(List.of("正文。")).build();
    }

    @Test
    void writesJsonLinesAndAvroTwinsUnderPaperAndDate() throws Exception {
        ArticleFiles files = new ArticleFiles(out);
        Path jsonl = files.write(new SegmentName("newsflow.articles", 2, 10, 11), "无锡日报", "2024-06-07",
                List.of(article("a1", "无锡日报", "2024-06-07"), article("a2", "无锡日报", "2024-06-07")));

        assertThat(jsonl)
                .isEqualTo(out.resolve("无锡日报/2024-06-07")
                        .resolve("newsflow.articles+2+00000000000000000010+00000000000000000011.jsonl"));
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(2);
        JsonNode first = PlainJson.mapper().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        assertThat(first.get("headline").get("title").asText()).isEqualTo("标题");
        assertThat(first.get("headline").get("kicker").isNull()).isTrue();
        assertThat(first.get("page").get("date").asText()).isEqualTo("2024-06-07");
        assertThat(first.get("kind").asText()).isEqualTo("news");

        List<String> ids = new ArrayList<>();
        Path avro = jsonl.resolveSibling(jsonl.getFileName().toString().replace(".jsonl", ".avro"));
        try (var reader = new DataFileReader<>(avro.toFile(), new SpecificDatumReader<>(EnrichedArticle.class))) {
            reader.forEach(a -> ids.add(a.getId()));
            assertThat(reader.getMetaLong("newsflow.first_offset")).isEqualTo(10);
        }
        assertThat(ids).containsExactly("a1", "a2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void articlesReadFromTheTopicGoIntoTheAvroFileAsTheirBytesAndReadBackTheSame() throws Exception {
        Topics topics = new Topics("t.", 1, SchemaCatalog.builtIn());
        EnrichedArticle a1 = article("a1", "p", "2024-01-01");
        EnrichedArticle a2 = article("a2", "p", "2024-01-01");
        AvroSerde<EnrichedArticle> serde = (AvroSerde<EnrichedArticle>) topics.articles().valueSerde();
        ByteBuffer datum = serde.datumIfOwnSchema(serde.serialize("t.articles", a1));
        // one article as its bytes from the topic, one (say, of an older writer) encoded again
        Path jsonl = new ArticleFiles(out).write(new SegmentName("t.articles", 0, 0, 1), "p", "2024-01-01",
                List.of(a1, a2), java.util.Arrays.asList(datum, null));

        Path avro = jsonl.resolveSibling(jsonl.getFileName().toString().replace(".jsonl", ".avro"));
        List<EnrichedArticle> read = new ArrayList<>();
        try (var reader = new DataFileReader<>(avro.toFile(), new SpecificDatumReader<>(EnrichedArticle.class))) {
            reader.forEach(read::add);
        }
        assertThat(read).containsExactly(a1, a2);
        assertThat(Files.readAllLines(jsonl)).containsExactly(PlainJson.write(a1), PlainJson.write(a2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void genericArticlesAsTheSinkDecodesThemWriteTheSameFilesAsTheArticles() throws Exception {
        Topics topics = new Topics("t.", 1, SchemaCatalog.builtIn());
        AvroSerde<EnrichedArticle> serde = (AvroSerde<EnrichedArticle>) topics.articles().valueSerde();
        EnrichedArticle a1 = article("a1", "无锡日报", "2024-01-01");
        EnrichedArticle a2 = article("a2", "无锡日报", "2024-01-01");
        a2.setText("引号\"与反斜杠\\，换行\n正文。");
        List<GenericRecord> generic = List.of(serde.deserializeGeneric("t.articles", serde.serialize("t.articles", a1)),
                serde.deserializeGeneric("t.articles", serde.serialize("t.articles", a2)));
        assertThat(generic.get(1).get("text")).isInstanceOf(Utf8.class);
        assertThat(ArticleFields.textCodePoints(generic.get(1)))
                .isEqualTo(a2.getText().codePointCount(0, a2.getText().length()));
        assertThat(ArticleFields.pageId(generic.get(0))).isEqualTo("page1");

        Path specific = new ArticleFiles(out.resolve("specific")).write(new SegmentName("t.articles", 0, 0, 1),
                "无锡日报", "2024-01-01", List.of(a1, a2));
        // no datums: the .avro file encodes the generic records again
        Path fromGeneric = new ArticleFiles(out.resolve("generic")).write(new SegmentName("t.articles", 0, 0, 1),
                "无锡日报", "2024-01-01", generic);

        assertThat(Files.readAllBytes(fromGeneric)).isEqualTo(Files.readAllBytes(specific));
        List<EnrichedArticle> read = new ArrayList<>();
        Path avro = fromGeneric.resolveSibling(fromGeneric.getFileName().toString().replace(".jsonl", ".avro"));
        try (var reader = new DataFileReader<>(avro.toFile(), new SpecificDatumReader<>(EnrichedArticle.class))) {
            reader.forEach(read::add);
        }
        assertThat(read).containsExactly(a1, a2);
    }

    @Test
    void recoversTheLastCommittedOffsetPerPartitionFromFileNames() {
        ArticleFiles files = new ArticleFiles(out);
        files.write(new SegmentName("t", 0, 0, 4), "p", "2024-01-01", List.of(article("a", "p", "2024-01-01")));
        files.write(new SegmentName("t", 0, 5, 9), "q", "2024-01-02", List.of(article("b", "q", "2024-01-02")));
        files.write(new SegmentName("t", 1, 0, 2), "p", "2024-01-01", List.of(article("c", "p", "2024-01-01")));

        assertThat(new ArticleFiles(out).lastOffsets("t")).containsEntry(0, 9L).containsEntry(1, 2L).hasSize(2);
        assertThat(new ArticleFiles(out).lastOffsets("other")).isEmpty();
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedAndNotCounted() throws Exception {
        ArticleFiles files = new ArticleFiles(out);
        files.write(new SegmentName("t", 0, 0, 4), "p", "2024-01-01", List.of(article("a", "p", "2024-01-01")));
        Path dir = out.resolve("p/2024-01-01");
        Files.writeString(dir.resolve(".t+0+00000000000000000005+00000000000000000009.jsonl.tmp"), "partial");
        Files.writeString(dir.resolve(new SegmentName("t", 0, 5, 9).fileName("avro")), "never committed");

        assertThat(new ArticleFiles(out).lastOffsets("t")).containsEntry(0, 4L);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(new SegmentName("t", 0, 0, 4).fileName("jsonl"),
                    new SegmentName("t", 0, 0, 4).fileName("avro"));
        }
    }

    @Test
    void pathsFromDataStayUnderTheOutputRoot() {
        assertThat(SafePaths.paper("../../etc")).doesNotContain("/").doesNotContain("..");
        Path dir = SafePaths.editionDir(out, "../../etc", "2024-01-01");
        assertThat(dir.startsWith(out.toAbsolutePath())).as(dir.toString()).isTrue();
        assertThat(SafePaths.paper("..")).isEqualTo("unknown-paper");
        assertThat(SafePaths.paper(null)).isEqualTo("unknown-paper");
        assertThat(SafePaths.date("../x")).isEqualTo("unknown-date");
        assertThat(SafePaths.paper("无锡日报")).isEqualTo("无锡日报");
    }
}
