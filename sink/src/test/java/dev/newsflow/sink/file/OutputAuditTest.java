package dev.newsflow.sink.file;

import static dev.newsflow.sink.file.ArticleFilesTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputAuditTest {

    @TempDir
    Path out;

    private Path write(ArticleFiles files, long first, String... ids) {
        return files.write(new SegmentName("newsflow.articles", 0, first, first + ids.length - 1), "无锡日报", "2024-06-07",
                java.util.Arrays.stream(ids).map(id -> article(id, "无锡日报", "2024-06-07")).toList());
    }

    @Test
    void segmentsListTheCommittedFilesAndPassOverHiddenFolders() throws Exception {
        Path segment = write(new ArticleFiles(out), 0, "a1");
        // the pipeline's state lives in hidden folders under the output, and changes while a run reads the files
        Path state = Files.createDirectories(out.resolve(".newsflow/streams/0_1"));
        Files.copy(segment, state.resolve(segment.getFileName()));

        assertThat(OutputAudit.segments(out)).containsExactly(segment);
    }

    @Test
    void cleanOutputReconcilesWithTheTopic() {
        ArticleFiles files = new ArticleFiles(out);
        write(files, 0, "a1", "a2");
        write(files, 2, "a3");

        OutputAudit.Report report = OutputAudit.audit(out, Set.of("a1", "a2", "a3"));

        assertThat(report.ok()).isTrue();
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.files()).isEqualTo(2);
    }

    @Test
    void duplicatesMissingAndUnexpectedArticlesAreReported() {
        ArticleFiles files = new ArticleFiles(out);
        write(files, 0, "a1", "a2");
        write(files, 2, "a2", "x9");

        OutputAudit.Report report = OutputAudit.audit(out, Set.of("a1", "a2", "a3"));

        assertThat(report.ok()).isFalse();
        assertThat(report.duplicates()).containsEntry("a2", 2);
        assertThat(report.missing()).containsExactly("a3");
        assertThat(report.unexpected()).containsExactly("x9");
    }

    @Test
    void aSegmentWithoutItsAvroTwinOrWithABrokenLineIsReported() throws Exception {
        ArticleFiles files = new ArticleFiles(out);
        Path jsonl = write(files, 0, "a1");
        Files.delete(jsonl.resolveSibling(jsonl.getFileName().toString().replace(".jsonl", ".avro")));
        Path broken = write(files, 1, "a2");
        Files.writeString(broken, "{not json\n", java.nio.file.StandardOpenOption.APPEND);

        OutputAudit.Report report = OutputAudit.audit(out, null);

        assertThat(report.avroMismatch()).hasSize(1);
        assertThat(report.unreadable()).hasSize(1);
        assertThat(report.missing()).isEmpty();
        assertThat(report.ok()).isFalse();
        assertThat(List.of(report.articles())).containsExactly(2);
    }
}
