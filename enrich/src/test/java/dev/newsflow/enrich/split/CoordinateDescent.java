package dev.newsflow.enrich.split;

import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Coordinate descent for the splitter's weights: from a start, each weight in turn is scaled by a few factors, and a
 * change is kept when it raises the objective; rounds repeat until none does. The objective is the end measure itself
 * (article F1 and headline accuracy on pages with known answers), which no gradient reaches.
 */
final class CoordinateDescent {

    private static final double[] FACTORS = {0.5, 0.75, 1.33, 2};
    private static final int ROUNDS = 3;

    private CoordinateDescent() {
    }

    /**
     * The best weights found from {@code start}, leaving those at {@code keep} as they are. {@code nudge} > 0 also
     * tries each weight plus and minus that much (a weight near 0 scales nowhere).
     */
    static double[] fit(double[] start, Set<Integer> keep, double nudge, ToDoubleFunction<double[]> objective) {
        double[] best = start.clone();
        double bestScore = objective.applyAsDouble(best);
        System.out.println("start → " + bestScore);
        for (int round = 0; round < ROUNDS; round++) {
            boolean improved = false;
            for (int i = 0; i < best.length; i++) {
                if (keep.contains(i)) {
                    continue;
                }
                for (double candidate : candidates(best[i], nudge)) {
                    double[] v = best.clone();
                    v[i] = candidate;
                    double s = objective.applyAsDouble(v);
                    if (s > bestScore + 1e-9) {
                        best = v;
                        bestScore = s;
                        improved = true;
                        System.out.printf("  w[%d] → %.4f: %.5f%n", i, candidate, s);
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return best;
    }

    private static double[] candidates(double w, double nudge) {
        double[] out = new double[FACTORS.length + (nudge > 0 ? 2 : 0)];
        for (int f = 0; f < FACTORS.length; f++) {
            out[f] = w * FACTORS[f];
        }
        if (nudge > 0) {
            out[FACTORS.length] = w + nudge;
            out[FACTORS.length + 1] = w - nudge;
        }
        return out;
    }
}
