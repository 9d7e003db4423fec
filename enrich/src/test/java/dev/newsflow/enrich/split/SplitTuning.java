package dev.newsflow.enrich.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits the splitter's {@link AssignerWeights}, or with {@code --boundaries} its {@link BoundaryWeights}, to pages
 * with known answers by {@link CoordinateDescent} from the weights in use, on article F1 plus headline accuracy over
 * all the pages given.
 *
 * <pre>
 * java -cp … dev.newsflow.enrich.split.SplitTuning [--boundaries] [--keep I,J] [--must PAGES_DIR GOLD_DIR]
 *     PAGES_DIR GOLD_DIR …
 * </pre>
 * {@code --must}: pages that must stay split without a fault (the seed pages, the seed pages re-laid out): weights
 * that lose any of their articles, headlines or bylines are not taken.
 * {@code --keep} leaves the weights at those indexes as they are (a rule the unit tests hold, such as cutting stacked
 * headlines where the line width jumps).
 * Fit on the development split's composed pages and the seed pages; the held-out split is for measuring only.
 */
public final class SplitTuning {

    /**
     * What boundary weights are nudged by besides scaling, which leaves a weight near 0 where it is: small against
     * the weights' sizes (most of them between 0.3 and 9).
     */
    private static final double BOUNDARY_NUDGE = 0.25;

    private final boolean boundaries;
    private final List<SplitScore.Page> must = new ArrayList<>();
    private final List<SplitScore.Page> pages = new ArrayList<>();

    private SplitTuning(boolean boundaries) {
        this.boundaries = boundaries;
    }

    public static void main(String[] args) throws IOException {
        boolean boundaries = args.length > 0 && args[0].equals("--boundaries");
        SplitTuning tuning = new SplitTuning(boundaries);
        Set<Integer> keep = new HashSet<>();
        int from = tuning.readOptions(args, boundaries ? 1 : 0, keep);
        for (int a = from; a + 1 < args.length; a += 2) {
            tuning.pages.addAll(SplitScore.load(Path.of(args[a]), Path.of(args[a + 1])));
        }
        double[] start = boundaries ? BoundaryWeights.FITTED.vector() : AssignerWeights.FITTED.vector();
        double[] best = CoordinateDescent.fit(start, keep, boundaries ? BOUNDARY_NUDGE : 0, tuning::objective);
        System.out.println("best " + SplitScore.score(tuning.pages, tuning.splitter(best)));
        System.out.println(tuning.literal(best));
    }

    /** Reads --keep and --must from args[from]; returns where the pages to fit on begin. */
    private int readOptions(String[] args, int from, Set<Integer> keep) throws IOException {
        int at = from;
        while (at + 1 < args.length && args[at].startsWith("--")) {
            if (args[at].equals("--keep")) {
                for (String i : args[at + 1].split(",")) {
                    keep.add(Integer.parseInt(i));
                }
                at += 2;
            } else {
                must.addAll(SplitScore.load(Path.of(args[at + 1]), Path.of(args[at + 2])));
                at += 3;
            }
        }
        return at;
    }

    /** The weights as the Java literal to paste into the weights' class. */
    private String literal(double[] weights) {
        String opening = boundaries ? "BoundaryWeights.of(new double[] {" : "new AssignerWeights(";
        StringBuilder out = new StringBuilder(opening);
        for (int i = 0; i < weights.length; i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(boundaries ? "%.4f" : "%.3g", weights[i]));
        }
        return out.append(boundaries ? "})" : ")").toString();
    }

    private double objective(double[] weights) {
        PageSplitter splitter = splitter(weights);
        SplitScore.Counts m = SplitScore.score(must, splitter);
        if (m.found() < m.gold() || m.headlines() < m.gold() || m.bylines() < m.gold() || m.predicted() > m.found()) {
            return Double.NEGATIVE_INFINITY;
        }
        SplitScore.Counts c = SplitScore.score(pages, splitter);
        return c.f1() + c.headlineAccuracy();
    }

    private PageSplitter splitter(double[] weights) {
        return new PageSplitter(boundaries
                ? new SplitModel(BoundaryWeights.of(weights), AssignerWeights.FITTED)
                : new SplitModel(BoundaryWeights.FITTED, AssignerWeights.of(weights)));
    }
}
