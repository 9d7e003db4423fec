package dev.newsflow.enrich.split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the training data of {@link BoundaryWeights}: for every heading that stood inside a running article on pages
 * with known answers, its {@link BoundaryFeatures} and whether the text below it starts an article of its own.
 *
 * <pre>
 * java -cp … dev.newsflow.enrich.split.BoundaryTraining PAGES_DIR GOLD_DIR [PAGES_DIR GOLD_DIR …] > boundaries.tsv
 * </pre>
 * Gold files are the evaluation kit's (file, articles[].first); tools/fit_boundaries.py fits the weights.
 */
public final class BoundaryTraining {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters of a gold article's first words that must open the text below a heading for it to head it. */
    private static final int FIRST_CHARS = 12;
    /** Characters of the text below a heading shown beside a row when BOUNDARY_TEXT is set. */
    private static final int TEXT_SHOWN = 30;

    private BoundaryTraining() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("page\tzone\tlabel\t" + String.join("\t", BoundaryFeatures.NAMES));
        for (int a = 0; a + 1 < args.length; a += 2) {
            Path pages = Path.of(args[a]);
            Path gold = Path.of(args[a + 1]);
            try (Stream<Path> files = Files.list(gold)) {
                for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode answers = JSON.readTree(g.toFile());
                    Path page = pages.resolve(answers.get("file").asText());
                    if (Files.exists(page)) {
                        rows(page, answers);
                    }
                }
            }
        }
    }

    private static void rows(Path page, JsonNode answers) throws IOException {
        List<String> starts = new ArrayList<>();
        for (JsonNode article : answers.get("articles")) {
            String first = SplitScore.bodyNorm(article.get("first").asText());
            starts.add(first.substring(0, Math.min(FIRST_CHARS, first.length())));
        }
        PageSplitter.Drafted drafted = PageSplitter.draft(PageLayout.lay(SplitScore.read(page)));
        Boundaries boundaries = new Boundaries(drafted.drafts(), drafted.zones(), BoundaryWeights.FITTED);
        PageFacts facts = new PageFacts(drafted.drafts(), drafted.zones());
        for (int i = 1; i < drafted.drafts().size(); i++) {
            if (!boundaries.isUndecided(i)) {
                continue;
            }
            String below = SplitScore.bodyNorm(drafted.drafts().get(i).body());
            boolean newArticle = starts.stream().anyMatch(below::startsWith);
            StringBuilder row = new StringBuilder(page.getFileName() + "\t" + i + "\t" + (newArticle ? 0 : 1));
            for (double v : boundaries.features(i, facts).vector()) {
                row.append('\t').append(v);
            }
            System.out.println(row);
            if (System.getenv("BOUNDARY_TEXT") != null) {
                System.err.println(page.getFileName() + "\t" + i + "\t" + (newArticle ? 0 : 1) + "\t"
                        + HeadlineAssigner.text(drafted.zones().get(i)) + "\t"
                        + below.substring(0, Math.min(TEXT_SHOWN, below.length())));
            }
        }
    }
}
