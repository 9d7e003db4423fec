package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageDecoder;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.ingest.source.RejectedPageException;
import dev.newsflow.sink.file.OutputAudit;
import dev.newsflow.testkit.Corpus;
import dev.newsflow.testkit.Seeds;

/**
 * A replay of the seed pages re-dated into many editions, and the article ids a correct pipeline makes of it,
 * computed from the pure stages (decode, split) without Kafka: the oracle the fault tests compare against.
 */
final class Replay {

    private Replay() {
    }

    /** {@code editions} × 5 seed pages as PAPER/YYYY-MM-DD/N.txt under dir. */
    static Path corpus(Path dir, int editions) throws IOException {
        return Corpus.redated(Seeds.dir(), dir, editions);
    }

    /**
     * The page files of the corpus in {@code count} drops of whole consecutive edition dates, as the fault tests offer
     * them one after the other: a fault planned in one drop comes while the later drops are still to come.
     */
    static List<List<Path>> drops(Path corpus, int count) {
        Map<String, List<Path>> byDate = new TreeMap<>();
        for (Path file : PageFiles.expand(List.of(corpus))) {
            byDate.computeIfAbsent(file.getParent().getFileName().toString(), d -> new ArrayList<>()).add(file);
        }
        List<List<Path>> dates = new ArrayList<>(byDate.values());
        List<List<Path>> drops = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            List<Path> drop = new ArrayList<>();
            dates.subList(d * dates.size() / count, (d + 1) * dates.size() / count).forEach(drop::addAll);
            drops.add(drop);
        }
        return drops;
    }

    /** The id of every article of every page file under the corpus: page id (from the bytes) and position. */
    static Set<String> expectedArticleIds(Path corpus) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (Path file : PageFiles.expand(List.of(corpus))) {
            ids.addAll(articleIds(file));
        }
        return ids;
    }

    /** The ids of the articles of one page file, which must be a readable page. */
    static Set<String> articleIds(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return articleIds(PagePublisher.pageId(PagePublisher.sha256(bytes)), decode(bytes));
    }

    static Set<String> articleIds(String pageId, String text) {
        Set<String> ids = new TreeSet<>();
        for (Article a : new PageSplitter().split(text).articles()) {
            ids.add(EnrichTopology.articleId(pageId, a.position()));
        }
        return ids;
    }

    /** The text of a page file as ingest decodes it. */
    static String decode(byte[] bytes) throws RejectedPageException {
        return new PageDecoder(IngestConfig.DEFAULT_MAX_PAGE_BYTES).decode(bytes).text();
    }

    /**
     * Exactly once, per article id: the committed records of the articles topic (read_committed) and the files
     * under out each hold every expected article once, and nothing else.
     */
    static void assertExactlyOnce(Map<String, Object> client, String articlesTopic, Path out, Set<String> expected) {
        Map<String, Integer> onTopic = CommittedReader.liveKeys(client, articlesTopic);
        OutputAudit.Report files = OutputAudit.audit(out, onTopic.keySet());
        Set<String> lostFromTopic = new TreeSet<>(expected);
        lostFromTopic.removeAll(onTopic.keySet());
        System.err.printf("exactly once: %d expected, %d on the topic, %d in the files, %d lost, %d duplicated on the "
                + "topic,"
                        + " %d duplicated in the files%n", expected.size(), onTopic.size(), files.articles(),
                        lostFromTopic.size(),
                onTopic.values().stream().filter(n -> n > 1).count(), files.duplicates().size());
        assertThat(lostFromTopic).as("articles lost before the topic").isEmpty();
        assertThat(onTopic.keySet()).as("articles on the topic").isEqualTo(expected);
        assertThat(onTopic.values()).as("records per article id on the topic").allMatch(n -> n == 1);
        assertThat(files.duplicates()).as("articles written twice to the files").isEmpty();
        assertThat(files.missing()).as("articles on the topic missing from the files").isEmpty();
        assertThat(files.unexpected()).as("articles in the files the topic does not hold").isEmpty();
        assertThat(files.unreadable()).isEmpty();
        assertThat(files.avroMismatch()).isEmpty();
        assertThat(files.articles()).isEqualTo(expected.size());
    }
}
