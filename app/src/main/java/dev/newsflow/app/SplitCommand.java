package dev.newsflow.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.newsflow.enrich.split.Article;
import dev.newsflow.enrich.split.PageSplitter;
import dev.newsflow.enrich.split.SplitPage;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.ingest.edition.Edition;
import dev.newsflow.ingest.edition.EditionResolver;
import dev.newsflow.ingest.publish.IngestConfig;
import dev.newsflow.ingest.publish.PagePublisher;
import dev.newsflow.ingest.source.PageDecoder;
import dev.newsflow.ingest.source.PageFiles;
import dev.newsflow.ingest.source.RejectedPageException;
import dev.newsflow.json.PlainJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow split FILE…}: the articles of page files as JSON Lines on stdout, without Kafka — the split stage of
 * enrich, run on files, so that a user can check how a new paper's pages come apart in a second.
 *
 * <pre>
 * ./newsflow split seeds                     # every page under seeds/, editions from seeds/editions.json
 * ./newsflow split page.txt --paper 人民日报 --date 2024-06-07 --page 4
 * </pre>
 * One line per article, with the keys of the JSON Lines files ({@code id}, {@code page}, {@code kind},
 * {@code headline}, {@code bylines}, {@code text}, {@code paragraphs}, {@code continued_from}, {@code continued_to});
 * on stderr one line per page whose split looks doubtful, and a last line with the counts.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Splits page files into articles and prints them as JSON Lines on stdout; no Kafka.",
                "Folders are walked; edition metadata as for ingest (--paper/--date/--page, editions.json, the path).",
                "Pages whose split looks doubtful are named on stderr with the reasons."})
final class SplitCommand implements Callable<Integer> {

    /** Articles are written to a buffer of this size, not flushed one by one: a folder of pages prints in one go. */
    private static final int OUT_BUFFER_BYTES = 1 << 16;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of page files.")
    List<Path> paths;

    @Mixin
    EditionOptions editionOptions;

    @Option(names = "--max-page-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Larger files are refused (default: ${DEFAULT-VALUE}).")
    long maxPageBytes;

    @Override
    public Integer call() throws IOException {
        UsageException.requireExisting("PATH", paths);
        UsageException.requirePositive("--max-page-bytes", maxPageBytes);
        return run(new PageSplitter()::split, Stdio.OUT, Stdio.ERR);
    }

    /**
     * Splits every page with {@code splitter}, printing articles to {@code stdout} and what went wrong to
     * {@code stderr}. A page the splitter fails on is named with the error and the pages after it are still split:
     * one page's fault loses no other page's articles. Returns 0 when every page was split, else 1.
     */
    int run(Function<String, SplitPage> splitter, OutputStream stdout, PrintStream stderr) throws IOException {
        EditionResolver editions = new EditionResolver(editionOptions.edition());
        PageDecoder decoder = new PageDecoder(maxPageBytes);
        int pages = 0;
        int articles = 0;
        int refused = 0;
        int failed = 0;
        int doubtful = 0;
        OutputStream out = new BufferedOutputStream(stdout, OUT_BUFFER_BYTES);
        for (Path file : PageFiles.expand(paths)) {
            pages++;
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text = decoder.decode(bytes).text();
            } catch (RejectedPageException e) {
                refused++;
                stderr.println("newsflow: refused: " + file + ": " + e.getMessage());
                continue;
            }
            Edition edition = editions.resolve(file);
            String pageId = PagePublisher.pageId(PagePublisher.sha256(bytes));
            SplitPage split;
            try {
                split = splitter.apply(text);
            } catch (RuntimeException e) {
                failed++;
                stderr.println("newsflow: cannot split " + file + ": " + e);
                continue;
            }
            for (Article article : split.articles()) {
                writeArticle(out, pageId, file.getFileName().toString(), edition, article);
                articles++;
            }
            if (split.doubtful()) {
                doubtful++;
                stderr.println(PipelineRun.doubtfulLine(file.toString(), pageId, split.confidence(),
                        split.warnings()));
            }
        }
        out.flush();
        stderr.println("newsflow: split " + pages + " pages into " + articles + " articles; " + doubtful
                + " doubtful, " + refused + " refused" + (failed == 0 ? "" : ", " + failed + " failed"));
        return refused == 0 && failed == 0 ? 0 : 1;
    }

    private static void writeArticle(OutputStream out, String pageId, String fileName, Edition edition,
                                     Article article) throws IOException {
        try (JsonGenerator json = PlainJson.mapper().getFactory().createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("id", EnrichTopology.articleId(pageId, article.position()));
            json.writeObjectFieldStart("page");
            json.writeStringField("id", pageId);
            json.writeStringField("file", fileName);
            json.writeStringField("paper", edition.paper());
            json.writeStringField("date", edition.date());
            if (edition.page() == null) {
                json.writeNullField("number");
            } else {
                json.writeNumberField("number", edition.page());
            }
            json.writeEndObject();
            json.writeStringField("kind", article.kind().symbol());
            if (article.headline() == null) {
                json.writeNullField("headline");
            } else {
                json.writeObjectFieldStart("headline");
                json.writeStringField("kicker", article.headline().kicker());
                json.writeStringField("title", article.headline().title());
                json.writeStringField("subtitle", article.headline().subtitle());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("bylines");
            for (String byline : article.bylines()) {
                json.writeString(byline);
            }
            json.writeEndArray();
            json.writeStringField("text", article.text());
            json.writeArrayFieldStart("paragraphs");
            for (String paragraph : article.paragraphs()) {
                json.writeString(paragraph);
            }
            json.writeEndArray();
            writeNullableInt(json, "continued_from", article.continuedFrom());
            writeNullableInt(json, "continued_to", article.continuedTo());
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeNullableInt(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
